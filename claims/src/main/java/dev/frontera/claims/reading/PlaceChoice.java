package dev.frontera.claims.reading;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.dimension.Dimension;
import java.util.Map;
import java.util.Set;

/** Where a reading counts: a region, narrowed by sectors, field offices or states when {@code areas} holds any. */
record PlaceChoice(String region, Map<Dimension, Set<String>> areas) {
    PlaceChoice {
        requireNonNull(region, "region is null");
        areas = Map.copyOf(areas);
    }

    static PlaceChoice region(String region) {
        return new PlaceChoice(region, Map.of());
    }

    boolean hasSectors() {
        Set<String> areaSet = areas.get(Dimension.AREA);
        return areaSet != null && Areas.sectorsOnly(areaSet);
    }

    boolean hasFieldOffices() {
        Set<String> areaSet = areas.get(Dimension.AREA);
        return areaSet != null && !Areas.sectorsOnly(areaSet);
    }
}
