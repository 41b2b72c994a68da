package dev.frontera.surges.model;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;

/**
 * What the model expects for a month, with an interval that should hold the official figure
 * {@code level} of the time (0.8 for 80%). Never an official figure.
 *
 * @param horizon months between the last month the model saw and this one (1 = the next month)
 */
public record Prediction(YearMonth month, int horizon, double expected, double low, double high, double level) {

    public Prediction {
        requireNonNull(month, "month is null");
        if (!(low <= expected && expected <= high)) {
            throw new IllegalArgumentException("interval %.1f..%.1f does not hold %.1f".formatted(low, high, expected));
        }
    }

    /**
     * How far a figure lies from the expected value, in multiples of the interval's half-width on
     * its side: 0 at the expected value, 1 at the interval's edge, 2 twice as far out. Signed:
     * negative below. Measured on the log scale the model works on, so it means the same for a
     * series of 200 a month and one of 200,000.
     */
    public double multiple(long actual) {
        double value = SeasonalModel.log(actual, month);
        double centre = SeasonalModel.log(expected, month);
        double edge = SeasonalModel.log(actual >= expected ? high : low, month);
        double halfWidth = Math.abs(edge - centre);
        return halfWidth == 0 ? 0 : (value - centre) / halfWidth;
    }

    public boolean holds(long actual) {
        return actual >= low && actual <= high;
    }
}
