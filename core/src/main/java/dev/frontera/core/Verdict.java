package dev.frontera.core;

import java.util.Locale;

/**
 * What a quoted figure turned out to be: a statistic against the official record (the claims
 * module), or a distance to the border against the measured distances (the movements module).
 */
public enum Verdict {
    /** The official figure (or the measured distance) satisfies the claim within the tolerance its wording allows. */
    ACCURATE,
    /** It does not. */
    INACCURATE,
    /** It fails for the scope stated but matches a scope often confused with it. */
    MISLEADING,
    /** The official data cannot answer it, or the text gives nothing to measure from. */
    UNVERIFIABLE;

    /** {@code accurate}: what JSON, the command line and the web pages show. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }
}
