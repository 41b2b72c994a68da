package dev.frontera.data.query;

import dev.frontera.core.query.Release;
import dev.frontera.data.read.Family;
import java.util.Comparator;

/**
 * Which release answers a month when several could, best first:
 * <ol>
 *   <li>exact counts before rounded ones (CBP's files before DHS tables rounded to 10);</li>
 *   <li>the newer publication before the older (later vintages carry CBP's revisions);</li>
 *   <li>then a fixed order of families, so ties are decided the same way every time.</li>
 * </ol>
 * Only one release ever answers a given month, so the by-state and by-area views of the same
 * encounters are never added together.
 */
final class Precedence {
    static final Comparator<Release> BEST_FIRST = Comparator
            .comparing(Release::rounded)
            .thenComparing(Release::published, Comparator.reverseOrder())
            .thenComparing(release -> Family.bySlug(release.family()).ordinal())
            .thenComparing(Release::id);

    private Precedence() {}

    /** The regions a family covers: the southwest file covers only the southwest border. */
    static boolean coversAllRegions(Family family) {
        return switch (family) {
            case NATIONWIDE_BY_STATE, NATIONWIDE_BY_AREA -> true;
            case SOUTHWEST_BY_COMPONENT -> false;
        };
    }

    static boolean coversRegion(Family family, String region) {
        return coversAllRegions(family) || region.equals("southwest");
    }
}
