package dev.frontera.data.query;

import dev.frontera.core.dimension.Region;
import dev.frontera.core.query.Family;
import dev.frontera.core.query.Release;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Optional;

/**
 * Which release answers a month when several could, best first:
 * <ol>
 *   <li>exact counts before rounded ones (CBP's files and the Border Patrol's PDF tables before
 *       DHS statistics rounded to 10);</li>
 *   <li>the newer publication before the older (later vintages carry revisions; the FY2000-FY2020
 *       monthly PDF before the FY2000-FY2019 edition);</li>
 *   <li>then a fixed order of families, so ties are decided the same way every time.</li>
 * </ol>
 * Only one release ever answers a given month, so the by-state and by-area views of the same
 * encounters are never added together.
 *
 * <p>Monthly detail comes before yearly totals: a family of {@link Family.Granularity#FISCAL_YEAR}
 * figures answers a fiscal year only when no monthly release answers any month of it for the
 * query, or when it is exact and every monthly release answering that year is rounded (exact
 * before rounded comes first); it answers only periods holding the whole fiscal year, never a
 * part of one (see {@link Series}). Months of such a year are still answered by the monthly release. So where two official sources
 * disagree (FY2000 southwest: monthly PDF 1,643,679, KHSM 1,566,420) the exact monthly PDF answers,
 * and {@link QueryEngine#sources} shows every candidate's figure.
 */
final class Precedence {
    static final Comparator<Release> BEST_FIRST = Comparator.comparing(Release::rounded)
            .thenComparing(Release::published, Comparator.reverseOrder())
            .thenComparing(release -> release.family().ordinal())
            .thenComparing(Release::id);

    /** Title 42 expulsions began in March 2020: before it every Border Patrol encounter was a Title 8 apprehension. */
    static final YearMonth FIRST_TITLE_42_MONTH = YearMonth.of(2020, 3);

    private Precedence() {}

    /** The regions a family covers: the southwest tables cover only the southwest border. */
    static boolean coversAllRegions(Family family) {
        return switch (family) {
            case NATIONWIDE_BY_STATE,
                    NATIONWIDE_BY_AREA,
                    OHSS_USBP_MONTHLY,
                    USBP_MONTHLY_BY_SECTOR,
                    USBP_NATIONWIDE_YEARLY,
                    USBP_CITIZENSHIP_BY_SECTOR_YEARLY -> true;
            case SOUTHWEST_BY_COMPONENT, OHSS_SOUTHWEST_MONTHLY, USBP_SOUTHWEST_BY_SECTOR_YEARLY -> false;
        };
    }

    static boolean coversRegion(Family family, Region region) {
        return coversAllRegions(family) || region == Region.SOUTHWEST;
    }

    /** The one component a family counts, when it counts only one (the Border Patrol's own tables). */
    static Optional<String> onlyComponent(Family family) {
        return switch (family) {
            case NATIONWIDE_BY_STATE, NATIONWIDE_BY_AREA, SOUTHWEST_BY_COMPONENT, OHSS_SOUTHWEST_MONTHLY ->
                Optional.empty();
            case OHSS_USBP_MONTHLY,
                    USBP_MONTHLY_BY_SECTOR,
                    USBP_SOUTHWEST_BY_SECTOR_YEARLY,
                    USBP_NATIONWIDE_YEARLY,
                    USBP_CITIZENSHIP_BY_SECTOR_YEARLY -> Optional.of("usbp");
        };
    }
}
