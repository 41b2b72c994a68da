package dev.frontera.surges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.core.dimension.Region;
import dev.frontera.core.query.Measure;
import dev.frontera.data.PublishedRecord;
import dev.frontera.surges.model.Prediction;
import dev.frontera.surges.series.MonthlySeries;
import dev.frontera.surges.series.SeriesSpec;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The API the claim checker calls for claims about seasons, on the published CSV releases. */
class TestSeasonalBaseline {
    private static final SeriesSpec SOUTHWEST = SeriesSpec.of(Measure.ENCOUNTERS, Region.SOUTHWEST);

    private final SeasonalBaseline baseline = SeasonalBaseline.over(PublishedRecord.engine());

    @Test
    void typical_for_a_published_month_is_the_forecast_from_the_month_before_with_the_official_figure() {
        Typical december = baseline.typicalFor(SOUTHWEST, YearMonth.of(2023, 12));
        assertThat(december.actual()).contains(301_981L);
        assertThat(december.basedOnLast()).isEqualTo(YearMonth.of(2023, 11));
        Prediction expected = december.expected();
        assertThat(expected.month()).isEqualTo(YearMonth.of(2023, 12));
        assertThat(expected.horizon()).isEqualTo(1);
        assertThat(expected.low()).isLessThan(expected.expected());
        assertThat(expected.high()).isGreaterThan(expected.expected());
        assertThat(expected.expected()).isBetween(150_000.0, 350_000.0);
        assertThat(december.multiple()).isPresent();
        assertThat(december.aboveTypical()).isEqualTo(301_981 > expected.high());
        assertThat(december.releases())
                .extracting(release -> release.family().slug())
                .contains("nationwide-by-state");
    }

    @Test
    void the_usual_seasonal_dip_of_january_and_rise_of_march() {
        Typical january = baseline.typicalFor(SOUTHWEST, YearMonth.of(2024, 1));
        assertThat(january.usuallyDips()).isTrue();
        assertThat(january.usualChange().years()).isGreaterThanOrEqualTo(3);
        assertThat(january.usualChange().low())
                .isLessThanOrEqualTo(january.usualChange().median());
        assertThat(january.usualChange().high())
                .isGreaterThanOrEqualTo(january.usualChange().median());
        Typical march = baseline.typicalFor(SOUTHWEST, YearMonth.of(2024, 3));
        assertThat(march.usuallyDips()).isFalse();
        assertThat(march.seasonalIndex()).isGreaterThan(january.seasonalIndex());
    }

    @Test
    void as_of_a_date_uses_only_the_releases_published_by_then() {
        Typical december =
                baseline.typicalFor(SOUTHWEST, YearMonth.of(2023, 12), Optional.of(LocalDate.of(2024, 1, 26)));
        // As first published; the next release revised it to 301,981.
        assertThat(december.actual()).contains(302_034L);
        assertThat(december.releases()).allMatch(release -> !release.published().isAfter(LocalDate.of(2024, 1, 26)));
        MonthlySeries series = baseline.series(SOUTHWEST, Optional.of(LocalDate.of(2024, 1, 26)));
        assertThat(series.last()).isEqualTo(YearMonth.of(2023, 12));
    }

    @Test
    void forecasts_reach_three_months_past_the_last_published_and_no_further() {
        MonthlySeries series = baseline.series(SOUTHWEST, Optional.empty());
        Forecast forecast = baseline.forecast(SOUTHWEST, 3, Optional.empty());
        assertThat(forecast.lastOfficial()).isEqualTo(series.last());
        assertThat(forecast.predictions())
                .extracting(Prediction::month)
                .containsExactly(
                        series.last().plusMonths(1),
                        series.last().plusMonths(2),
                        series.last().plusMonths(3));
        assertThat(baseline.typicalFor(SOUTHWEST, series.last().plusMonths(2)).actual())
                .isEmpty();
        assertThatThrownBy(() -> baseline.typicalFor(SOUTHWEST, series.last().plusMonths(4)))
                .isInstanceOfSatisfying(
                        FronteraException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_COVERED))
                .hasMessageContaining("3 months ahead at most");
        assertThatThrownBy(() -> baseline.forecast(SOUTHWEST, 4, Optional.empty()))
                .hasMessageContaining("horizon");
    }

    @Test
    void a_month_before_the_series_has_no_baseline() {
        MonthlySeries series = baseline.series(SOUTHWEST, Optional.empty());
        assertThatThrownBy(() -> baseline.typicalFor(SOUTHWEST, series.first()))
                .isInstanceOfSatisfying(
                        FronteraException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_COVERED));
    }
}
