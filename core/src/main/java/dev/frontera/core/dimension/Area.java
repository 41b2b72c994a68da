package dev.frontera.core.dimension;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Border Patrol sector or an Office of Field Operations field office: the areas of
 * responsibility CBP counts encounters by, each in the region CBP's files place it.
 *
 * @param slug what queries and the store use: {@code rio-grande-valley}, {@code el-paso-field-office}
 * @param name the place it is named after: {@code Rio Grande Valley}
 * @param code CBP's abbreviation of a sector ({@code RGV}), as its tables print it; none for field offices
 * @param aliases other spellings: former names, "City, ST", CBP's labels
 */
public record Area(String slug, Kind kind, String name, Region region, Optional<String> code, List<String> aliases) {
    /** Which component the area belongs to. */
    public enum Kind {
        /** A U.S. Border Patrol sector: encounters between the ports of entry. */
        SECTOR,
        /** An Office of Field Operations field office: encounters at the ports of entry. */
        FIELD_OFFICE
    }

    public Area {
        requireNonNull(slug, "slug is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(name, "name is null");
        requireNonNull(region, "region is null");
        requireNonNull(code, "code is null");
        aliases = List.copyOf(aliases);
        if (region.isNationwide()) {
            throw new IllegalArgumentException(slug + " must lie in one tabulated region, not nationwide");
        }
    }

    /** {@code Rio Grande Valley Sector}, {@code El Paso Field Office}. */
    public String displayName() {
        return name + (kind == Kind.SECTOR ? " Sector" : " Field Office");
    }

    public boolean isSector() {
        return kind == Kind.SECTOR;
    }

    /** The area as a value of {@link Dimension#AREA}: every spelling that leads to it. */
    DimensionValue asValue() {
        List<String> all = new ArrayList<>(aliases);
        code.ifPresent(all::add);
        all.add(kind == Kind.SECTOR ? name + " Sector" : name + " FO");
        return new DimensionValue(Dimension.AREA, slug, displayName(), all);
    }
}
