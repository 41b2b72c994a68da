package dev.frontera.core.dimension;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One value of a dimension: its slug (what queries use and the store keeps), the name shown to
 * people, and the other spellings that mean the same thing (CBP's labels, abbreviations,
 * demonyms).
 */
public record DimensionValue(Dimension dimension, String slug, String displayName, List<String> aliases) {
    public DimensionValue {
        requireNonNull(dimension, "dimension is null");
        requireNonNull(slug, "slug is null");
        requireNonNull(displayName, "displayName is null");
        aliases = List.copyOf(aliases);
    }
}
