package dev.frontera.surges.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.frontera.core.query.Measure;
import dev.frontera.surges.series.MonthlySeries;
import dev.frontera.surges.series.SeriesSpec;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

class TestSeasonalModel {
    private static final SeriesSpec SPEC = SeriesSpec.of(Measure.ENCOUNTERS, Optional.of("southwest"));
    /** A seasonal pattern on the daily rate: low in winter, a spring peak. */
    private static final double[] SEASON = {-0.25, -0.15, 0.10, 0.20, 0.25, 0.10, 0.0, 0.05, 0.05, 0.0, -0.05, -0.30};

    @Test
    void recovers_the_seasonal_pattern_of_a_clean_series() {
        MonthlySeries series = series(YearMonth.of(2012, 10), 120, i -> 0, new Random(1), 0.0);
        Fit fit = SeasonalModel.fit(series);
        assertThat(fit.seasonal()).isTrue();
        // December usually falls from November, May is the year's high.
        assertThat(fit.usualChange(12).median()).isCloseTo(Math.exp(SEASON[11] - SEASON[10]) - 1, within(0.04));
        assertThat(fit.seasonalIndex(5)).isGreaterThan(fit.seasonalIndex(12));
        assertThat(fit.seasonalIndex(5) / fit.seasonalIndex(12)).isCloseTo(Math.exp(SEASON[4] - SEASON[11]), within(0.06));
    }

    @Test
    void a_known_break_does_not_poison_the_season() {
        // The level falls to a third in June 2024 (the proclamation): June's usual step must stay the season's.
        IntToDoubleFunction level = i -> YearMonth.of(2016, 10).plusMonths(i).isBefore(YearMonth.of(2024, 6)) ? 0 : Math.log(1 / 3.0);
        MonthlySeries series = series(YearMonth.of(2016, 10), 100, level, new Random(2), 0.0);
        Fit fit = SeasonalModel.fit(series);
        assertThat(fit.usualChange(6).median()).isCloseTo(Math.exp(SEASON[5] - SEASON[4]) - 1, within(0.02));
        assertThat(fit.usualChange(7).median()).isCloseTo(Math.exp(SEASON[6] - SEASON[5]) - 1, within(0.02));
    }

    @Test
    void forecasts_continue_from_the_last_level_with_the_season() {
        MonthlySeries series = series(YearMonth.of(2014, 10), 110, i -> 0, new Random(3), 0.0);
        Fit fit = SeasonalModel.fit(series);
        YearMonth last = series.last();
        Prediction next = fit.predict(1);
        assertThat(next.month()).isEqualTo(last.plusMonths(1));
        double lastDaily = series.value(series.size() - 1) / (double) last.lengthOfMonth();
        double expectedDaily = lastDaily * Math.exp(SEASON[next.month().getMonthValue() - 1] - SEASON[last.getMonthValue() - 1]);
        assertThat(next.expected() / next.month().lengthOfMonth()).isCloseTo(expectedDaily, within(expectedDaily * 0.03));
        assertThat(fit.forecast(3)).extracting(Prediction::horizon).containsExactly(1, 2, 3);
    }

    @Test
    void eighty_percent_intervals_hold_about_eighty_percent_of_what_follows() {
        // A noisy random walk with the season: count how often the next month falls inside the interval.
        MonthlySeries series = series(YearMonth.of(2005, 10), 240, i -> 0, new Random(4), 0.12);
        int inside = 0;
        int tried = 0;
        for (int origin = 120; origin < series.size() - 1; origin++) {
            Prediction next = SeasonalModel.fit(series.through(series.month(origin))).predict(1);
            inside += next.holds(series.value(origin + 1)) ? 1 : 0;
            tried++;
        }
        assertThat(inside / (double) tried).isBetween(0.72, 0.95);
    }

    @Test
    void multiple_is_zero_at_the_expected_value_and_one_at_the_edge() {
        Prediction prediction = new Prediction(YearMonth.of(2024, 1), 1, 3100, 1550, 6200, 0.8);
        assertThat(prediction.multiple(3100)).isCloseTo(0, within(1e-9));
        assertThat(prediction.multiple(6200)).isCloseTo(1, within(1e-9));
        assertThat(prediction.multiple(1550)).isCloseTo(-1, within(1e-9));
        assertThat(prediction.multiple(12400)).isGreaterThan(1.9);
    }

    @Test
    void a_short_series_gets_no_season_and_a_wide_interval() {
        MonthlySeries series = new MonthlySeries(SPEC, YearMonth.of(2024, 1), List.of(1000L, 1100L, 900L, 1200L),
                List.of(), Optional.empty());
        Fit fit = SeasonalModel.fit(series);
        assertThat(fit.seasonal()).isFalse();
        Prediction next = fit.predict(1);
        assertThat(next.expected() / 31).isCloseTo(1200 / 30.0, within(0.5));
        assertThat(next.low()).isLessThan(next.expected());
        assertThat(next.high()).isGreaterThan(next.expected());
    }

    @Test
    void steps_across_a_break_are_left_out_of_the_season() {
        assertThat(RegimeBreaks.crossesBreak(YearMonth.of(2024, 6))).isTrue();
        assertThat(RegimeBreaks.crossesBreak(YearMonth.of(2024, 7))).isTrue();
        assertThat(RegimeBreaks.crossesBreak(YearMonth.of(2024, 8))).isFalse();
        assertThat(RegimeBreaks.inTitle42(YearMonth.of(2021, 1))).isTrue();
        assertThat(RegimeBreaks.inTitle42(YearMonth.of(2023, 6))).isFalse();
    }

    /** Daily rate 3,000 times the season and the level, a random walk of {@code step} on top, noise 3%. */
    private static MonthlySeries series(YearMonth first, int months, IntToDoubleFunction level, Random random, double step) {
        List<Long> values = new ArrayList<>();
        double walk = 0;
        for (int i = 0; i < months; i++) {
            YearMonth month = first.plusMonths(i);
            walk += step * random.nextGaussian();
            double log = Math.log(3000) + SEASON[month.getMonthValue() - 1] + level.applyAsDouble(i) + walk
                    + 0.03 * random.nextGaussian();
            values.add(Math.round(Math.exp(log) * month.lengthOfMonth()));
        }
        return new MonthlySeries(SPEC, first, values, List.of(), Optional.empty());
    }
}
