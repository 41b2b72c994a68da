package dev.frontera.movements.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.frontera.core.FronteraException;
import org.junit.jupiter.api.Test;

class TestGreatCircle {
    @Test
    void one_degree_of_latitude_is_the_radius_times_pi_over_180() {
        // 6371.0088 * pi / 180 = 111.1950 km
        Distance degree = GreatCircle.between(new GeoPoint(10, -90), new GeoPoint(11, -90));
        assertThat(degree.kilometres()).isCloseTo(111.1950, within(0.001));
        assertThat(degree.miles()).isCloseTo(111.1950 / 1.609344, within(0.001));
    }

    @Test
    void distance_is_symmetric_and_zero_to_itself() {
        GeoPoint a = new GeoPoint(14.9, -92.26);
        GeoPoint b = new GeoPoint(32.54, -117.03);
        assertThat(GreatCircle.between(a, b).kilometres())
                .isEqualTo(GreatCircle.between(b, a).kilometres());
        assertThat(GreatCircle.between(a, a).kilometres()).isZero();
    }

    @Test
    void closest_point_of_a_segment_is_its_foot_or_an_end() {
        GeoPoint a = new GeoPoint(0, 0);
        GeoPoint b = new GeoPoint(0, 2);
        assertThat(GreatCircle.closestOnSegment(new GeoPoint(1, 1), a, b).longitude())
                .isCloseTo(1, within(1e-9));
        assertThat(GreatCircle.closestOnSegment(new GeoPoint(1, 5), a, b)).isEqualTo(b);
    }

    @Test
    void rejects_impossible_coordinates_naming_them() {
        assertThatThrownBy(() -> new GeoPoint(91, 0))
                .isInstanceOf(FronteraException.class)
                .hasMessageContaining("latitude 91.0 is impossible");
        assertThatThrownBy(() -> new GeoPoint(0, -181))
                .isInstanceOf(FronteraException.class)
                .hasMessageContaining("longitude -181.0 is impossible");
        assertThatThrownBy(() -> new GeoPoint(Double.NaN, 0)).isInstanceOf(FronteraException.class);
    }
}
