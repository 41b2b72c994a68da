package dev.frontera.surges.model;

import dev.frontera.surges.series.MonthlySeries;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * {@link SeasonalModel} fitted to a series: forecasts from its last month, and the seasonal
 * pattern it estimated. Immutable.
 */
public final class Fit {
    private final MonthlySeries series;
    private final Components components;
    private final double[] center;
    private final double[] lower;
    private final double[] upper;
    private final List<Map<Component, Double>> weights;
    private final int errorsCounted;

    Fit(
            MonthlySeries series,
            Components components,
            double[] center,
            double[] lower,
            double[] upper,
            List<Map<Component, Double>> weights,
            int errorsCounted) {
        this.series = series;
        this.components = components;
        this.center = center.clone();
        this.lower = lower.clone();
        this.upper = upper.clone();
        this.weights = weights.stream()
                .map(w -> Collections.unmodifiableMap(new EnumMap<>(w)))
                .toList();
        this.errorsCounted = errorsCounted;
    }

    public MonthlySeries series() {
        return series;
    }

    /** The last month the model saw: forecasts start the month after. */
    public YearMonth origin() {
        return components.origin();
    }

    /** The expected count {@code horizon} months after the origin (1 to {@value SeasonalModel#MAX_HORIZON}), with its 80% interval. */
    public Prediction predict(int horizon) {
        if (horizon < 1 || horizon > SeasonalModel.MAX_HORIZON) {
            throw new IllegalArgumentException(
                    "horizon must be 1 to " + SeasonalModel.MAX_HORIZON + ", not " + horizon);
        }
        YearMonth month = origin().plusMonths(horizon);
        double expected = center[horizon - 1];
        return new Prediction(
                month,
                horizon,
                SeasonalModel.count(expected, month),
                SeasonalModel.count(expected + lower[horizon - 1], month),
                SeasonalModel.count(expected + upper[horizon - 1], month),
                SeasonalModel.LEVEL);
    }

    public List<Prediction> forecast(int horizon) {
        List<Prediction> predictions = new ArrayList<>();
        for (int h = 1; h <= horizon; h++) {
            predictions.add(predict(h));
        }
        return predictions;
    }

    /** Whether the series was long enough for seasonal steps ({@value SeasonalModel#MIN_MONTHS} months). */
    public boolean seasonal() {
        return series.size() >= SeasonalModel.MIN_MONTHS;
    }

    /**
     * How a calendar month (1-12) usually compares with the year's average level, as a ratio
     * (0.9: 10% below). From the seasonal steps, chained over the year and centred.
     */
    public double seasonalIndex(int monthOfYear) {
        double[] levels = new double[12];
        double running = 0;
        for (int m = 1; m <= 12; m++) {
            running += components.step(m);
            levels[m - 1] = running;
        }
        double mean = 0;
        for (double level : levels) {
            mean += level / 12;
        }
        return Math.exp(levels[monthOfYear - 1] - mean);
    }

    /**
     * The usual change into a calendar month from the month before, on the daily rate: the
     * median over the years the model used, and the 10% and 90% quantiles of those years.
     */
    public UsualChange usualChange(int monthOfYear) {
        List<Double> observed = components.observedSteps(monthOfYear);
        double median = Math.expm1(components.step(monthOfYear));
        if (observed.size() < 2) {
            return new UsualChange(monthOfYear, median, median, median, observed.size());
        }
        double[] sample = observed.stream().mapToDouble(Double::doubleValue).toArray();
        Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        percentile.setData(sample);
        // Centred as the model's steps are, so the range sits around the median it reports.
        double shift = components.step(monthOfYear) - new Median().evaluate(sample);
        return new UsualChange(
                monthOfYear,
                median,
                Math.expm1(percentile.evaluate(10) + shift),
                Math.expm1(percentile.evaluate(90) + shift),
                observed.size());
    }

    /**
     * How much each {@link Component} weighs in the forecast {@code horizon} months ahead (the
     * weights add up to 1), from the components' own recent errors on this series.
     */
    public Map<Component, Double> weights(int horizon) {
        return weights.get(horizon - 1);
    }

    /** How many one-month errors the interval was measured on (0: too few, the fallback was used). */
    public int errorsCounted() {
        return errorsCounted;
    }

    /**
     * The usual change into a month from the previous one, as fractions of the daily rate
     * ({@code -0.12}: 12% lower), over {@code years} years.
     */
    public record UsualChange(int monthOfYear, double median, double low, double high, int years) {}
}
