package dev.frontera.claims;

import java.util.Locale;

/** What the official record says about a claim. */
public enum Verdict {
    /** The official figure satisfies the claim within the tolerance its qualifier and precision allow. */
    ACCURATE,
    /** It does not. */
    INACCURATE,
    /** It fails for the scope stated but matches a scope often confused with it. */
    MISLEADING,
    /** The official data cannot answer it. */
    UNVERIFIABLE;

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }
}
