package dev.frontera.server;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Where the server listens and the limits that protect it.
 *
 * @param host the interface to bind: {@code 127.0.0.1} unless told otherwise
 * @param port the port; 0 picks a free one (tests)
 * @param maxBodyBytes larger request bodies are refused with 413
 * @param checkRate {@code POST /api/v1/check} requests a client may make per second, on average
 * @param checkBurst how many it may make at once before the rate applies
 * @param adminToken the secret that allows writes (movements); without one every write answers 403
 */
public record ServerSettings(String host, int port, int maxBodyBytes, double checkRate, int checkBurst,
                             Optional<AdminToken> adminToken) {
    public static final String LOCALHOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final int ONE_MEGABYTE = 1024 * 1024;

    public ServerSettings {
        requireNonNull(host, "host is null");
        requireNonNull(adminToken, "adminToken is null");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 to 65535, not " + port);
        }
        if (maxBodyBytes < 1 || checkRate <= 0 || checkBurst < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** Settings without an admin token: a read-only server. */
    public ServerSettings(String host, int port, int maxBodyBytes, double checkRate, int checkBurst) {
        this(host, port, maxBodyBytes, checkRate, checkBurst, Optional.empty());
    }

    /** Localhost:8080, 1 MB bodies, 5 checks per second per client with bursts of 20, no writes. */
    public static ServerSettings defaults() {
        return new ServerSettings(LOCALHOST, DEFAULT_PORT, ONE_MEGABYTE, 5, 20);
    }

    public ServerSettings withAddress(String newHost, int newPort) {
        return new ServerSettings(newHost, newPort, maxBodyBytes, checkRate, checkBurst, adminToken);
    }

    public ServerSettings withCheckRate(double rate, int burst) {
        return new ServerSettings(host, port, maxBodyBytes, rate, burst, adminToken);
    }

    /** The same settings with writes allowed to holders of {@code token}. */
    public ServerSettings withAdminToken(AdminToken token) {
        return new ServerSettings(host, port, maxBodyBytes, checkRate, checkBurst,
                Optional.of(requireNonNull(token, "token is null")));
    }

    /** Whether the API accepts writes (an admin token was configured). */
    public boolean writable() {
        return adminToken.isPresent();
    }
}
