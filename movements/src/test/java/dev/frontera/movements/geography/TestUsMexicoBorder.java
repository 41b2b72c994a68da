package dev.frontera.movements.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TestUsMexicoBorder {
    private final UsMexicoBorder border = UsMexicoBorder.standard();

    @Test
    void runs_from_the_gulf_to_the_pacific() {
        double west =
                border.line().stream().mapToDouble(GeoPoint::longitude).min().orElseThrow();
        double east =
                border.line().stream().mapToDouble(GeoPoint::longitude).max().orElseThrow();
        assertThat(west).isCloseTo(-117.1, within(0.1));
        assertThat(east).isCloseTo(-97.1, within(0.1));
    }

    @Test
    void a_point_on_the_border_is_at_distance_zero() {
        GeoPoint vertex = border.line().get(border.line().size() / 2);
        assertThat(border.nearest(vertex).distance().kilometres()).isLessThan(0.001);
    }

    @Test
    void tapachula_is_nearest_the_border_at_the_mouth_of_the_rio_grande() {
        BorderPoint nearest = border.nearest(new GeoPoint(14.90385, -92.25749));
        // Straight south of Brownsville's meridian lies the Gulf: the nearest border is the lower Rio Grande.
        assertThat(nearest.point().longitude()).isBetween(-97.6, -97.1);
        assertThat(nearest.distance().kilometres()).isBetween(1300.0, 1340.0);
    }

    @Test
    void el_paso_downtown_is_within_two_kilometres_of_the_line() {
        assertThat(border.nearest(new GeoPoint(31.7587, -106.4869)).distance().kilometres())
                .isLessThan(2.0);
    }
}
