package dev.frontera.data.source;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.query.Family;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The publication date and source URL of each official file. Dates of the files we hold are
 * recorded facts (see PROVENANCE.md and the claims labeling standard); any other file gets an
 * estimate from its name, or from its last month of data, and is marked as estimated.
 */
public final class ReleaseCatalog {
    private static final String NATIONWIDE_PAGE = "https://www.cbp.gov/document/stats/nationwide-encounters";
    private static final String SOUTHWEST_PAGE = "https://www.cbp.gov/document/stats/southwest-land-border-encounters";
    private static final String KHSM_PAGE = "https://ohss.dhs.gov/khsm/cbp-encounters";
    private static final String ENFORCEMENT_TABLES_PAGE =
            "https://ohss.dhs.gov/topics/immigration/immigration-enforcement/immigration-enforcement-and-legal-processes-monthly";
    private static final String USBP_STATS_PAGE = "https://www.cbp.gov/newsroom/media-resources/stats";

    private static final List<KnownRelease> OFFICIAL = List.of(
            KnownRelease.of(
                    "nationwide-encounters-fy20-fy23-state.csv",
                    "2023-11-14",
                    "https://www.cbp.gov/sites/default/files/assets/documents/2023-Nov/nationwide-encounters-fy20-fy23-state.csv"),
            KnownRelease.of("nationwide-encounters-fy21-fy24-oct-state.csv", "2023-11-14"),
            KnownRelease.of("nationwide-encounters-fy21-fy24-nov-state.csv", "2023-12-22"),
            KnownRelease.of("nationwide-encounters-fy21-fy24-dec-state.csv", "2024-01-26"),
            KnownRelease.of("nationwide-encounters-fy21-fy24-jan-state.csv", "2024-02-15"),
            KnownRelease.of("nationwide-encounters-fy21-fy24-feb-state.csv", "2024-03-15"),
            KnownRelease.of("nationwide-encounters-fy21-fy24-mar-state.csv", "2024-04-15"),
            KnownRelease.of("nationwide-encounters-fy21-fy24-apr-state.csv", "2024-05-15"),
            KnownRelease.of("nationwide-encounters-fy21-fy24-may-state.csv", "2024-06-15"),
            KnownRelease.of(
                    "nationwide-encounters-fy21-fy24-state.csv",
                    "2024-10-22",
                    "https://www.cbp.gov/sites/default/files/2024-10/nationwide-encounters-fy21-fy24-state.csv"),
            KnownRelease.of("nationwide-encounters-fy22-fy25-state.csv", "2025-11-14"),
            KnownRelease.of("nationwide-encounters-fy23-fy26-nov-state.csv", "2025-12-15"),
            KnownRelease.of(
                    "sbo-encounters-fy19-fy22.csv",
                    "2022-10-22",
                    "https://www.cbp.gov/sites/default/files/assets/documents/2022-Oct/sbo-encounters-fy19-fy22.csv"),
            KnownRelease.of("sbo-encounters-fy22-fy25-nov.csv", "2024-12-17"),
            KnownRelease.of("sbo-encounters-fy22-fy25-aug.csv", "2025-09-16"),
            KnownRelease.of(
                    "2024_1108_ohss_immigration-enforcement-and-legal-processes-tables-july-2024.xlsx", "2024-11-08"),
            KnownRelease.of(
                    "2024_1206_ohss_immigration-enforcement-and-legal-processes-tables-august-2024.xlsx", "2024-12-06"),
            KnownRelease.of("KHSM Encounters (USBP) fy25m11.xlsx", "2025-01-16"),
            // The Border Patrol PDFs carry no publication date: estimated (first after the last fiscal
            // year they cover closed, before the next edition), and marked so.
            KnownRelease.estimated(
                    "us_border_patrol_monthly_encounters_fy2000-fy2020-508.pdf",
                    "2021-01-15",
                    "https://www.cbp.gov/document/stats/us-border-patrol-monthly-encounters-fy-2000-fy-2020"),
            KnownRelease.estimated(
                    "u.s._border_patrol_monthly_apprehensions_fy_2000_fy_2019_1.pdf", "2020-01-15", USBP_STATS_PAGE),
            KnownRelease.estimated(
                    "u.s._border_patrol_fiscal_year_southwest_border_sector_apprehensions_fy_1960_fy_2019_0.pdf",
                    "2020-01-15",
                    "https://www.cbp.gov/document/stats/us-border-patrol-fiscal-year-southwest-border-sector-apprehensions-fy-1960-fy-2019"),
            KnownRelease.estimated(
                    "u.s._border_patrol_total_apprehensions_fy_1925_fy_2019_.pdf", "2020-01-15", USBP_STATS_PAGE),
            KnownRelease.estimated(
                    "u.s._border_patrol_nationwide_apprehensions_by_citizenship_and_sector_fy2007_fy_2019_1.pdf",
                    "2020-01-15",
                    USBP_STATS_PAGE));

    private final Map<String, KnownRelease> known;

    ReleaseCatalog(List<KnownRelease> known) {
        this.known = known.stream()
                .collect(Collectors.toUnmodifiableMap(release -> normalize(release.name()), Function.identity()));
    }

    /** The catalog of CBP releases whose dates are recorded. */
    public static ReleaseCatalog official() {
        return new ReleaseCatalog(OFFICIAL);
    }

    /**
     * When and where {@code fileName} was published. A trailing {@code .gz} and letter case are
     * ignored. For an unknown name the date is estimated from the name, else from {@code lastMonth}.
     */
    public Publication describe(String fileName, Family family, YearMonth lastMonth) {
        requireNonNull(fileName, "fileName is null");
        requireNonNull(family, "family is null");
        requireNonNull(lastMonth, "lastMonth is null");
        KnownRelease release = known.get(normalize(fileName));
        if (release != null) {
            return new Publication(
                    release.published(),
                    release.estimated() ? Publication.Basis.CATALOG_ESTIMATE : Publication.Basis.KNOWN,
                    Optional.of(release.directUrl().orElse(landingPage(family))));
        }
        Optional<String> page = Optional.of(landingPage(family));
        Optional<LocalDate> fromName = ReleaseNameDate.estimate(normalize(fileName));
        return fromName.map(date -> new Publication(date, Publication.Basis.FILE_NAME, page))
                .orElseGet(() ->
                        new Publication(ReleaseNameDate.afterLastMonth(lastMonth), Publication.Basis.LAST_MONTH, page));
    }

    /**
     * The publication date of a file known from its name alone: recorded in the catalog, else
     * estimated from a {@code fyAA-fyBB[-mmm]} name; empty when only its contents could tell.
     */
    public Optional<LocalDate> publishedByName(String fileName) {
        requireNonNull(fileName, "fileName is null");
        KnownRelease release = known.get(normalize(fileName));
        return release != null ? Optional.of(release.published()) : ReleaseNameDate.estimate(normalize(fileName));
    }

    /** The page where the publisher lists every release of a family. */
    public static String landingPage(Family family) {
        return switch (family) {
            case NATIONWIDE_BY_STATE, NATIONWIDE_BY_AREA -> NATIONWIDE_PAGE;
            case SOUTHWEST_BY_COMPONENT -> SOUTHWEST_PAGE;
            case OHSS_USBP_MONTHLY -> KHSM_PAGE;
            case OHSS_SOUTHWEST_MONTHLY -> ENFORCEMENT_TABLES_PAGE;
            case USBP_MONTHLY_BY_SECTOR,
                    USBP_SOUTHWEST_BY_SECTOR_YEARLY,
                    USBP_NATIONWIDE_YEARLY,
                    USBP_CITIZENSHIP_BY_SECTOR_YEARLY -> USBP_STATS_PAGE;
        };
    }

    private static String normalize(String fileName) {
        String name = fileName.trim().toLowerCase(Locale.ROOT);
        return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    }
}
