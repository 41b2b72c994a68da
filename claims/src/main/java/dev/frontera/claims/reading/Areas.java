package dev.frontera.claims.reading;

import java.util.Set;

/** The region a Border Patrol sector or a Field Operations office lies on, as CBP's files place it. */
final class Areas {
    private static final Set<String> NORTHERN = Set.of("blaine", "spokane", "havre", "grand-forks", "detroit", "buffalo",
            "swanton", "houlton");
    private static final Set<String> OTHER = Set.of("miami", "new-orleans", "ramey", "livermore");

    private Areas() {}

    static String regionOf(Set<String> areas) {
        if (areas.stream().anyMatch(NORTHERN::contains)) {
            return "northern";
        }
        return areas.stream().anyMatch(OTHER::contains) ? "other" : "southwest";
    }

    /** Whether every area is a Border Patrol sector (so the figure is the Border Patrol's). */
    static boolean sectorsOnly(Set<String> areas) {
        return areas.stream().noneMatch(slug -> slug.endsWith("-field-office"));
    }
}
