package dev.frontera.server.api;

/**
 * The limits the API enforces per client and for the whole server; the server's settings
 * validate them (and name the command-line option at fault) before they get here.
 *
 * @param maxBodyBytes larger request bodies are refused with 413
 * @param checkRate texts a client may have checked per second, on average
 * @param checkBurst how many it may send at once before the rate applies
 * @param maxConcurrentChecks texts checked at once by the whole server; more wait briefly or get 429
 * @param queryRate requests that compute something a client may make per second
 * @param queryBurst how many of those it may make at once
 */
public record ApiLimits(
        int maxBodyBytes,
        double checkRate,
        int checkBurst,
        int maxConcurrentChecks,
        double queryRate,
        int queryBurst) {}
