package dev.frontera.server;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.FronteraException;
import dev.frontera.server.api.AdminToken;
import dev.frontera.server.api.ApiLimits;
import java.util.Optional;

/**
 * Where the server listens and the limits that protect it.
 *
 * @param host the interface to bind: {@code 127.0.0.1} unless told otherwise
 * @param port the port; 0 picks a free one (tests)
 * @param maxBodyBytes larger request bodies are refused with 413
 * @param checkRate texts a client may have checked per second, on average ({@code POST /api/v1/check} and
 *     {@code POST /api/v1/movements/proposals} share it)
 * @param checkBurst how many it may send at once before the rate applies
 * @param maxConcurrentChecks texts checked at once by the whole server, whoever sent them; more wait
 *     their turn, briefly, or are answered 429
 * @param queryRate requests that compute something (an answer not cached yet, a movement) a client may
 *     make per second; a cached answer costs nothing
 * @param queryBurst how many of those it may make at once
 * @param adminToken the secret that allows writes (movements); without one every write answers 403
 */
public record ServerSettings(
        String host,
        int port,
        int maxBodyBytes,
        double checkRate,
        int checkBurst,
        int maxConcurrentChecks,
        double queryRate,
        int queryBurst,
        Optional<AdminToken> adminToken) {
    public static final String LOCALHOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final int ONE_MEGABYTE = 1024 * 1024;

    /**
     * Validates every setting; a wrong one is a user error naming the option ({@code --port}),
     * since these come from the command line.
     */
    public ServerSettings {
        requireNonNull(host, "host is null");
        requireNonNull(adminToken, "adminToken is null");
        if (port < 0 || port > 65535) {
            throw FronteraException.invalid(
                    "--port must be a number from 1 to 65535 (0 picks a free port), not %d", port);
        }
        if (!Double.isFinite(checkRate) || checkRate <= 0) {
            throw FronteraException.invalid(
                    "--check-rate must be a positive number of checks per second, not %s", checkRate);
        }
        if (!Double.isFinite(queryRate) || queryRate <= 0) {
            throw FronteraException.invalid(
                    "the query rate must be a positive number of requests per second, not %s", queryRate);
        }
        if (maxBodyBytes < 1 || checkBurst < 1 || maxConcurrentChecks < 1 || queryBurst < 1) {
            throw FronteraException.invalid("body size, bursts and concurrent checks must be at least 1");
        }
    }

    /** Settings without an admin token and with the default concurrency and query rate: a read-only server. */
    public ServerSettings(String host, int port, int maxBodyBytes, double checkRate, int checkBurst) {
        this(host, port, maxBodyBytes, checkRate, checkBurst, defaultConcurrentChecks(), 100, 400, Optional.empty());
    }

    /**
     * Localhost:8080, 1 MB bodies, 5 checks per second per client with bursts of 20, as many checks
     * at once as the machine has processors, 100 computed answers per second per client with
     * bursts of 400, no writes.
     */
    public static ServerSettings defaults() {
        return new ServerSettings(LOCALHOST, DEFAULT_PORT, ONE_MEGABYTE, 5, 20);
    }

    public ServerSettings withAddress(String newHost, int newPort) {
        return new ServerSettings(
                newHost,
                newPort,
                maxBodyBytes,
                checkRate,
                checkBurst,
                maxConcurrentChecks,
                queryRate,
                queryBurst,
                adminToken);
    }

    public ServerSettings withCheckRate(double rate, int burst) {
        return new ServerSettings(
                host, port, maxBodyBytes, rate, burst, maxConcurrentChecks, queryRate, queryBurst, adminToken);
    }

    /** The same settings with at most {@code checks} texts checked at once. */
    public ServerSettings withConcurrentChecks(int checks) {
        return new ServerSettings(
                host, port, maxBodyBytes, checkRate, checkBurst, checks, queryRate, queryBurst, adminToken);
    }

    public ServerSettings withQueryRate(double rate, int burst) {
        return new ServerSettings(
                host, port, maxBodyBytes, checkRate, checkBurst, maxConcurrentChecks, rate, burst, adminToken);
    }

    public ServerSettings withMaxBodyBytes(int bytes) {
        return new ServerSettings(
                host, port, bytes, checkRate, checkBurst, maxConcurrentChecks, queryRate, queryBurst, adminToken);
    }

    /** The same settings with writes allowed to holders of {@code token}. */
    public ServerSettings withAdminToken(AdminToken token) {
        return new ServerSettings(
                host,
                port,
                maxBodyBytes,
                checkRate,
                checkBurst,
                maxConcurrentChecks,
                queryRate,
                queryBurst,
                Optional.of(requireNonNull(token, "token is null")));
    }

    /**
     * These settings, once the host is known to be an address of this machine: call it before a
     * long start (ingest, warming) so that a mistyped {@code --host} fails at once.
     */
    public ServerSettings checkHost() {
        ListenAddress.check(host);
        return this;
    }

    /** The limits the API enforces: these settings without the address and the token. */
    public ApiLimits apiLimits() {
        return new ApiLimits(maxBodyBytes, checkRate, checkBurst, maxConcurrentChecks, queryRate, queryBurst);
    }

    /** Whether the API accepts writes (an admin token was configured). */
    public boolean writable() {
        return adminToken.isPresent();
    }

    private static int defaultConcurrentChecks() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }
}
