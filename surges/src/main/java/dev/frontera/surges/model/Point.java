package dev.frontera.surges.model;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * The point forecast of {@link SeasonalModel} from one origin: seasonal steps, momentum and the
 * last value, all on the log scale. Built from the first {@code length} values of {@code z}.
 */
final class Point {
    private final double[] steps;
    private final List<List<Double>> stepsByMonth;
    private final double last;
    private final double shock;
    private final double phi;
    private final YearMonth origin;

    private Point(double[] steps, List<List<Double>> stepsByMonth, double last, double shock, double phi,
            YearMonth origin) {
        this.steps = steps;
        this.stepsByMonth = stepsByMonth;
        this.last = last;
        this.shock = shock;
        this.phi = phi;
        this.origin = origin;
    }

    static Point of(double[] z, YearMonth first, int length) {
        YearMonth origin = first.plusMonths(length - 1L);
        int from = Math.max(1, length - 12 * SeasonalModel.SEASON_YEARS);
        List<List<Double>> byMonth = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            byMonth.add(new ArrayList<>());
        }
        if (length >= SeasonalModel.MIN_MONTHS) {
            for (int i = from; i < length; i++) {
                YearMonth month = first.plusMonths(i);
                if (!RegimeBreaks.crossesBreak(month)) {
                    byMonth.get(month.getMonthValue() - 1).add(z[i] - z[i - 1]);
                }
            }
        }
        double[] steps = new double[12];
        Median median = new Median();
        for (int m = 0; m < 12; m++) {
            List<Double> sample = byMonth.get(m);
            steps[m] = sample.size() >= 2 ? median.evaluate(toArray(sample)) : 0;
        }
        double mean = 0;
        for (double step : steps) {
            mean += step / 12;
        }
        for (int m = 0; m < 12; m++) {
            steps[m] -= mean;
        }
        // Seasonally adjusted steps, for the momentum.
        SimpleRegression regression = new SimpleRegression(false);
        Double previous = null;
        for (int i = from; i < length; i++) {
            YearMonth month = first.plusMonths(i);
            if (RegimeBreaks.crossesBreak(month)) {
                previous = null;
                continue;
            }
            double adjusted = z[i] - z[i - 1] - steps[month.getMonthValue() - 1];
            if (previous != null) {
                regression.addData(previous, adjusted);
            }
            previous = adjusted;
        }
        double phi = regression.getN() >= 12 ? clip(regression.getSlope(), 0, SeasonalModel.PHI_MAX) : 0;
        double shock = 0;
        if (length >= 2 && !RegimeBreaks.crossesBreak(origin)) {
            shock = clip(z[length - 1] - z[length - 2] - steps[origin.getMonthValue() - 1], -SeasonalModel.SHOCK_CAP,
                    SeasonalModel.SHOCK_CAP);
        }
        return new Point(steps, byMonth, z[length - 1], shock, Double.isNaN(phi) ? 0 : phi, origin);
    }

    /** The expected log value {@code h} months after the origin. */
    double forecast(int h) {
        double value = last;
        double carried = shock;
        for (int k = 1; k <= h; k++) {
            carried *= phi;
            value += steps[origin.plusMonths(k).getMonthValue() - 1] + carried;
        }
        return value;
    }

    /** The usual log step into a calendar month (1-12). */
    double step(int monthOfYear) {
        return steps[monthOfYear - 1];
    }

    /** The steps into a calendar month that the seasonal estimate used, one per year. */
    List<Double> observedSteps(int monthOfYear) {
        return List.copyOf(stepsByMonth.get(monthOfYear - 1));
    }

    double phi() {
        return phi;
    }

    YearMonth origin() {
        return origin;
    }

    private static double clip(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }

    private static double[] toArray(List<Double> values) {
        double[] array = new double[values.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = values.get(i);
        }
        return array;
    }
}
