package dev.frontera.core.dimension;

import java.util.Optional;

/**
 * A filter value that keeps every published value of its dimension but one: {@code not-mexico},
 * the non-Mexicans, as reporters have counted them for decades. Only citizenship takes it: there
 * every row names one country (or "other"), so all but one sum to the total less that one.
 */
public final class Exclusion {
    private static final String PREFIX = "not-";

    private Exclusion() {}

    /** The value that leaves out {@code slug}. */
    public static String of(String slug) {
        return PREFIX + slug;
    }

    /** The value left out, if {@code value} is an exclusion. */
    public static Optional<String> excluded(String value) {
        return value.startsWith(PREFIX) ? Optional.of(value.substring(PREFIX.length())) : Optional.empty();
    }

    /** The value a release must publish for {@code value} to be answered: the one left out, or itself. */
    public static String named(String value) {
        return excluded(value).orElse(value);
    }
}
