package dev.frontera.surges.model;

import dev.frontera.surges.series.MonthlySeries;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

/**
 * {@link SeasonalModel} fitted to a series: forecasts from its last month, and the seasonal
 * pattern it estimated. Immutable.
 */
public final class Fit {
    private final MonthlySeries series;
    private final Point point;
    private final double[] lower;
    private final double[] upper;
    private final int errorsCounted;

    Fit(MonthlySeries series, Point point, double[] lower, double[] upper, int errorsCounted) {
        this.series = series;
        this.point = point;
        this.lower = lower.clone();
        this.upper = upper.clone();
        this.errorsCounted = errorsCounted;
    }

    public MonthlySeries series() {
        return series;
    }

    /** The last month the model saw: forecasts start the month after. */
    public YearMonth origin() {
        return point.origin();
    }

    /** The expected count {@code horizon} months after the origin (1 to {@value SeasonalModel#MAX_HORIZON}), with its 80% interval. */
    public Prediction predict(int horizon) {
        if (horizon < 1 || horizon > SeasonalModel.MAX_HORIZON) {
            throw new IllegalArgumentException("horizon must be 1 to " + SeasonalModel.MAX_HORIZON + ", not " + horizon);
        }
        YearMonth month = origin().plusMonths(horizon);
        double centre = point.forecast(horizon);
        return new Prediction(month, horizon, SeasonalModel.count(centre, month),
                SeasonalModel.count(centre + lower[horizon - 1], month),
                SeasonalModel.count(centre + upper[horizon - 1], month), SeasonalModel.LEVEL);
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
            running += point.step(m);
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
        List<Double> observed = point.observedSteps(monthOfYear);
        double median = Math.expm1(point.step(monthOfYear));
        if (observed.size() < 2) {
            return new UsualChange(monthOfYear, median, median, median, observed.size());
        }
        double[] sample = observed.stream().mapToDouble(Double::doubleValue).toArray();
        Percentile percentile = new Percentile().withEstimationType(Percentile.EstimationType.R_7);
        percentile.setData(sample);
        // Centred as the model's steps are, so the range sits around the median it reports.
        double shift = point.step(monthOfYear) - new org.apache.commons.math3.stat.descriptive.rank.Median().evaluate(sample);
        return new UsualChange(monthOfYear, median, Math.expm1(percentile.evaluate(10) + shift),
                Math.expm1(percentile.evaluate(90) + shift), observed.size());
    }

    /** The momentum coefficient estimated for this series. */
    public double phi() {
        return point.phi();
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
