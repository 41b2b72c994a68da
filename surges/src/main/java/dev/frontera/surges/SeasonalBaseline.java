package dev.frontera.surges;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.core.query.OfficialRecord;
import dev.frontera.surges.model.Fit;
import dev.frontera.surges.model.Prediction;
import dev.frontera.surges.model.SeasonalModel;
import dev.frontera.surges.series.MonthlySeries;
import dev.frontera.surges.series.SeriesReader;
import dev.frontera.surges.series.SeriesSpec;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The front door of the seasonal model: what is typical for a series in a month, the baseline
 * band behind the official figures, and forecasts of the next one to three months. Reads the
 * series from the official record; every result names the releases it rests on. Thread-safe.
 *
 * <pre>{@code
 * SeasonalBaseline baseline = SeasonalBaseline.over(engine);
 * Typical december = baseline.typicalFor(SeriesSpec.of(Measure.ENCOUNTERS, Region.SOUTHWEST),
 *         YearMonth.of(2023, 12));
 * december.aboveTypical();                 // the official figure is above the 80% interval
 * december.usualChange().median();          // the usual change from November to December
 * }</pre>
 *
 * <p>For claims about seasons ("the usual seasonal dip", "higher than is typical for December"):
 * {@link #typicalFor} gives the expected value with its interval and the usual change into the
 * month, with the releases it came from.
 */
public final class SeasonalBaseline {
    private static final int CACHE_LIMIT = 2_048;

    private final SeriesReader reader;
    private final Map<SeriesKey, MonthlySeries> seriesCache = new ConcurrentHashMap<>();
    private final Map<FitKey, Fit> fitCache = new ConcurrentHashMap<>();

    private record SeriesKey(SeriesSpec spec, Optional<LocalDate> asOf) {}

    private record FitKey(SeriesSpec spec, Optional<LocalDate> asOf, YearMonth origin) {}

    private SeasonalBaseline(OfficialRecord record) {
        this.reader = new SeriesReader(record);
    }

    /** A baseline over a record that does not change under it (a query engine over a store). */
    public static SeasonalBaseline over(OfficialRecord record) {
        return new SeasonalBaseline(requireNonNull(record, "record is null"));
    }

    /** The series as the record stood on {@code asOf} (or now): the longest unbroken run of months. */
    public MonthlySeries series(SeriesSpec spec, Optional<LocalDate> asOf) {
        SeriesKey key = new SeriesKey(requireNonNull(spec, "spec is null"), requireNonNull(asOf, "asOf is null"));
        MonthlySeries cached = seriesCache.get(key);
        if (cached == null) {
            cached = reader.read(spec, asOf);
            bound(seriesCache);
            seriesCache.put(key, cached);
        }
        return cached;
    }

    /** {@link #typicalFor(SeriesSpec, YearMonth, Optional)} from the latest releases. */
    public Typical typicalFor(SeriesSpec spec, YearMonth month) {
        return typicalFor(spec, month, Optional.empty());
    }

    /**
     * What was typical for {@code month}: for a published month, the baseline forecast from the
     * month before, with the official figure beside it; for one of the next three months, the
     * forecast.
     *
     * @throws FronteraException {@code NOT_COVERED} when the series does not reach back far
     *     enough before the month, or the month is more than three months past the last published
     */
    public Typical typicalFor(SeriesSpec spec, YearMonth month, Optional<LocalDate> asOf) {
        MonthlySeries series = series(spec, asOf);
        YearMonth origin = month.isAfter(series.last()) ? series.last() : month.minusMonths(1);
        int horizon = (int) java.time.temporal.ChronoUnit.MONTHS.between(origin, month);
        if (horizon > SeasonalModel.MAX_HORIZON) {
            throw new FronteraException(
                    ErrorCode.NOT_COVERED,
                    ("%s is %d months after the last published month of %s"
                                    + " (%s); the baseline reaches %d months ahead at most")
                            .formatted(month, horizon, spec.label(), series.last(), SeasonalModel.MAX_HORIZON));
        }
        if (origin.isBefore(series.first())) {
            throw new FronteraException(
                    ErrorCode.NOT_COVERED,
                    ("no baseline for %s in %s: the record holds the series"
                                    + " only from %s, and a baseline needs the months before")
                            .formatted(spec.label(), month, series.first()));
        }
        Fit fit = fit(series, origin);
        Prediction expected = fit.predict(horizon);
        Optional<Long> actual = series.valueOf(month);
        return new Typical(
                spec,
                month,
                expected,
                actual,
                actual.map(expected::multiple),
                fit.seasonalIndex(month.getMonthValue()),
                fit.usualChange(month.getMonthValue()),
                series.first(),
                origin,
                series.releases(),
                asOf);
    }

    /** The next {@code horizon} months (1 to 3) after the last published one. */
    public Forecast forecast(SeriesSpec spec, int horizon, Optional<LocalDate> asOf) {
        if (horizon < 1 || horizon > SeasonalModel.MAX_HORIZON) {
            throw FronteraException.invalid(
                    "horizon must be 1 to %d months, not %d", SeasonalModel.MAX_HORIZON, horizon);
        }
        MonthlySeries series = series(spec, asOf);
        Fit fit = fit(series, series.last());
        return new Forecast(
                spec, series.last(), series.value(series.size() - 1), fit.forecast(horizon), series.releases(), asOf);
    }

    /**
     * The baseline band under the official figures: for each of the last {@code months} published
     * months, what the model expected from the month before, with its interval.
     */
    public List<Prediction> band(SeriesSpec spec, int months, Optional<LocalDate> asOf) {
        MonthlySeries series = series(spec, asOf);
        List<Prediction> band = new ArrayList<>();
        YearMonth start = series.last().minusMonths(Math.max(0, months - 1L));
        for (YearMonth month = start; !month.isAfter(series.last()); month = month.plusMonths(1)) {
            if (month.isAfter(series.first())) {
                band.add(fit(series, month.minusMonths(1)).predict(1));
            }
        }
        return band;
    }

    /** The model fitted to the series up to {@code origin}. */
    public Fit fit(MonthlySeries series, YearMonth origin) {
        FitKey key = new FitKey(series.spec(), series.asOf(), origin);
        Fit cached = fitCache.get(key);
        if (cached == null) {
            cached = SeasonalModel.fit(series.through(origin));
            bound(fitCache);
            fitCache.put(key, cached);
        }
        return cached;
    }

    private static void bound(Map<?, ?> cache) {
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
    }
}
