package dev.frontera.claims.verify;

import dev.frontera.claims.extract.Qualifier;

/**
 * Whether an official figure satisfies a claimed number, following the labelling standard:
 * exact figures within 1% or their own rounding (half a unit of the last digit written, at
 * most 5%); "about" within 5%; "nearly" from 5% below to 1% above; "over"/"at least" at or
 * above; "under" below; "up to" between 80% and 100%; per-day rates within 5%; percent
 * changes and shares within 2 points; multiples within 10%.
 */
public final class Tolerance {
    private Tolerance() {}

    /**
     * @param unit the value of the last significant digit written (1 for "191,113", 100,000 for "1.2 million")
     * @param roundedFigures how many figures rounded to 10 the official figure adds up (a year of rounded months
     *     may be off by up to 5 for each month)
     */
    public static boolean fitsCount(Qualifier qualifier, double claimed, double unit, double official, boolean perDay,
            int roundedFigures) {
        double slack = 5.0 * roundedFigures;
        return switch (qualifier) {
            case EXACT -> Math.abs(official - claimed) <= (perDay ? 0.05 * claimed
                    : Math.max(0.01 * claimed, Math.min(unit / 2, 0.05 * claimed))) + slack;
            case ABOUT -> Math.abs(official - claimed) <= 0.05 * claimed + slack;
            case NEARLY -> official >= 0.95 * claimed - slack && official <= 1.01 * claimed + slack;
            case OVER, AT_LEAST -> official + slack >= claimed;
            case UNDER -> official - slack < claimed;
            case UP_TO -> official <= claimed + slack && official >= 0.8 * claimed;
            case CHANGE, RATIO, RECORD_HIGH, RECORD_LOW -> throw new IllegalArgumentException(qualifier + " is not a count claim");
        };
    }

    /** A percent change or a share in percentage points: within 2 points. */
    public static boolean fitsPoints(double claimedPercent, double officialPercent, boolean atLeast) {
        return atLeast ? officialPercent >= claimedPercent : Math.abs(officialPercent - claimedPercent) <= 2;
    }

    /** A multiple ("doubled", "three times"): within 10% relative, or at least it for "more than". */
    public static boolean fitsMultiple(double claimed, double official, boolean atLeast) {
        return atLeast ? official >= claimed : Math.abs(official - claimed) <= 0.1 * claimed;
    }
}
