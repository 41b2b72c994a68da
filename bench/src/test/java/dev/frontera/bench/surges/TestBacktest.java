package dev.frontera.bench.surges;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontera.core.query.Measure;
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
        Random random = new Random(5);
        List<Long> values = new ArrayList<>();
        double level = Math.log(5000);
        YearMonth first = YearMonth.of(2012, 10);
        for (int i = 0; i < 120; i++) {
            level += 0.05 * random.nextGaussian();
            double season = 0.4 * Math.sin(2 * Math.PI * first.plusMonths(i).getMonthValue() / 12.0);
            values.add(Math.round(Math.exp(level + season) * 30));
        }
        MonthlySeries series = new MonthlySeries(SeriesSpec.of(Measure.ENCOUNTERS, Optional.of("southwest")), first, values,
                List.of(), Optional.empty());
        Scores scores = Backtest.score(series);
        // Targets from 2015-10 to the last month (2022-09): 84 at one month ahead.
        assertThat(scores.sums(1, Scores.Part.ALL).count()).isEqualTo(84);
        assertThat(scores.sums(3, Scores.Part.ALL).count()).isEqualTo(84);
        assertThat(scores.sums(1, Scores.Part.TITLE_42).count() + scores.sums(1, Scores.Part.OUTSIDE_TITLE_42).count())
                .isEqualTo(84);
        assertThat(scores.sums(1, Scores.Part.ALL).ratioToLast()).isLessThan(0.8);
        assertThat(scores.sums(1, Scores.Part.ALL).ratioToSeasonalNaive()).isLessThan(1.0);
        assertThat(scores.sums(1, Scores.Part.ALL).coverage()).isBetween(0.6, 1.0);
    }

    @Test
    void median_of_an_even_count_is_the_mean_of_the_middle_two() {
        assertThat(Backtest.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.5);
        assertThat(Backtest.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
    }
}
