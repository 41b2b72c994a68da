package dev.frontera.core.query;

import dev.frontera.core.dimension.Dimension;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A family of official files: files with the same columns, published again and again as new
 * releases. The family decides which dimensions a figure can be cut by.
 */
public enum Family {
    /** CBP Nationwide Encounters by state: region, state, demographic, citizenship, title. */
    NATIONWIDE_BY_STATE(
            "nationwide-by-state",
            "CBP Nationwide Encounters (by state)",
            false,
            EnumSet.of(
                    Dimension.REGION, Dimension.STATE, Dimension.DEMOGRAPHIC, Dimension.CITIZENSHIP, Dimension.TITLE)),
    /** CBP Nationwide Encounters by area of responsibility: adds component and sector or field office. */
    NATIONWIDE_BY_AREA(
            "nationwide-by-area",
            "CBP Nationwide Encounters (by area of responsibility)",
            false,
            EnumSet.of(
                    Dimension.REGION,
                    Dimension.COMPONENT,
                    Dimension.AREA,
                    Dimension.DEMOGRAPHIC,
                    Dimension.CITIZENSHIP,
                    Dimension.TITLE)),
    /** CBP Southwest Land Border Encounters: component split, five citizenship groups, southwest only. */
    SOUTHWEST_BY_COMPONENT(
            "southwest-by-component",
            "CBP Southwest Land Border Encounters",
            false,
            EnumSet.of(
                    Dimension.REGION,
                    Dimension.COMPONENT,
                    Dimension.DEMOGRAPHIC,
                    Dimension.CITIZENSHIP,
                    Dimension.TITLE)),
    /**
     * DHS OHSS Key Homeland Security Metrics, Border Patrol encounters (KHSM workbook), monthly
     * since FY2000, rounded to 10. Three separate cuts of the same encounters: by sector, by
     * citizenship, by family status; a row carries exactly one of them.
     */
    OHSS_USBP_MONTHLY(
            "ohss-usbp-monthly",
            "DHS OHSS Border Patrol encounters (KHSM)",
            true,
            EnumSet.of(
                    Dimension.REGION,
                    Dimension.COMPONENT,
                    Dimension.AREA,
                    Dimension.CITIZENSHIP,
                    Dimension.DEMOGRAPHIC),
            Granularity.MONTH,
            List.of(Dimension.AREA, Dimension.CITIZENSHIP, Dimension.DEMOGRAPHIC)),
    /**
     * DHS OHSS Immigration Enforcement and Legal Processes monthly tables, southwest border,
     * since FY2014, rounded to 10: by agency and sector or field office, and by agency and
     * citizenship, two separate cuts.
     */
    OHSS_SOUTHWEST_MONTHLY(
            "ohss-southwest-monthly",
            "DHS OHSS Immigration Enforcement and Legal Processes tables",
            true,
            EnumSet.of(Dimension.REGION, Dimension.COMPONENT, Dimension.AREA, Dimension.CITIZENSHIP),
            Granularity.MONTH,
            List.of(Dimension.AREA, Dimension.CITIZENSHIP)),
    /** USBP historical PDF: apprehensions (from March 2020 encounters) by month and sector, FY2000 onwards. */
    USBP_MONTHLY_BY_SECTOR(
            "usbp-monthly-by-sector",
            "USBP monthly apprehensions by sector (PDF)",
            false,
            EnumSet.of(Dimension.REGION, Dimension.COMPONENT, Dimension.AREA),
            Granularity.MONTH,
            List.of()),
    /** USBP historical PDF: southwest border apprehensions by sector and fiscal year, FY1960-FY2019. */
    USBP_SOUTHWEST_BY_SECTOR_YEARLY(
            "usbp-southwest-by-sector-yearly",
            "USBP southwest border sector apprehensions by fiscal year (PDF)",
            false,
            EnumSet.of(Dimension.REGION, Dimension.COMPONENT, Dimension.AREA),
            Granularity.FISCAL_YEAR,
            List.of()),
    /** USBP historical PDF: nationwide apprehensions by fiscal year, FY1925-FY2019; no region split. */
    USBP_NATIONWIDE_YEARLY(
            "usbp-nationwide-yearly",
            "USBP nationwide apprehensions by fiscal year (PDF)",
            false,
            EnumSet.of(Dimension.COMPONENT),
            Granularity.FISCAL_YEAR,
            List.of()),
    /** USBP historical PDF: nationwide apprehensions by citizenship and sector, one table per fiscal year FY2007-FY2019. */
    USBP_CITIZENSHIP_BY_SECTOR_YEARLY(
            "usbp-citizenship-by-sector-yearly",
            "USBP apprehensions by citizenship and sector by fiscal year (PDF)",
            false,
            EnumSet.of(Dimension.REGION, Dimension.COMPONENT, Dimension.AREA, Dimension.CITIZENSHIP),
            Granularity.FISCAL_YEAR,
            List.of());

    /**
     * How finely a family's figures are dated. A {@link #FISCAL_YEAR} observation is stored
     * with the month of its fiscal year's September (FY1986 is 1986-09) and stands for the
     * whole fiscal year: it is never split into months.
     */
    public enum Granularity {
        MONTH,
        FISCAL_YEAR
    }

    private final String slug;
    private final String displayName;
    private final boolean rounded;
    private final Set<Dimension> dimensions;
    private final Granularity granularity;
    private final List<Dimension> separateCuts;

    Family(String slug, String displayName, boolean rounded, Set<Dimension> dimensions) {
        this(slug, displayName, rounded, dimensions, Granularity.MONTH, List.of());
    }

    Family(
            String slug,
            String displayName,
            boolean rounded,
            Set<Dimension> dimensions,
            Granularity granularity,
            List<Dimension> separateCuts) {
        this.slug = slug;
        this.displayName = displayName;
        this.rounded = rounded;
        this.dimensions = Set.copyOf(dimensions);
        this.granularity = granularity;
        this.separateCuts = List.copyOf(separateCuts);
    }

    /** Months, or whole fiscal years (see {@link Granularity}). */
    public Granularity granularity() {
        return granularity;
    }

    /**
     * Dimensions the publisher tabulates separately (sector, citizenship, family status as three
     * tables of the same encounters). Every row carries exactly one of them; rows of different
     * cuts must never be added together. Empty when the family is one table.
     */
    public List<Dimension> separateCuts() {
        return separateCuts;
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
