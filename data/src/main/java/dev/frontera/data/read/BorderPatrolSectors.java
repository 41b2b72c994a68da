package dev.frontera.data.read;

import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.dimension.DimensionValue;
import dev.frontera.core.dimension.Vocabulary;
import java.util.Map;
import java.util.Optional;

/**
 * The Border Patrol's sectors as the historical PDFs print them, with the region each belongs
 * to. Old names map to the current sector through the vocabulary (Marfa is Big Bend, McAllen is
 * Rio Grande Valley), so one sector keeps one slug across the renamings.
 */
final class BorderPatrolSectors {
    private static final Map<String, String> REGIONS = Map.ofEntries(
            Map.entry("big-bend", "southwest"), Map.entry("del-rio", "southwest"), Map.entry("el-centro", "southwest"),
            Map.entry("el-paso", "southwest"), Map.entry("laredo", "southwest"),
            Map.entry("rio-grande-valley", "southwest"), Map.entry("san-diego", "southwest"),
            Map.entry("tucson", "southwest"), Map.entry("yuma", "southwest"),
            Map.entry("blaine", "northern"), Map.entry("buffalo", "northern"), Map.entry("detroit", "northern"),
            Map.entry("grand-forks", "northern"), Map.entry("havre", "northern"), Map.entry("houlton", "northern"),
            Map.entry("spokane", "northern"), Map.entry("swanton", "northern"),
            Map.entry("livermore", "other"), Map.entry("miami", "other"), Map.entry("new-orleans", "other"),
            Map.entry("ramey", "other"));

    private BorderPatrolSectors() {}

    /** The sector a printed label names ({@code Livermore*}, {@code Big Bend (formerly Marfa)}, {@code McAllen}). */
    static Optional<String> slug(String label) {
        String plain = label.replace("*", "").replaceAll("\\(formerly [^)]*\\)", "").trim();
        Vocabulary vocabulary = Vocabulary.standard();
        return vocabulary.find(Dimension.AREA, plain)
                .or(() -> vocabulary.find(Dimension.AREA, plain + " Sector"))
                .map(DimensionValue::slug)
                .filter(REGIONS::containsKey);
    }

    /** {@code southwest}, {@code northern} or {@code other} (coastal). */
    static String region(String sector) {
        return REGIONS.get(sector);
    }
}
