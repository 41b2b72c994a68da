package dev.frontera.surges.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.frontera.core.dimension.Region;
import dev.frontera.core.query.Measure;
import dev.frontera.surges.series.MonthlySeries;
import dev.frontera.surges.series.SeriesSpec;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

class TestSeasonalModel {
    private static final SeriesSpec SPEC = SeriesSpec.of(Measure.ENCOUNTERS, Region.SOUTHWEST);
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
        assertThat(fit.seasonalIndex(5) / fit.seasonalIndex(12))
                .isCloseTo(Math.exp(SEASON[4] - SEASON[11]), within(0.06));
    }

    @Test
    void a_known_break_does_not_poison_the_season() {
        // The level falls to a third in June 2024 (the proclamation): June's usual step must stay the season's.
        IntToDoubleFunction level =
                i -> YearMonth.of(2016, 10).plusMonths(i).isBefore(YearMonth.of(2024, 6)) ? 0 : Math.log(1 / 3.0);
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
        double expectedDaily =
                lastDaily * Math.exp(SEASON[next.month().getMonthValue() - 1] - SEASON[last.getMonthValue() - 1]);
        assertThat(next.expected() / next.month().lengthOfMonth())
                .isCloseTo(expectedDaily, within(expectedDaily * 0.03));
        assertThat(fit.forecast(3)).extracting(Prediction::horizon).containsExactly(1, 2, 3);
    }

    @Test
    void eighty_percent_intervals_hold_about_eighty_percent_of_what_follows() {
        // A noisy random walk with the season: count how often the next month falls inside the interval.
        MonthlySeries series = series(YearMonth.of(2005, 10), 240, i -> 0, new Random(4), 0.12);
        int inside = 0;
        int tried = 0;
        for (int origin = 120; origin < series.size() - 1; origin++) {
            Prediction next =
                    SeasonalModel.fit(series.through(series.month(origin))).predict(1);
            inside += next.holds(series.value(origin + 1)) ? 1 : 0;
            tried++;
        }
        assertThat(inside / (double) tried).isBetween(0.72, 0.95);
    }

    @Test
    void the_blend_leans_on_the_season_where_the_season_has_paid() {
        Fit fit = SeasonalModel.fit(series(YearMonth.of(2012, 10), 120, i -> 0, new Random(5), 0.0));
        for (int h = 1; h <= SeasonalModel.MAX_HORIZON; h++) {
            Map<Component, Double> weights = fit.weights(h);
            assertThat(weights.values().stream()
                            .mapToDouble(Double::doubleValue)
                            .sum())
                    .isCloseTo(1, within(1e-9));
            // Every component that adds the season (seasonal, with momentum, damped trend) against those that do not.
            assertThat(weights.entrySet().stream()
                            .filter(w -> w.getKey().seasonal())
                            .mapToDouble(Map.Entry::getValue)
                            .sum())
                    .isGreaterThan(0.8);
        }
    }

    @Test
    void the_blend_turns_away_from_momentum_where_moves_do_not_last() {
        // Noise around a steady level: last month's move is undone the month after, so carrying it
        // forward costs; the momentum components must weigh clearly less than those without.
        Random random = new Random(6);
        List<Long> values = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            values.add(Math.round(Math.exp(Math.log(3000) + 0.15 * random.nextGaussian()) * 30));
        }
        Fit fit =
                SeasonalModel.fit(new MonthlySeries(SPEC, YearMonth.of(2012, 10), values, List.of(), Optional.empty()));
        for (int h = 1; h <= SeasonalModel.MAX_HORIZON; h++) {
            Map<Component, Double> weights = fit.weights(h);
            assertThat(weights.get(Component.MOMENTUM)).isLessThan(0.8 * weights.get(Component.LAST_VALUE));
            assertThat(weights.get(Component.SEASONAL_MOMENTUM)).isLessThan(0.8 * weights.get(Component.SEASONAL));
        }
    }

    @Test
    void a_forecast_from_a_break_month_starts_from_the_days_after_the_break() {
        // 3,000 a day until the proclamation took effect on 5 June 2024, 1,000 a day after: June holds
        // 4 days at the old rate and 26 at the new one, 38,000 in all; July should be near 31,000, not 38,000.
        YearMonth first = YearMonth.of(2019, 6);
        List<Long> values = new ArrayList<>();
        for (YearMonth month = first; month.isBefore(YearMonth.of(2024, 6)); month = month.plusMonths(1)) {
            values.add(3000L * month.lengthOfMonth());
        }
        values.add(4 * 3000L + 26 * 1000L);
        Fit fit = SeasonalModel.fit(new MonthlySeries(SPEC, first, values, List.of(), Optional.empty()));
        assertThat(fit.origin()).isEqualTo(YearMonth.of(2024, 6));
        assertThat(fit.predict(1).expected()).isCloseTo(31_000, within(31_000 * 0.05));
        assertThat(fit.predict(3).expected()).isCloseTo(30_000, within(30_000 * 0.05));
    }

    @Test
    void forecasts_inside_a_fit_see_only_the_months_before_them() {
        // The blend's past forecasts (whose errors weigh the components and set the intervals) must be
        // what a fit made at that time would have said: a past origin that read later months would differ.
        MonthlySeries series = series(YearMonth.of(2010, 10), 150, i -> i < 100 ? 0 : 0.5, new Random(7), 0.1);
        double[][] past = SeasonalModel.pastForecasts(series);
        for (int origin : new int[] {30, 60, 99, 100, 120, 146}) {
            Fit then = SeasonalModel.fit(series.through(series.month(origin)));
            for (int h = 1; h <= SeasonalModel.MAX_HORIZON; h++) {
                assertThat(past[origin][h - 1]).isCloseTo(then.predict(h).expected(), within(1e-6));
            }
        }
    }

    @Test
    void the_damped_trend_carries_a_steady_growth_on_damped() {
        // A log series growing by 0.02 a month with no season: with level and trend weights at 1, the
        // trend is the last step, and each further month adds it damped once more by phi.
        YearMonth first = YearMonth.of(2014, 1);
        double[] z = new double[60];
        for (int i = 0; i < z.length; i++) {
            z[i] = Math.log(3000) + 0.02 * i;
        }
        ModelSettings settings = ModelSettings.DEFAULT.withSmoothing(new ModelSettings.Smoothing(1, 1, 0.8));
        Components components = Components.of(z, first, z.length, settings);
        assertThat(components.forecast(Component.DAMPED_TREND, 1)).isCloseTo(z[59] + 0.02 * 0.8, within(1e-9));
        assertThat(components.forecast(Component.DAMPED_TREND, 3))
                .isCloseTo(z[59] + 0.02 * (0.8 + 0.64 + 0.512), within(1e-9));
        // Partial weights lag the line: the forecast goes up, by less than the undamped step.
        Components smoothed = Components.of(z, first, z.length, ModelSettings.DEFAULT);
        assertThat(smoothed.forecast(Component.DAMPED_TREND, 1)).isBetween(z[59] + 0.004, z[59] + 0.02);
    }

    @Test
    void the_damped_trend_restarts_after_a_break() {
        // Growth of 0.05 a month until the proclamation (June 2024), flat after: a forecast from a break
        // month must start with no trend, not carry the growth before the break through it.
        YearMonth first = YearMonth.of(2019, 6);
        int length = (int) java.time.temporal.ChronoUnit.MONTHS.between(first, YearMonth.of(2024, 6)) + 1;
        double[] z = new double[length];
        for (int i = 0; i < length; i++) {
            z[i] = Math.log(1000) + 0.05 * i;
        }
        Components components = Components.of(z, first, length, ModelSettings.DEFAULT);
        double start = components.forecast(Component.DAMPED_TREND, 1);
        assertThat(components.forecast(Component.DAMPED_TREND, 3) - start)
                .isCloseTo(
                        components.forecast(Component.SEASONAL, 3) - components.forecast(Component.SEASONAL, 1),
                        within(1e-9));
    }

    @Test
    void the_damped_trend_is_blended_only_when_its_smoothing_is_on() {
        MonthlySeries series = series(YearMonth.of(2012, 10), 120, i -> 0, new Random(8), 0.05);
        assertThat(SeasonalModel.fit(series).weights(1)).containsKey(Component.DAMPED_TREND);
        Fit four = SeasonalModel.fit(series, ModelSettings.DEFAULT.withSmoothing(ModelSettings.Smoothing.OFF));
        assertThat(four.weights(1)).doesNotContainKey(Component.DAMPED_TREND);
        assertThat(four.weights(1).values().stream()
                        .mapToDouble(Double::doubleValue)
                        .sum())
                .isCloseTo(1, within(1e-9));
    }

    @Test
    void raw_error_quantiles_match_the_spread_of_a_random_walk() {
        // A random walk of 0.10 a month with 3% noise: the one-month errors of any of the components are
        // about N(0, 0.11), so unscaled quantiles of past errors must put the 80% edge near 1.28 x 0.11.
        MonthlySeries series = series(YearMonth.of(2000, 10), 240, i -> 0, new Random(9), 0.10);
        ModelSettings raw = ModelSettings.DEFAULT.withIntervals(new ModelSettings.Intervals(200, 0, 1.0, false));
        Prediction next = SeasonalModel.fit(series, raw).predict(1);
        double up = Math.log(next.high() / next.expected());
        double down = Math.log(next.expected() / next.low());
        assertThat(up).isBetween(0.10, 0.19);
        assertThat(down).isBetween(0.10, 0.19);
    }

    @Test
    void widening_scales_the_interval_exactly_on_the_log_scale() {
        // The interval is the quantiles of past errors times the widening: 1.2 must be 1.2 times 1.0's
        // distance from the expected value on the model's scale, on both sides.
        MonthlySeries series = series(YearMonth.of(2005, 10), 180, i -> 0, new Random(10), 0.08);
        Prediction one = SeasonalModel.fit(
                        series, ModelSettings.DEFAULT.withIntervals(new ModelSettings.Intervals(72, 6, 1.0, false)))
                .predict(2);
        Prediction wider = SeasonalModel.fit(
                        series, ModelSettings.DEFAULT.withIntervals(new ModelSettings.Intervals(72, 6, 1.2, false)))
                .predict(2);
        assertThat(wider.expected()).isEqualTo(one.expected());
        YearMonth month = one.month();
        double centre = SeasonalModel.log(one.expected(), month);
        assertThat(SeasonalModel.log(wider.high(), month) - centre)
                .isCloseTo(1.2 * (SeasonalModel.log(one.high(), month) - centre), within(1e-6));
        assertThat(centre - SeasonalModel.log(wider.low(), month))
                .isCloseTo(1.2 * (centre - SeasonalModel.log(one.low(), month)), within(1e-6));
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
        MonthlySeries series = new MonthlySeries(
                SPEC, YearMonth.of(2024, 1), List.of(1000L, 1100L, 900L, 1200L), List.of(), Optional.empty());
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
    private static MonthlySeries series(
            YearMonth first, int months, IntToDoubleFunction level, Random random, double step) {
        List<Long> values = new ArrayList<>();
        double walk = 0;
        for (int i = 0; i < months; i++) {
            YearMonth month = first.plusMonths(i);
            walk += step * random.nextGaussian();
            double log = Math.log(3000)
                    + SEASON[month.getMonthValue() - 1]
                    + level.applyAsDouble(i)
                    + walk
                    + 0.03 * random.nextGaussian();
            values.add(Math.round(Math.exp(log) * month.lengthOfMonth()));
        }
        return new MonthlySeries(SPEC, first, values, List.of(), Optional.empty());
    }
}
