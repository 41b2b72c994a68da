package dev.frontera.claims.internal.reading;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.dimension.Area;
import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.dimension.Region;
import dev.frontera.core.dimension.Vocabulary;
import java.util.Map;
import java.util.Set;

/** Where a reading counts: a region, narrowed by sectors, field offices or states when {@code areas} holds any. */
record PlaceChoice(Region region, Map<Dimension, Set<String>> areas) {
    PlaceChoice {
        requireNonNull(region, "region is null");
        areas = Map.copyOf(areas);
    }

    static PlaceChoice region(Region region) {
        return new PlaceChoice(region, Map.of());
    }

    /**
     * The region a set of sectors and field offices lies in, as the vocabulary places each; areas
     * on different borders read as the northern border first, then the others, then the southwest.
     */
    static Region regionOf(Set<String> areas) {
        Set<Region> regions = areas.stream()
                .flatMap(area -> Vocabulary.standard().regionOf(area).stream())
                .collect(java.util.stream.Collectors.toSet());
        if (regions.contains(Region.NORTHERN)) {
            return Region.NORTHERN;
        }
        return regions.contains(Region.OTHER) ? Region.OTHER : Region.SOUTHWEST;
    }

    boolean hasSectors() {
        Set<String> areaSet = areas.get(Dimension.AREA);
        return areaSet != null && sectorsOnly(areaSet);
    }

    boolean hasFieldOffices() {
        Set<String> areaSet = areas.get(Dimension.AREA);
        return areaSet != null && !sectorsOnly(areaSet);
    }

    /** Whether every area is a Border Patrol sector (so the figure is the Border Patrol's). */
    private static boolean sectorsOnly(Set<String> areas) {
        return areas.stream()
                .allMatch(slug ->
                        Vocabulary.standard().area(slug).map(Area::isSector).orElse(true));
    }
}
