package dev.frontera.surges;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.query.Release;
import dev.frontera.surges.model.Fit;
import dev.frontera.surges.model.Prediction;
import dev.frontera.surges.series.SeriesSpec;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * What is typical for a series in a month, by the seasonal baseline: the value expected from
 * the season and the level of the months before (never from the month itself), its 80%
 * interval, the official figure when there is one, and the seasonal pattern behind it.
 *
 * @param expected the baseline: the model's forecast for the month from the month before
 * @param actual the official figure for the month, when published
 * @param multiple how far the official figure lies from the baseline, in interval half-widths
 *     (beyond 1: outside the 80% interval); empty with no official figure
 * @param seasonalIndex the month's usual level against the year's average (1.08: 8% above)
 * @param usualChange the usual change into this calendar month from the month before
 * @param basedOn the months of official figures the baseline was estimated on
 * @param releases the releases those figures came from
 * @param asOf the date of the record used (releases published by then), empty for the latest
 */
public record Typical(
        SeriesSpec series,
        YearMonth month,
        Prediction expected,
        Optional<Long> actual,
        Optional<Double> multiple,
        double seasonalIndex,
        Fit.UsualChange usualChange,
        YearMonth basedOnFirst,
        YearMonth basedOnLast,
        List<Release> releases,
        Optional<LocalDate> asOf) {

    public Typical {
        requireNonNull(series, "series is null");
        requireNonNull(month, "month is null");
        requireNonNull(expected, "expected is null");
        requireNonNull(actual, "actual is null");
        requireNonNull(multiple, "multiple is null");
        requireNonNull(usualChange, "usualChange is null");
        releases = List.copyOf(releases);
        requireNonNull(asOf, "asOf is null");
    }

    /** The official figure lies above the 80% interval. */
    public boolean aboveTypical() {
        return actual.isPresent() && actual.get() > expected.high();
    }

    /** The official figure lies below the 80% interval. */
    public boolean belowTypical() {
        return actual.isPresent() && actual.get() < expected.low();
    }

    /** Whether the calendar month usually falls from the month before (a "seasonal dip"). */
    public boolean usuallyDips() {
        return usualChange.median() < 0;
    }
}
