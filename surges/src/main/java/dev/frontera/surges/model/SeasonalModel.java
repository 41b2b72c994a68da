package dev.frontera.surges.model;

import dev.frontera.surges.series.MonthlySeries;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * The seasonal baseline and forecast model: a seasonal random walk on the log of the daily rate,
 * with a damped carry-over of last month's unusual move.
 *
 * <p>On {@code z = ln(count / days in month + 1/3)}:
 * <ol>
 * <li><b>Seasonal steps.</b> For each calendar month, the usual change into it from the month
 * before: the median of that month's steps over the last {@value #SEASON_YEARS} years, leaving
 * out steps that cross a {@link RegimeBreaks policy break}; centred so the twelve add to zero
 * (a trend is not a season). Medians, not means, so one odd year (a surge, a collapse) cannot
 * set the season.</li>
 * <li><b>Level.</b> The last month's value: on these series the last value is the hard forecast
 * to beat (the level moves with policy far more than with the season).</li>
 * <li><b>Momentum.</b> Last month's seasonally adjusted step, capped at +/-{@value #SHOCK_CAP}
 * and carried forward damped by {@code phi^h}; {@code phi} is the lag-one regression of adjusted
 * steps on the previous ones (through the origin), clipped to [0, {@value #PHI_MAX}]. Not
 * carried across a break month.</li>
 * <li><b>Intervals.</b> The model's own h-month errors, re-forecast from each of the last
 * {@value #ERROR_ORIGINS} months of the series, give the 10% and 90% quantiles; widened by
 * {@value #WIDEN} (errors measured inside the fitting span understate those to come; the factor
 * was set on the backtest, see docs/SURGES.md).</li>
 * </ol>
 * A series shorter than {@value #MIN_MONTHS} months gets no seasonal steps (the last value,
 * and intervals from its own month-to-month changes).
 */
public final class SeasonalModel {
    static final int SEASON_YEARS = 8;
    static final int ERROR_ORIGINS = 72;
    static final int MIN_MONTHS = 25;
    static final double SHOCK_CAP = 0.2;
    static final double PHI_MAX = 0.5;
    static final double WIDEN = 1.2;
    static final double LEVEL = 0.8;
    /** Added to the daily rate before the log: a third of an encounter a day, about 10 a month. */
    static final double OFFSET = 1.0 / 3.0;
    public static final int MAX_HORIZON = 3;

    private SeasonalModel() {}

    /** Fits the model to a whole series; its forecasts start the month after the series ends. */
    public static Fit fit(MonthlySeries series) {
        double[] z = logs(series);
        YearMonth first = series.first();
        Point point = Point.of(z, first, z.length);
        int errorsFrom = Math.max(MIN_MONTHS - 1, z.length - 1 - ERROR_ORIGINS - MAX_HORIZON);
        List<List<Double>> errors = new ArrayList<>();
        for (int h = 0; h < MAX_HORIZON; h++) {
            errors.add(new ArrayList<>());
        }
        for (int origin = errorsFrom; origin < z.length - 1; origin++) {
            Point past = Point.of(z, first, origin + 1);
            for (int h = 1; h <= MAX_HORIZON && origin + h < z.length; h++) {
                errors.get(h - 1).add(z[origin + h] - past.forecast(h));
            }
        }
        double[] lower = new double[MAX_HORIZON];
        double[] upper = new double[MAX_HORIZON];
        for (int h = 0; h < MAX_HORIZON; h++) {
            double[] sample = errors.get(h).size() >= 12 ? toArray(errors.get(h)) : fallbackErrors(z, h + 1);
            Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
            percentile.setData(sample);
            lower[h] = Math.min(0, percentile.evaluate(100 * (1 - LEVEL) / 2)) * WIDEN;
            upper[h] = Math.max(0, percentile.evaluate(100 * (1 + LEVEL) / 2)) * WIDEN;
        }
        return new Fit(series, point, lower, upper, errors.get(0).size());
    }

    /** The model's scale: log of the daily rate plus the offset. */
    static double log(double count, YearMonth month) {
        return Math.log(Math.max(0, count) / month.lengthOfMonth() + OFFSET);
    }

    /** Back from the model's scale to a monthly count. */
    static double count(double log, YearMonth month) {
        return Math.max(0, (Math.exp(log) - OFFSET) * month.lengthOfMonth());
    }

    private static double[] logs(MonthlySeries series) {
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
            changes.add(z[i] - z[i - h]);
        }
        if (changes.size() < 2) {
            // One or two months say nothing about spread: a wide, honest interval (a factor of 2 each way).
            return new double[] {-Math.log(2), Math.log(2)};
        }
        double[] sample = toArray(changes);
        for (int i = 0; i < sample.length; i++) {
            sample[i] = Math.abs(sample[i]);
        }
        double[] both = new double[sample.length * 2];
        for (int i = 0; i < sample.length; i++) {
            both[2 * i] = sample[i];
            both[2 * i + 1] = -sample[i];
        }
        return both;
    }

    private static double[] toArray(List<Double> values) {
        double[] array = new double[values.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = values.get(i);
        }
        return array;
    }
}
