package dev.frontera.surges;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.period.Period;
import dev.frontera.core.query.Release;
import dev.frontera.surges.model.Prediction;
import dev.frontera.surges.series.MonthlySeries;
import dev.frontera.surges.series.SeriesSpec;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code frontera forecast} and {@code GET /api/v1/forecast} show: for each month asked, the
 * seasonal baseline (and the official figure beside it, once published) or the forecast. By
 * default the baseline band of the last {@code bandMonths} published months, then the next months
 * forecast: what the overview chart draws as a band and a dashed continuation.
 */
public record ForecastView(
        SeriesSpec series,
        YearMonth lastOfficial,
        List<Typical> months,
        List<Release> releases,
        Optional<LocalDate> asOf,
        boolean perDay) {

    public static final int DEFAULT_BAND_MONTHS = 24;

    public ForecastView {
        requireNonNull(series, "series is null");
        requireNonNull(lastOfficial, "lastOfficial is null");
        months = List.copyOf(months);
        releases = List.copyOf(releases);
        requireNonNull(asOf, "asOf is null");
    }

    /**
     * The months of {@code period} (each published one with its baseline, each of the next three
     * with its forecast), or, with no period, the band and the next {@code horizon} months.
     */
    public static ForecastView of(
            SeasonalBaseline baseline,
            SeriesSpec series,
            Optional<Period> period,
            int horizon,
            int bandMonths,
            Optional<LocalDate> asOf,
            boolean perDay) {
        MonthlySeries official = baseline.series(series, asOf);
        List<YearMonth> wanted = new ArrayList<>();
        if (period.isPresent()) {
            wanted.addAll(period.get().months());
        } else {
            if (horizon < 1 || horizon > dev.frontera.surges.model.SeasonalModel.MAX_HORIZON) {
                throw dev.frontera.core.FronteraException.invalid(
                        "horizon must be 1 to %d months, not %d",
                        dev.frontera.surges.model.SeasonalModel.MAX_HORIZON, horizon);
            }
            YearMonth start = official.last().minusMonths(Math.max(0, bandMonths - 1L));
            if (!start.isAfter(official.first())) {
                start = official.first().plusMonths(1);
            }
            for (YearMonth month = start;
                    !month.isAfter(official.last().plusMonths(horizon));
                    month = month.plusMonths(1)) {
                wanted.add(month);
            }
        }
        List<Typical> months = new ArrayList<>();
        for (YearMonth month : wanted) {
            months.add(baseline.typicalFor(series, month, asOf));
        }
        return new ForecastView(series, official.last(), months, official.releases(), asOf, perDay);
    }

    /** The JSON tree: every model figure is marked {@code "official": false}. */
    public Map<String, Object> tree() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("series", series.label());
        root.put("label", Forecast.NOT_OFFICIAL);
        root.put("official", false);
        root.put(
                "model",
                "blend of last value, seasonal steps, damped momentum and a damped trend on the daily rate, weighted by their"
                        + " recent errors on this series; 80% intervals from the blend's own past errors; policy breaks 2020-03,"
                        + " 2023-05, 2024-06, 2025-01 left out of the seasonal estimate (docs/SURGES.md)");
        root.put("per_day", perDay);
        root.put("last_official_month", lastOfficial.toString());
        List<Map<String, Object>> baselineRows = new ArrayList<>();
        List<Map<String, Object>> forecastRows = new ArrayList<>();
        for (Typical typical : months) {
            Map<String, Object> row = prediction(typical.expected());
            if (perDay) {
                double days = typical.month().lengthOfMonth();
                row.put("expected", round(typical.expected().expected() / days));
                row.put("low", round(typical.expected().low() / days));
                row.put("high", round(typical.expected().high() / days));
            }
            row.put("horizon", typical.expected().horizon());
            if (typical.actual().isPresent()) {
                long actual = typical.actual().get();
                if (perDay) {
                    row.put(
                            "official_value",
                            round(actual / (double) typical.month().lengthOfMonth()));
                } else {
                    row.put("official_value", actual);
                }
                row.put("multiple", round(typical.multiple().orElse(0.0)));
                baselineRows.add(row);
            } else if (typical.month().isAfter(lastOfficial)) {
                forecastRows.add(row);
            } else {
                baselineRows.add(row);
            }
        }
        root.put("baseline", baselineRows);
        root.put("forecast", forecastRows);
        root.put(
                "releases",
                releases.stream()
                        .map(release -> Map.of(
                                "id",
                                release.id(),
                                "name",
                                release.name(),
                                "published",
                                release.published().toString()))
                        .toList());
        root.put("as_of", asOf.map(Object::toString).orElse(null));
        return root;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    /** A model's figure: expected, low and high of the 80% interval, marked as not official. */
    public static Map<String, Object> prediction(Prediction prediction) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("month", prediction.month().toString());
        node.put("expected", Math.round(prediction.expected()));
        node.put("low", Math.round(prediction.low()));
        node.put("high", Math.round(prediction.high()));
        node.put("level", prediction.level());
        node.put("official", false);
        return node;
    }
}
