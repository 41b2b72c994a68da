package dev.frontera.movements.news;

import java.util.Locale;

/** What a distance claim turned out to be against the computed distances. */
public enum ClaimVerdict {
    ACCURATE, INACCURATE, UNVERIFIABLE;

    /** {@code accurate}, as printed. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }
}
