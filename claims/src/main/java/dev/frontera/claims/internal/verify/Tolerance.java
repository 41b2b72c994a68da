package dev.frontera.claims.internal.verify;

import dev.frontera.claims.internal.extract.Qualifier;
import dev.frontera.claims.internal.numbers.Quantity;

/**
 * Whether an official figure supports a claimed number, following the labelling standard:
 * exact figures within 1% or their own rounding (half a unit of the last digit written, at most
 * 5%); "about" within 5%; "nearly" from 5% below to 1% above; "over"/"at least" at or above;
 * "under" below; "up to" between 80% and 100%; per-day rates within 5%; percent changes and
 * shares within 2 points (5 for "about half"); multiples within 10%; an absolute change within
 * 2% of the base period's value; a range ("8,000 to 10,000 a day") between its ends, each with its
 * own rounding (the standard is silent on ranges).
 *
 * <p>Each answer also carries the chance of such a fit by accident: the share of claimed values a
 * made-up figure could take that the tolerance accepts. Made-up counts are taken to spread evenly
 * on a log scale from a quarter to four times the true value, made-up percentages over 60 points;
 * a count's bound ("more than 54,000") accepts more of them the farther past it the figure lies
 * (writers put a bound near the figure), a share's or change's bound half of them, a record claim a
 * fixed share. A comparison with no number ("less than September 2020") holds by accident half the
 * time; "slightly less" (within
 * {@link #CLOSE}) far less often; a rank k among n peers about 1 in n.
 */
public final class Tolerance {
    public static final double LOG_SPREAD = Math.log(16);
    public static final double POINT_SPREAD = 60;
    static final double BOUND_CHANCE = 0.5;
    // The log margin at which a bound's evidence for a reading falls by e: "more than 50,000" of 67,500. Chosen
    // among 0.2, 0.3 and 0.5 on the mean of five held-out deals (docs/CLAIMS.md).
    static final double BOUND_MARGIN = 0.3;
    static final double RECORD_CHANCE = 0.3;
    static final double SINCE_CHANCE = 0.2;
    /** "Slightly" more or less: the two periods lie within 5% of each other, the plain reading of "slightly". */
    public static final double CLOSE = 0.05;
    /**
     * How often two periods of one series lie within {@link #CLOSE} of each other the way claimed,
     * measured on the record: of every ordered pair of months of the southwest series, 2.1% for Border
     * Patrol encounters (FY2001-FY2025) and 2.7% for all encounters (FY2020-FY2025); rounded up.
     */
    static final double CLOSE_CHANCE = 0.03;

    private Tolerance() {}

    /**
     * A count or rate.
     *
     * @param unit the value of the last significant digit written (1 for "191,113", 100,000 for "1.2 million")
     * @param slack what rounding in the official figure may add (5 for each figure rounded to 10 that it sums)
     */
    public static Fit count(Qualifier bound, double claimed, double unit, double official, boolean rate, double slack) {
        double exact = exact(claimed, unit, rate);
        return switch (bound) {
            case EXACT -> within(official, claimed, exact + slack);
            case ABOUT -> within(official, claimed, 0.05 * claimed + slack);
            case NEARLY ->
                new Fit(
                        official >= 0.95 * claimed - slack && official <= 1.01 * claimed + slack,
                        logChance(0.06),
                        logMiss(claimed, official));
            case OVER, AT_LEAST ->
                new Fit(official + slack >= claimed, boundChance(claimed, official), logMiss(claimed, official));
            case UNDER ->
                new Fit(official - slack < claimed, boundChance(official, claimed), logMiss(claimed, official));
            case UP_TO ->
                new Fit(
                        official <= claimed + slack && official >= 0.8 * claimed,
                        logChance(Math.log(1.25)),
                        logMiss(claimed, official));
            case CHANGE, RATIO, RECORD_HIGH, RECORD_LOW, RANK, COMPARISON, RUN ->
                throw new IllegalArgumentException(bound + " is not a bound");
        };
    }

    /**
     * A count or rate as {@code claimed} writes it: one number, or a range whose two ends bound the
     * figure, each with its own rounding ("roughly" widens them by 5%), whatever other bound is written.
     */
    public static Fit count(Qualifier bound, Quantity claimed, double official, boolean rate, double slack) {
        if (!claimed.isRange()) {
            return count(bound, claimed.value(), claimed.unit(), official, rate, slack);
        }
        double low = claimed.low() - endTolerance(bound, claimed.low(), claimed.unit(), rate) - slack;
        double high = claimed.value() + endTolerance(bound, claimed.value(), claimed.unit(), rate) + slack;
        double nearest = official < claimed.low() ? claimed.low() : claimed.value();
        return new Fit(
                official >= low && official <= high,
                logChance(Math.log(high / Math.max(low, 1))),
                logMiss(nearest, official));
    }

    private static double endTolerance(Qualifier bound, double end, double unit, boolean rate) {
        return bound == Qualifier.ABOUT ? 0.05 * end : exact(end, unit, rate);
    }

    /** An exact figure's band: 5% for a rate, else 1% or half its last digit written, at most 5%. */
    private static double exact(double claimed, double unit, boolean rate) {
        return rate ? 0.05 * claimed : Math.max(0.01 * claimed, Math.min(unit / 2, 0.05 * claimed));
    }

    /** A range of percentage points ("between 20 and 30 percent"): the figure lies between its ends, 2 points each way. */
    public static Fit pointRange(double end, double otherEnd, double official) {
        double low = Math.min(end, otherEnd) - 2;
        double high = Math.max(end, otherEnd) + 2;
        double nearest = Math.abs(official - low) < Math.abs(official - high) ? low + 2 : high - 2;
        return new Fit(official >= low && official <= high, pointChance(high - low), pointMiss(nearest, official));
    }

    /**
     * A percent change or a share, in percentage points; {@code claimed} carries the sign of the change
     * ("fell 20%" is -20). {@code spelled}: written as a fraction ("about half"), which is rounder.
     */
    public static Fit points(Qualifier bound, double claimed, double official, boolean spelled) {
        double sign = claimed < 0 ? -1 : 1;
        double c = claimed * sign;
        double o = official * sign;
        double near = spelled && bound == Qualifier.ABOUT ? 5 : spelled ? 3 : 2;
        return switch (bound) {
            case EXACT, ABOUT -> new Fit(Math.abs(o - c) <= near, pointChance(2 * near), pointMiss(c, o));
            case NEARLY ->
                new Fit(o >= c - (spelled ? 5 : 2) && o <= c + 1, pointChance(spelled ? 6 : 3), pointMiss(c, o));
            case OVER, AT_LEAST -> new Fit(o >= c, BOUND_CHANCE, pointMiss(c, o));
            case UNDER -> new Fit(o < c, BOUND_CHANCE, pointMiss(c, o));
            case UP_TO -> new Fit(o <= c && o >= c - 5, pointChance(5), pointMiss(c, o));
            case CHANGE, RATIO, RECORD_HIGH, RECORD_LOW, RANK, COMPARISON, RUN ->
                throw new IllegalArgumentException(bound + " is not a bound");
        };
    }

    /** A multiple ("doubled", "four times as many"): within 10%; "more than N times" at least N. */
    public static Fit multiple(Qualifier bound, double claimed, double official) {
        return switch (bound) {
            case OVER, AT_LEAST -> new Fit(official >= claimed, BOUND_CHANCE, logMiss(claimed, official));
            case UNDER -> new Fit(official < claimed, BOUND_CHANCE, logMiss(claimed, official));
            case NEARLY ->
                new Fit(
                        official >= 0.9 * claimed && official <= 1.01 * claimed,
                        logChance(0.11),
                        logMiss(claimed, official));
            default -> within(official, claimed, 0.1 * claimed);
        };
    }

    /**
     * An absolute change ("2,300 fewer than in June"): within 2% of the base period's value;
     * {@code claimed} carries the sign of the change, or is positive when the words give none.
     */
    public static Fit difference(
            Qualifier bound, double claimed, double official, double base, double slack, boolean signed) {
        double o = signed ? official : Math.abs(official);
        double c = claimed;
        if (c < 0) {
            o = -o;
            c = -c;
        }
        double near = 0.02 * Math.abs(base) + slack;
        return switch (bound) {
            case OVER, AT_LEAST -> new Fit(o + slack >= c, BOUND_CHANCE, logMiss(c, o));
            case UNDER -> new Fit(o - slack < c && o > 0, BOUND_CHANCE, logMiss(c, o));
            case NEARLY ->
                new Fit(
                        o >= 0.95 * c - near && o <= c + near,
                        logChance(0.06 + 2 * near / Math.max(c, 1)),
                        logMiss(c, o));
            default -> within(o, c, near);
        };
    }

    /** A record or "highest since" claim, already decided from the ranking. */
    public static Fit record(boolean holds, boolean since) {
        return new Fit(holds, since ? SINCE_CHANCE : RECORD_CHANCE, Fit.Miss.NONE);
    }

    /** A comparison with no number: whether the period differs from the base the way claimed (and, "slightly", closely). */
    public static Fit direction(boolean holds, boolean close) {
        return new Fit(holds, close ? CLOSE_CHANCE : BOUND_CHANCE, Fit.Miss.NONE);
    }

    /**
     * A run of {@code changes} monthly moves one way ("fell for the third straight month"): a made-up
     * run of that length would hold about one time in 2^changes, were months as likely to rise as fall.
     */
    public static Fit run(boolean holds, int changes) {
        return new Fit(holds, clamp(Math.pow(0.5, changes)), Fit.Miss.NONE);
    }

    /**
     * A rank among {@code peers}: a made-up rank would land on one of the {@code places} the record
     * allows (more than one when peers tie within rounding) about {@code places} times in {@code peers}.
     */
    public static Fit rank(boolean holds, int places, int peers) {
        return new Fit(holds, clamp(places / (double) Math.max(peers, 2)), Fit.Miss.NONE);
    }

    private static Fit within(double official, double claimed, double tolerance) {
        double relativeWidth = claimed == 0 ? 1 : 2 * tolerance / Math.abs(claimed);
        return new Fit(Math.abs(official - claimed) <= tolerance, logChance(relativeWidth), logMiss(claimed, official));
    }

    /** How far apart on a log scale; a sign change or a zero is as far as the scale goes. */
    private static Fit.Miss logMiss(double claimed, double official) {
        if (claimed <= 0 || official <= 0) {
            return new Fit.Miss(Fit.Scale.LOG, LOG_SPREAD);
        }
        return new Fit.Miss(Fit.Scale.LOG, Math.abs(Math.log(claimed / official)));
    }

    private static Fit.Miss pointMiss(double claimed, double official) {
        return new Fit.Miss(Fit.Scale.POINTS, Math.abs(claimed - official));
    }

    /**
     * A bound fits every figure on its side, but writers put it near the figure: "more than 54,000" of
     * 382,301 is not what anyone writes. How likely a bound this far below (or above) the figure is, as
     * against a number made up, falls off with the log margin on a scale of {@code BOUND_MARGIN}.
     */
    private static double boundChance(double low, double high) {
        double margin = Math.max(0, Math.log(Math.max(high, 1) / Math.max(low, 1)));
        return clamp(BOUND_MARGIN / LOG_SPREAD * Math.exp(margin / BOUND_MARGIN));
    }

    private static double logChance(double logWidth) {
        return clamp(logWidth / LOG_SPREAD);
    }

    private static double pointChance(double width) {
        return clamp(width / POINT_SPREAD);
    }

    private static double clamp(double chance) {
        return Math.max(0.003, Math.min(0.9, chance));
    }
}
