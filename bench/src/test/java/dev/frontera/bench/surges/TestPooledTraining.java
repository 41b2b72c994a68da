package dev.frontera.bench.surges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.frontera.core.dimension.Region;
import dev.frontera.core.query.Measure;
import dev.frontera.surges.model.PooledFeatures;
import dev.frontera.surges.series.MonthlySeries;
import dev.frontera.surges.series.SeriesSpec;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TestPooledTraining {
    private static final YearMonth FIRST = YearMonth.of(2012, 10);
    private static final YearMonth ORIGIN = YearMonth.of(2019, 6);

    @Test
    void the_pooled_fit_at_an_origin_learns_only_from_targets_up_to_it() {
        // Two pools that agree up to the origin and differ wildly after it must give the same fit
        // there: a fit that read a row whose target lies after the origin would see the difference.
        // Twelve series: enough rows by the origin (about 56 each) for a fit.
        List<MonthlySeries> pool = pool(i -> 1);
        List<MonthlySeries> changed = pool(i -> i % 2 == 0 ? 4 : 0.2);
        PooledBacktest.Candidate candidate =
                new PooledBacktest.Candidate("correction", 1, 0.1, PooledBacktest.MINIMUM, true);
        PooledBacktest.Training before = training(pool, candidate);
        PooledBacktest.Training after = training(changed, candidate);
        for (int h = 1; h <= Backtest.HORIZONS; h++) {
            assertThat(after.coefficients(h, ORIGIN, 0.1))
                    .containsExactly(before.coefficients(h, ORIGIN, 0.1), within(1e-12));
            // A year on, the fits have seen the change.
            assertThat(after.coefficients(h, ORIGIN.plusMonths(12), 0.1))
                    .isNotEqualTo(before.coefficients(h, ORIGIN.plusMonths(12), 0.1));
        }
    }

    @Test
    void the_pooled_fit_is_the_ridge_of_the_rows_it_saw() {
        List<MonthlySeries> pool = pool(i -> 1);
        PooledBacktest.Candidate candidate =
                new PooledBacktest.Candidate("correction", 1, 1, PooledBacktest.MINIMUM, true);
        int h = 2;
        RidgeSums byHand = new RidgeSums(PooledFeatures.COUNT);
        for (MonthlySeries series : pool) {
            PooledFeatures features = PooledFeatures.of(series);
            for (int origin = 0; origin + h < series.size(); origin++) {
                if (!series.month(origin + h).isAfter(ORIGIN) && features.trains(origin, h, PooledBacktest.MINIMUM)) {
                    byHand.add(features.row(origin, h), features.correction(origin, h));
                }
            }
        }
        assertThat(training(pool, candidate).coefficients(h, ORIGIN, 1)).containsExactly(byHand.solve(1), within(1e-9));
    }

    private static List<MonthlySeries> pool(java.util.function.IntToDoubleFunction after) {
        List<MonthlySeries> pool = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            pool.add(series(i, after.applyAsDouble(i)));
        }
        return pool;
    }

    private static PooledBacktest.Training training(List<MonthlySeries> pool, PooledBacktest.Candidate candidate) {
        return PooledBacktest.Training.over(
                pool.stream().map(PooledFeatures::of).toList(), candidate);
    }

    /** A seasonal random walk around 2,000 a day; every month after {@link #ORIGIN} times {@code after}. */
    private static MonthlySeries series(long seed, double after) {
        Random random = new Random(seed);
        List<Long> values = new ArrayList<>();
        double walk = 0;
        for (int i = 0; i < 100; i++) {
            YearMonth month = FIRST.plusMonths(i);
            walk += 0.08 * random.nextGaussian();
            double daily = 2000
                    * Math.exp(0.2 * Math.sin(month.getMonthValue() / 12.0 * 2 * Math.PI)
                            + walk
                            + 0.05 * random.nextGaussian());
            values.add(Math.round(daily * month.lengthOfMonth() * (month.isAfter(ORIGIN) ? after : 1)));
        }
        return new MonthlySeries(
                SeriesSpec.of(Measure.ENCOUNTERS, Region.SOUTHWEST), FIRST, values, List.of(), Optional.empty());
    }
}
