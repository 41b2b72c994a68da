package dev.frontera.surges;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.query.Release;
import dev.frontera.surges.model.Prediction;
import dev.frontera.surges.series.SeriesSpec;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The model's forecast of the months after the last official one: never an official figure,
 * and always shown as such.
 *
 * @param lastOfficial the last month with an official figure (the forecast's origin)
 * @param lastValue that month's official figure
 * @param releases the releases the model read
 */
public record Forecast(
        SeriesSpec series,
        YearMonth lastOfficial,
        long lastValue,
        List<Prediction> predictions,
        List<Release> releases,
        Optional<LocalDate> asOf) {

    /** The label every forecast carries wherever it is shown. */
    public static final String NOT_OFFICIAL = "Forecast by Frontera's seasonal model, not an official figure";

    public Forecast {
        requireNonNull(series, "series is null");
        requireNonNull(lastOfficial, "lastOfficial is null");
        predictions = List.copyOf(predictions);
        releases = List.copyOf(releases);
        requireNonNull(asOf, "asOf is null");
    }
}
