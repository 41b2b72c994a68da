package dev.frontera.bench.surges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.frontera.core.dimension.Region;
import dev.frontera.core.query.Measure;
import dev.frontera.surges.model.ModelSettings;
import dev.frontera.surges.series.MonthlySeries;
import dev.frontera.surges.series.SeriesSpec;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TestBacktest {
    @Test
    void scores_every_target_from_fy2016_on_against_both_baselines() {
        // A strongly seasonal series with a slow random level: seasonal naive loses, the model tracks the season.
        MonthlySeries series = seasonal(YearMonth.of(2012, 10), 120);
        Scores scores = Backtest.score(series, ModelSettings.DEFAULT, false);
        // Targets from 2015-10 to the last month (2022-09): 84 at one month ahead.
        assertThat(scores.sums(1, Scores.Part.ALL).count()).isEqualTo(84);
        assertThat(scores.sums(3, Scores.Part.ALL).count()).isEqualTo(84);
        assertThat(scores.sums(1, Scores.Part.TITLE_42).count()
                        + scores.sums(1, Scores.Part.OUTSIDE_TITLE_42).count())
                .isEqualTo(84);
        // Targets FY2016-FY2021 (72 months) are the selection span, the rest (12) the held-out span.
        assertThat(scores.sums(1, Scores.Part.SELECTION).count()).isEqualTo(72);
        assertThat(scores.sums(1, Scores.Part.HELD_OUT).count()).isEqualTo(12);
        assertThat(scores.sums(1, Scores.Part.PRE).count()).isZero();
        assertThat(scores.sums(1, Scores.Part.ALL).ratioToLast()).isLessThan(0.8);
        assertThat(scores.sums(1, Scores.Part.ALL).ratioToSeasonalNaive()).isLessThan(1.0);
        assertThat(scores.sums(1, Scores.Part.ALL).coverage()).isBetween(0.6, 1.0);
    }

    @Test
    void targets_before_fy2016_are_scored_apart_only_when_asked() {
        MonthlySeries series = seasonal(YearMonth.of(2010, 10), 90);
        // From the 25th month (origin 2012-09) on: targets 2012-10 to 2015-09 are the 36 before FY2016.
        assertThat(Backtest.score(series, ModelSettings.DEFAULT, true)
                        .sums(1, Scores.Part.PRE)
                        .count())
                .isEqualTo(36);
        assertThat(Backtest.score(series, ModelSettings.DEFAULT, false)
                        .sums(1, Scores.Part.PRE)
                        .count())
                .isZero();
        assertThat(Backtest.score(series, ModelSettings.DEFAULT, true)
                        .sums(1, Scores.Part.ALL)
                        .count())
                .isEqualTo(Backtest.score(series, ModelSettings.DEFAULT, false)
                        .sums(1, Scores.Part.ALL)
                        .count());
    }

    @Test
    void coverage_is_the_share_of_outcomes_inside_the_interval_in_each_part() {
        Scores scores = new Scores("test", YearMonth.of(2010, 1), YearMonth.of(2025, 1));
        // Three held-out targets, two inside; one Title 42 target in the selection span, outside.
        scores.add(1, YearMonth.of(2022, 1), 10, 20, 40, true);
        scores.add(1, YearMonth.of(2023, 8), 30, 20, 40, false);
        scores.add(1, YearMonth.of(2024, 2), 20, 20, 40, true);
        scores.add(1, YearMonth.of(2021, 1), 5, 10, 10, false);
        assertThat(scores.sums(1, Scores.Part.HELD_OUT).coverage()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(scores.sums(1, Scores.Part.HELD_OUT).ratioToLast()).isCloseTo(60 / 60.0, within(1e-12));
        assertThat(scores.sums(1, Scores.Part.SELECTION).coverage()).isZero();
        assertThat(scores.sums(1, Scores.Part.ALL).coverage()).isCloseTo(0.5, within(1e-12));
        assertThat(scores.sums(1, Scores.Part.TITLE_42).count()).isEqualTo(2);
        assertThat(scores.sums(2, Scores.Part.ALL).coverage()).isNaN();
    }

    @Test
    void selection_keeps_the_earlier_candidate_within_one_percent_of_the_best() {
        double[][] figures = {{0, 0, 0, 1.005}, {0, 0, 0, 1.0}, {0, 0, 0, 1.2}};
        assertThat(Selection.choose(figures)).isZero();
        figures[0][3] = 1.02;
        assertThat(Selection.choose(figures)).isEqualTo(1);
    }

    @Test
    void median_of_an_even_count_is_the_mean_of_the_middle_two() {
        assertThat(Figures.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
        assertThat(Figures.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
    }

    private static MonthlySeries seasonal(YearMonth first, int months) {
        Random random = new Random(5);
        List<Long> values = new ArrayList<>();
        double level = Math.log(5000);
        for (int i = 0; i < months; i++) {
            level += 0.05 * random.nextGaussian();
            double season = 0.4 * Math.sin(2 * Math.PI * first.plusMonths(i).getMonthValue() / 12.0);
            values.add(Math.round(Math.exp(level + season) * 30));
        }
        return new MonthlySeries(
                SeriesSpec.of(Measure.ENCOUNTERS, Region.SOUTHWEST), first, values, List.of(), Optional.empty());
    }
}
