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
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TestPooledFeatures {
    private static final SeriesSpec SPEC = SeriesSpec.of(Measure.ENCOUNTERS, Region.SOUTHWEST);

    @Test
    void a_row_sees_only_the_months_up_to_its_origin() {
        // Every feature at an origin must be what the series cut at that origin gives: a row that read
        // a later month (the target, or the months between) would differ, and the pooled model would
        // learn from the future. The series crosses the 2020, 2023 and 2024 breaks.
        MonthlySeries series = series(YearMonth.of(2014, 10), 130, new Random(11));
        PooledFeatures whole = PooledFeatures.of(series);
        for (int origin = 24; origin < series.size() - 1; origin += 7) {
            PooledFeatures cut = PooledFeatures.of(series.through(series.month(origin)));
            for (int h = 1; h <= SeasonalModel.MAX_HORIZON; h++) {
                assertThat(whole.row(origin, h)).containsExactly(cut.row(origin, h), within(1e-12));
                assertThat(whole.blend(origin, h)).isCloseTo(cut.blend(origin, h), within(1e-12));
            }
            assertThat(whole.level(origin)).isCloseTo(cut.level(origin), within(1e-12));
        }
    }

    @Test
    void the_blend_feature_is_the_seasonal_models_forecast() {
        MonthlySeries series = series(YearMonth.of(2012, 10), 90, new Random(12));
        PooledFeatures features = PooledFeatures.of(series);
        int origin = 70;
        Fit fit = SeasonalModel.fit(series.through(series.month(origin)));
        for (int h = 1; h <= SeasonalModel.MAX_HORIZON; h++) {
            assertThat(features.blend(origin, h)).isCloseTo(PooledFeatures.center(fit.predict(h)), within(1e-9));
        }
    }

    @Test
    void rows_across_a_break_or_from_tiny_series_do_not_train() {
        MonthlySeries series = series(YearMonth.of(2016, 1), 60, new Random(13));
        PooledFeatures features = PooledFeatures.of(series);
        int february2020 = series.indexOf(YearMonth.of(2020, 2));
        assertThat(features.trains(february2020, 1, 300)).isFalse(); // its target, March 2020, holds a break
        assertThat(features.trains(february2020 - 3, 3, 300)).isTrue();
        assertThat(features.trains(february2020 - 3, 3, 1e9)).isFalse();
        assertThat(features.trains(10, 1, 300)).isFalse(); // not two years of history yet
    }

    /** A seasonal random walk around 3,000 a day, noise 5%. */
    private static MonthlySeries series(YearMonth first, int months, Random random) {
        List<Long> values = new ArrayList<>();
        double walk = 0;
        for (int i = 0; i < months; i++) {
            YearMonth month = first.plusMonths(i);
            walk += 0.08 * random.nextGaussian();
            double log = Math.log(3000)
                    + 0.2 * Math.sin(month.getMonthValue() / 12.0 * 2 * Math.PI)
                    + walk
                    + 0.05 * random.nextGaussian();
            values.add(Math.round(Math.exp(log) * month.lengthOfMonth()));
        }
        return new MonthlySeries(SPEC, first, values, List.of(), Optional.empty());
    }
}
