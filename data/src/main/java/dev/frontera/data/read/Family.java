package dev.frontera.data.read;

import dev.frontera.core.dimension.Dimension;
import java.util.EnumSet;
import java.util.Set;

/**
 * A family of official files: files with the same columns, published again and again as new
 * releases. The family decides which dimensions a figure can be cut by.
 */
public enum Family {
    /** CBP Nationwide Encounters by state: region, state, demographic, citizenship, title. */
    NATIONWIDE_BY_STATE("nationwide-by-state", "CBP Nationwide Encounters (by state)", false,
            EnumSet.of(Dimension.REGION, Dimension.STATE, Dimension.DEMOGRAPHIC, Dimension.CITIZENSHIP, Dimension.TITLE)),
    /** CBP Nationwide Encounters by area of responsibility: adds component and sector or field office. */
    NATIONWIDE_BY_AREA("nationwide-by-area", "CBP Nationwide Encounters (by area of responsibility)", false,
            EnumSet.of(Dimension.REGION, Dimension.COMPONENT, Dimension.AREA, Dimension.DEMOGRAPHIC,
                    Dimension.CITIZENSHIP, Dimension.TITLE)),
    /** CBP Southwest Land Border Encounters: component split, five citizenship groups, southwest only. */
    SOUTHWEST_BY_COMPONENT("southwest-by-component", "CBP Southwest Land Border Encounters", false,
            EnumSet.of(Dimension.REGION, Dimension.COMPONENT, Dimension.DEMOGRAPHIC, Dimension.CITIZENSHIP,
                    Dimension.TITLE));

    private final String slug;
    private final String displayName;
    private final boolean rounded;
    private final Set<Dimension> dimensions;

    Family(String slug, String displayName, boolean rounded, Set<Dimension> dimensions) {
        this.slug = slug;
        this.displayName = displayName;
        this.rounded = rounded;
        this.dimensions = Set.copyOf(dimensions);
    }

    public String slug() {
        return slug;
    }

    public String displayName() {
        return displayName;
    }

    /** True when the publisher rounds every figure (DHS statistics round to 10). */
    public boolean rounded() {
        return rounded;
    }

    /** The dimensions this family publishes; a figure cannot be cut by any other. */
    public Set<Dimension> dimensions() {
        return dimensions;
    }

    public static Family bySlug(String slug) {
        for (Family family : values()) {
            if (family.slug.equals(slug)) {
                return family;
            }
        }
        throw new IllegalArgumentException("unknown family " + slug);
    }
}
