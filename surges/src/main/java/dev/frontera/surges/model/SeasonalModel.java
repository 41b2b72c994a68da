package dev.frontera.surges.model;

import dev.frontera.surges.series.MonthlySeries;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * The seasonal baseline and forecast model: a blend of five simple forecasts of the log of the
 * daily rate, weighted by how well each has done lately on the series itself.
 *
 * <p>On {@code z = ln(count / days in month + 1/3)}, with the constants of {@link ModelSettings#DEFAULT}:
 * <ol>
 * <li><b>Seasonal steps.</b> For each calendar month, the usual change into it from the month
 * before: the median of that month's steps over the last 8 years, leaving
 * out steps that cross a {@link RegimeBreaks policy break}; centred so the twelve add to zero
 * (a trend is not a season).</li>
 * <li><b>Level.</b> The last month's value; in a break month, the rate of the days after the
 * break.</li>
 * <li><b>Five components</b> ({@link Component}): the level alone, plus the seasonal steps, plus
 * last month's move (capped at +/-0.2, about 20%, and halved each further month), or
 * plus both; and Holt's damped-trend smoothing of the seasonally adjusted series (level weight
 * 0.5, trend weight 0.5, damping 0.9) plus the seasonal steps.</li>
 * <li><b>Blend.</b> At each horizon the components are weighted by the inverse of their mean
 * squared error over their last 24 forecasts whose outcome is known
 * ({@link Blend}).</li>
 * <li><b>Intervals.</b> The blend's own past errors at each horizon, from each of the last
 * 72 origins, each divided by the typical size of the blend's one-month
 * errors just before it (the median of the last 6); their 10% and 90%
 * quantiles, times the same typical size now, times 1.1, give the 80% interval. So
 * the interval widens as soon as the series turns erratic and narrows as it calms.</li>
 * </ol>
 * Every figure at an origin comes from the months up to it only. The constants and their choice are
 * documented in docs/SURGES.md.
 */
public final class SeasonalModel {
    static final int MIN_MONTHS = 25;
    static final int BLEND_MIN = 12;
    /** The typical one-month error is never taken below 2%, so a quiet spell cannot shrink an interval to nothing. */
    static final double SCALE_FLOOR = 0.02;
    /** After a break, the rate of the days after it is taken to be at least this share of the month's average. */
    static final double BREAK_FLOOR = 0.1;

    static final double LEVEL = 0.8;
    /** Added to the daily rate before the log: a third of an encounter a day, about 10 a month. */
    static final double OFFSET = 1.0 / 3.0;

    public static final int MAX_HORIZON = 3;

    private SeasonalModel() {}

    /** Fits the model to a whole series; its forecasts start the month after the series ends. */
    public static Fit fit(MonthlySeries series) {
        return fit(series, ModelSettings.DEFAULT);
    }

    /** Fits the model with other constants (the backtest's selection runs). */
    public static Fit fit(MonthlySeries series, ModelSettings settings) {
        double[] z = logs(series);
        YearMonth first = series.first();
        int last = z.length - 1;
        Components[] components = components(z, first, settings);
        double[][] blended = blended(z, first, components, settings);
        Components own = components[last];
        List<Map<Component, Double>> weights = new ArrayList<>();
        for (int h = 1; h <= MAX_HORIZON; h++) {
            weights.add(Blend.weights(z, first, components, last, h, settings));
        }
        double[] center = blended[last];
        double[] lower = new double[MAX_HORIZON];
        double[] upper = new double[MAX_HORIZON];
        int errorsCounted = 0;
        ModelSettings.Intervals intervals = settings.intervals();
        for (int h = 1; h <= MAX_HORIZON; h++) {
            int scaleHorizon = intervals.byHorizon() ? h : 1;
            double scaleNow = intervals.scaled() ? scale(z, blended, last, intervals.scaleOrigins(), scaleHorizon) : 1;
            List<Double> errors = new ArrayList<>();
            for (int origin = Math.max(MIN_MONTHS - 1, last - intervals.errorOrigins() - h + 1);
                    origin + h <= last;
                    origin++) {
                double scale =
                        intervals.scaled() ? scale(z, blended, origin, intervals.scaleOrigins(), scaleHorizon) : 1;
                if (!Double.isNaN(scale)) {
                    errors.add((z[origin + h] - blended[origin][h - 1]) / scale);
                }
            }
            double[] sample;
            double size;
            if (errors.size() >= 12 && !Double.isNaN(scaleNow)) {
                sample = errors.stream().mapToDouble(Double::doubleValue).toArray();
                size = scaleNow;
            } else {
                sample = fallbackErrors(z, h);
                size = 1;
            }
            if (h == 1) {
                errorsCounted = errors.size() >= 12 ? errors.size() : 0;
            }
            Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
            percentile.setData(sample);
            lower[h - 1] = Math.min(0, percentile.evaluate(100 * (1 - LEVEL) / 2)) * intervals.widen() * size;
            upper[h - 1] = Math.max(0, percentile.evaluate(100 * (1 + LEVEL) / 2)) * intervals.widen() * size;
        }
        return new Fit(series, own, center, lower, upper, weights, errorsCounted);
    }

    /** The components from every origin: {@code [o]} sees the months up to index {@code o} only. */
    static Components[] components(double[] z, YearMonth first, ModelSettings settings) {
        Components[] components = new Components[z.length];
        for (int origin = 0; origin < z.length; origin++) {
            components[origin] = Components.of(z, first, origin + 1, settings);
        }
        return components;
    }

    /**
     * The blend's forecast from every origin, horizon {@code h} at {@code [o][h - 1]}: what the
     * model would have said at each origin, from the months up to it only. Its errors weigh the
     * components and set the intervals.
     */
    static double[][] blended(double[] z, YearMonth first, Components[] components, ModelSettings settings) {
        double[][] blended = new double[z.length][MAX_HORIZON];
        for (int origin = 0; origin < z.length; origin++) {
            for (int h = 1; h <= MAX_HORIZON; h++) {
                Map<Component, Double> w = Blend.weights(z, first, components, origin, h, settings);
                blended[origin][h - 1] = Blend.forecast(components[origin], w, h);
            }
        }
        return blended;
    }

    /** The blend's forecasts from every origin of a series, as counts (for tests of what each origin saw). */
    static double[][] pastForecasts(MonthlySeries series) {
        double[] z = logs(series);
        double[][] blended =
                blended(z, series.first(), components(z, series.first(), ModelSettings.DEFAULT), ModelSettings.DEFAULT);
        double[][] counts = new double[z.length][MAX_HORIZON];
        for (int origin = 0; origin < z.length; origin++) {
            for (int h = 1; h <= MAX_HORIZON; h++) {
                counts[origin][h - 1] =
                        count(blended[origin][h - 1], series.month(origin).plusMonths(h));
            }
        }
        return counts;
    }

    /**
     * The typical size of the blend's {@code h}-month errors just before {@code origin}: the median
     * of the last {@code count} (targets up to the origin), at least {@value #SCALE_FLOOR}; NaN with
     * fewer than three.
     */
    private static double scale(double[] z, double[][] blended, int origin, int count, int h) {
        List<Double> sizes = new ArrayList<>();
        for (int past = Math.max(1, origin - count - h + 1); past + h <= origin; past++) {
            sizes.add(Math.abs(z[past + h] - blended[past][h - 1]));
        }
        if (sizes.size() < 3) {
            return Double.NaN;
        }
        return Math.max(
                SCALE_FLOOR,
                new Median()
                        .evaluate(
                                sizes.stream().mapToDouble(Double::doubleValue).toArray()));
    }

    /** The model's scale: log of the daily rate plus the offset. */
    static double log(double count, YearMonth month) {
        return logOfRate(Math.max(0, count) / month.lengthOfMonth());
    }

    static double logOfRate(double dailyRate) {
        return Math.log(dailyRate + OFFSET);
    }

    /** The daily rate a value on the model's scale stands for. */
    static double dailyRate(double log) {
        return Math.max(0, Math.exp(log) - OFFSET);
    }

    /** Back from the model's scale to a monthly count. */
    static double count(double log, YearMonth month) {
        return dailyRate(log) * month.lengthOfMonth();
    }

    static double[] logs(MonthlySeries series) {
        double[] z = new double[series.size()];
        for (int i = 0; i < z.length; i++) {
            z[i] = log(series.value(i), series.month(i));
        }
        return z;
    }

    /** With too few errors to count: the spread of the series' own h-month changes. */
    private static double[] fallbackErrors(double[] z, int h) {
        List<Double> changes = new ArrayList<>();
        for (int i = h; i < z.length; i++) {
            changes.add(Math.abs(z[i] - z[i - h]));
        }
        if (changes.size() < 2) {
            // One or two months say nothing about spread: a wide, honest interval (a factor of 2 each way).
            return new double[] {-Math.log(2), Math.log(2)};
        }
        double[] both = new double[changes.size() * 2];
        for (int i = 0; i < changes.size(); i++) {
            both[2 * i] = changes.get(i);
            both[2 * i + 1] = -changes.get(i);
        }
        return both;
    }
}
