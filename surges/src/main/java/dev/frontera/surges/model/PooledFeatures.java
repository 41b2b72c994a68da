package dev.frontera.surges.model;

import dev.frontera.surges.series.MonthlySeries;
import java.time.YearMonth;

/**
 * What a pooled (global) model learns from, for every origin and horizon of one series: a few
 * numbers that mean the same on any series, so one regression can be fitted across hundreds of
 * them. Every row at origin {@code o} is made from the months up to {@code o} only; its target, the
 * change from the level to the month {@code h} ahead, is the only figure from after it.
 *
 * <p>All on the model's log scale ({@link SeasonalModel}), as changes from the origin's level (the
 * last month's, or after a break the rate of the days after it):
 * <ol>
 * <li>the {@link SeasonalModel} blend's forecast, the seasonal component's (the robust seasonal
 *     log-ratio of the target month against the origin's), and the damped trend's;</li>
 * <li>the last three month-on-month changes (0 across a break);</li>
 * <li>the level against the mean of the last 12 months;</li>
 * <li>how far the level was moved for a break in the origin month, whether the origin lies inside
 *     Title 42, and how recent the last break was (1 in its month, down to 0 a year on).</li>
 * </ol>
 * Features and targets are capped at +/-{@value #CAP} (a factor of e), so one collapse of a small
 * series cannot set a coefficient.
 *
 * <p>Only the backtest's pooled trial reads these ({@code bench/.../PooledBacktest}): a pooled model
 * fitted on them did worse than the seasonal model on the held-out span and is not in the product
 * (docs/SURGES.md, "Tried and not kept"). They stay here because they read the model's components.
 */
public final class PooledFeatures {
    /** The number of features, the constant first. */
    public static final int COUNT = 11;
    /** The first of the regime features (break-month level shift, Title 42, months since a break), the last three. */
    public static final int FIRST_REGIME = 8;

    static final double CAP = 1.0;

    private final MonthlySeries series;
    private final double[] z;
    private final Components[] components;
    private final double[][] blended;

    private PooledFeatures(MonthlySeries series) {
        this.series = series;
        this.z = SeasonalModel.logs(series);
        this.components = SeasonalModel.components(z, series.first(), ModelSettings.DEFAULT);
        this.blended = SeasonalModel.blended(z, series.first(), components, ModelSettings.DEFAULT);
    }

    /** The features of every origin of a series (the blend's past forecasts are computed once, as a fit does). */
    public static PooledFeatures of(MonthlySeries series) {
        return new PooledFeatures(series);
    }

    public MonthlySeries series() {
        return series;
    }

    /** The level forecasts start from at an origin (log scale). */
    public double level(int origin) {
        return components[origin].forecast(Component.LAST_VALUE, 1);
    }

    /** The {@link SeasonalModel} blend's forecast from an origin (log scale), as a fit at that origin gives it. */
    public double blend(int origin, int h) {
        return blended[origin][h - 1];
    }

    /** The change the pooled model learns to forecast: from the level at the origin to the month {@code h} ahead. */
    public double target(int origin, int h) {
        return cap(z[origin + h] - level(origin));
    }

    /**
     * The change the pooled model learns when it corrects the seasonal model: from the blend's
     * forecast to the month {@code h} ahead. A penalised fit then shrinks toward the seasonal model
     * rather than toward the last value.
     */
    public double correction(int origin, int h) {
        return cap(z[origin + h] - blended[origin][h - 1]);
    }

    /**
     * Whether a row may train the pooled model: the origin has two years behind it (the seasonal
     * steps and the blend need them), the path to the target crosses no break month (no feature
     * could have seen it coming, as in {@link Blend}), and the series averaged at least
     * {@code minimum} a month over the year to the origin (tiny series are mostly noise).
     */
    public boolean trains(int origin, int h, double minimum) {
        if (origin < SeasonalModel.MIN_MONTHS - 1 || origin + h >= z.length) {
            return false;
        }
        for (int k = 1; k <= h; k++) {
            if (RegimeBreaks.isBreakMonth(series.month(origin + k))) {
                return false;
            }
        }
        return meanCount(origin) >= minimum;
    }

    /** The mean monthly count over the 12 months to the origin. */
    public double meanCount(int origin) {
        double total = 0;
        int from = Math.max(0, origin - 11);
        for (int i = from; i <= origin; i++) {
            total += series.value(i);
        }
        return total / (origin - from + 1);
    }

    /** The features of the forecast {@code h} months ahead of an origin, from the months up to it only. */
    public double[] row(int origin, int h) {
        Components own = components[origin];
        double level = level(origin);
        YearMonth month = series.month(origin);
        double mean = 0;
        int from = Math.max(0, origin - 11);
        for (int i = from; i <= origin; i++) {
            mean += z[i] / (origin - from + 1);
        }
        return new double[] {
            1,
            cap(blended[origin][h - 1] - level),
            cap(own.forecast(Component.SEASONAL, h) - level),
            cap(own.forecast(Component.DAMPED_TREND, h) - level),
            change(origin),
            change(origin - 1),
            change(origin - 2),
            cap(level - mean),
            cap(level - z[origin]),
            RegimeBreaks.inTitle42(month) ? 1 : 0,
            sinceBreak(month)
        };
    }

    /** The month-on-month change into month {@code i}; 0 across a break or before the series. */
    private double change(int i) {
        if (i < 1 || RegimeBreaks.crossesBreak(series.month(i))) {
            return 0;
        }
        return cap(z[i] - z[i - 1]);
    }

    /** 1 in a break's month, falling to 0 twelve months on; 0 before the first break. */
    private static double sinceBreak(YearMonth month) {
        double recent = 0;
        for (YearMonth broken : RegimeBreaks.MONTHS) {
            long months = java.time.temporal.ChronoUnit.MONTHS.between(broken, month);
            if (months >= 0 && months < 12) {
                recent = Math.max(recent, 1 - months / 12.0);
            }
        }
        return recent;
    }

    /** A forecast as a count, from a log-scale centre and the interval's offsets around it. */
    public static Prediction prediction(YearMonth month, int h, double center, double lower, double upper) {
        return new Prediction(
                month,
                h,
                SeasonalModel.count(center, month),
                SeasonalModel.count(center + Math.min(0, lower), month),
                SeasonalModel.count(center + Math.max(0, upper), month),
                SeasonalModel.LEVEL);
    }

    /** A prediction's expected value on the log scale. */
    public static double center(Prediction prediction) {
        return SeasonalModel.log(prediction.expected(), prediction.month());
    }

    /** A prediction's interval as log-scale offsets from its centre: {lower, upper}. */
    public static double[] offsets(Prediction prediction) {
        YearMonth month = prediction.month();
        double center = center(prediction);
        return new double[] {
            SeasonalModel.log(prediction.low(), month) - center, SeasonalModel.log(prediction.high(), month) - center
        };
    }

    private static double cap(double value) {
        return Math.max(-CAP, Math.min(CAP, value));
    }
}
