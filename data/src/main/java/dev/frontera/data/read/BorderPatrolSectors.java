package dev.frontera.data.read;

import dev.frontera.core.dimension.Area;
import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.dimension.Vocabulary;
import java.util.Optional;

/**
 * The Border Patrol's sectors as the historical PDFs print them. Old names map to the current
 * sector through the vocabulary (Marfa is Big Bend, McAllen is Rio Grande Valley), so one sector
 * keeps one slug across the renamings; its region is the vocabulary's too.
 */
final class BorderPatrolSectors {
    private BorderPatrolSectors() {}

    /** The sector a printed label names ({@code Livermore*}, {@code Big Bend (formerly Marfa)}, {@code McAllen}, {@code RGV}). */
    static Optional<Area> find(String label) {
        String plain =
                label.replace("*", "").replaceAll("\\(formerly [^)]*\\)", "").trim();
        Vocabulary vocabulary = Vocabulary.standard();
        return vocabulary
                .find(Dimension.AREA, plain)
                .or(() -> vocabulary.find(Dimension.AREA, plain + " Sector"))
                .flatMap(value -> vocabulary.area(value.slug()))
                .filter(Area::isSector);
    }
}
