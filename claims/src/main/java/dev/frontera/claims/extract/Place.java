package dev.frontera.claims.extract;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.dimension.Dimension;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a claim is about. {@code region} is a region slug or {@code nationwide}; empty when the
 * sentence names none (the reading then decides). {@code areas} holds sector, field-office and
 * state filters.
 */
public record Place(Optional<String> region, Map<Dimension, Set<String>> areas) {
    public static final String NATIONWIDE = "nationwide";

    public Place {
        requireNonNull(region, "region is null");
        areas = Map.copyOf(areas);
    }

    public boolean named() {
        return region.isPresent();
    }
}
