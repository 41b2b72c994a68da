package dev.frontera.data.source.fetch;

import dev.frontera.core.query.Family;
import java.util.Optional;

/** A file the official pages publish again and again; fetch keeps the newest release of each. */
public enum ReleaseSeries {
    /** {@code nationwide-encounters-fyAA-fyBB[-mmm]-state.csv} on CBP's Nationwide Encounters page. */
    NATIONWIDE_BY_STATE("CBP Nationwide Encounters, by state", Family.NATIONWIDE_BY_STATE),
    /** {@code nationwide-encounters-fyAA-fyBB[-mmm]-aor.csv}, the area-of-responsibility sibling. */
    NATIONWIDE_BY_AREA("CBP Nationwide Encounters, by area of responsibility", Family.NATIONWIDE_BY_AREA),
    /** {@code sbo-encounters-fyAA-fyBB[-mmm].csv} on CBP's Southwest Land Border Encounters page. */
    SOUTHWEST_BY_COMPONENT("CBP Southwest Land Border Encounters", Family.SOUTHWEST_BY_COMPONENT),
    /** {@code KHSM Encounters (USBP) fyAAmMM.xlsx} on the DHS statistics office's CBP encounters page. */
    OHSS_USBP_ENCOUNTERS("DHS OHSS Border Patrol encounters workbook (KHSM)", null),
    /** {@code ..._ohss_immigration-enforcement-and-legal-processes-tables-<month>-<year>.xlsx}. */
    OHSS_ENFORCEMENT_TABLES("DHS OHSS Immigration Enforcement and Legal Processes monthly tables", null);

    private final String displayName;
    private final Family family;

    ReleaseSeries(String displayName, Family family) {
        this.displayName = displayName;
        this.family = family;
    }

    public String displayName() {
        return displayName;
    }

    /**
     * The family this build reads the series as, if any. A series without one is still fetched
     * and offered to the readers, but failing to read it is not an error of the fetch.
     */
    public Optional<Family> family() {
        return Optional.ofNullable(family);
    }
}
