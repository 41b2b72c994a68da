package dev.frontera.claims.internal.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontera.claims.internal.extract.Qualifier;
import dev.frontera.claims.internal.numbers.Quantity;
import org.junit.jupiter.api.Test;

class TestTolerance {
    @Test
    void exact_figures_fit_within_one_percent_or_their_own_rounding_and_rarely_by_chance() {
        assertThat(Tolerance.count(Qualifier.EXACT, 191_113, 1, 191_106, false, 0)
                        .fits())
                .isTrue();
        assertThat(Tolerance.count(Qualifier.EXACT, 191_113, 1, 195_000, false, 0)
                        .fits())
                .isFalse();
        assertThat(Tolerance.count(Qualifier.EXACT, 2_400_000, 100_000, 2_440_000, false, 0)
                        .fits())
                .isTrue();
        assertThat(Tolerance.count(Qualifier.EXACT, 191_113, 1, 191_106, false, 0)
                        .chance())
                .isLessThan(0.02);
    }

    @Test
    void bounds_fit_every_figure_on_their_side_but_say_most_of_one_just_past_them() {
        Fit over = Tolerance.count(Qualifier.OVER, 2_000_000, 1_000_000, 2_206_436, false, 0);
        Fit farOver = Tolerance.count(Qualifier.OVER, 54_000, 1_000, 382_301, false, 0);
        assertThat(over.fits()).isTrue();
        assertThat(farOver.fits()).isTrue();
        assertThat(over.chance()).isLessThan(0.2);
        assertThat(farOver.chance()).isGreaterThan(0.5);
        Fit under = Tolerance.count(Qualifier.UNDER, 8_400, 100, 8_377, false, 0);
        Fit farUnder = Tolerance.count(Qualifier.UNDER, 8_400, 100, 840, false, 0);
        assertThat(under.fits()).isTrue();
        assertThat(farUnder.fits()).isTrue();
        assertThat(under.chance()).isLessThan(0.2);
        assertThat(farUnder.chance()).isGreaterThan(0.5);
        assertThat(Tolerance.count(Qualifier.UP_TO, 10_000, 1_000, 9_741.3, true, 0)
                        .fits())
                .isTrue();
        assertThat(Tolerance.count(Qualifier.UP_TO, 10_000, 1_000, 7_000, true, 0)
                        .fits())
                .isFalse();
    }

    @Test
    void changes_and_shares_fit_within_two_points_and_about_half_within_five() {
        assertThat(Tolerance.points(Qualifier.EXACT, -25, -25.2, false).fits()).isTrue();
        assertThat(Tolerance.points(Qualifier.EXACT, 25, -25.2, false).fits()).isFalse();
        assertThat(Tolerance.points(Qualifier.ABOUT, 50, 46, true).fits()).isTrue();
        assertThat(Tolerance.points(Qualifier.OVER, 50, 50.5, true).fits()).isTrue();
        assertThat(Tolerance.points(Qualifier.EXACT, 64, 70, false).miss().distance())
                .isEqualTo(6);
    }

    @Test
    void a_difference_fits_within_two_percent_of_the_base_in_the_direction_written() {
        assertThat(Tolerance.difference(Qualifier.EXACT, -1_145, -1_150, 8_347, 0, true)
                        .fits())
                .isTrue();
        assertThat(Tolerance.difference(Qualifier.EXACT, -1_145, 1_150, 8_347, 0, true)
                        .fits())
                .isFalse();
        assertThat(Tolerance.difference(Qualifier.NEARLY, 41_000, 40_500, 98_060, 0, true)
                        .fits())
                .isTrue();
    }

    @Test
    void a_range_fits_the_figures_between_its_ends_and_more_often_by_chance_the_wider_it_is() {
        Quantity range = new Quantity(0, 15, "7,000 and 9,000", 9_000, 1_000, Quantity.Form.COUNT, 7_000);
        assertThat(Tolerance.count(Qualifier.EXACT, range, 8_056.1, true, 0).fits())
                .isTrue();
        assertThat(Tolerance.count(Qualifier.EXACT, range, 9_400, true, 0).fits())
                .isTrue(); // within a rate's 5% of the upper end
        assertThat(Tolerance.count(Qualifier.EXACT, range, 9_743, true, 0).fits())
                .isFalse();
        assertThat(Tolerance.count(Qualifier.EXACT, range, 6_000, true, 0)
                        .miss()
                        .distance())
                .isCloseTo(Math.log(7_000 / 6_000.0), org.assertj.core.data.Offset.offset(1e-9));
        Quantity narrow = new Quantity(0, 15, "8,000 to 8,500", 8_500, 100, Quantity.Form.COUNT, 8_000);
        assertThat(Tolerance.count(Qualifier.EXACT, narrow, 8_056.1, true, 0).chance())
                .isLessThan(Tolerance.count(Qualifier.EXACT, range, 8_056.1, true, 0)
                        .chance());
        assertThat(Tolerance.pointRange(30, 35, 33.2).fits()).isTrue();
        assertThat(Tolerance.pointRange(-30, -20, -33.2).fits()).isFalse();
    }
}
