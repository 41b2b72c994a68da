package dev.frontera.movements.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.frontera.movements.gazetteer.PortOfEntry;
import dev.frontera.movements.geography.GeoPoint;
import dev.frontera.movements.geography.Pace;
import dev.frontera.movements.geography.Position;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Sightings on one meridian (97.5 W), so each great-circle leg is R * dLatitude:
 * 1 degree = 6371.0088 * pi / 180 = 111.19508 km.
 */
class TestArrivalWindow {
    private static final double KM_PER_DEGREE = 111.19508;
    private static final List<Position> SIGHTINGS = List.of(
            position(2024, 1, 1, 20.0),
            position(2024, 1, 3, 20.3), // 0.3 deg = 33.3585 km in 2 days = 16.679 km/day
            position(2024, 1, 4, 20.6), // 0.3 deg = 33.3585 km in 1 day  = 33.359 km/day
            position(2024, 1, 7, 21.0)); // 0.4 deg = 44.4780 km in 3 days = 14.826 km/day
    private static final PortOfEntry CROSSING = new PortOfEntry(
            "test-crossing",
            "Test crossing",
            "TX",
            new GeoPoint(25.0, -97.5),
            "rio-grande-valley",
            "laredo-field-office",
            "Nowhere");

    @Test
    void pace_is_all_distance_over_all_days_with_the_legs_as_its_spread() {
        Pace pace = Pace.of(SIGHTINGS).orElseThrow();
        // 1.0 deg = 111.195 km over 6 days = 18.533 km/day
        assertThat(pace.kilometresPerDay()).isCloseTo(KM_PER_DEGREE / 6, within(0.001));
        assertThat(pace.fastestKilometresPerDay()).isCloseTo(0.3 * KM_PER_DEGREE, within(0.001));
        assertThat(pace.slowestKilometresPerDay()).isCloseTo(0.4 * KM_PER_DEGREE / 3, within(0.001));
        assertThat(pace.legs()).isEqualTo(3);
        assertThat(pace.days()).isEqualTo(6);
        // legs 16.679, 33.359, 14.826: mean 21.621, population sd = sqrt((24.42 + 137.78 + 46.17) / 3) = sqrt(69.46) =
        // 8.334
        assertThat(pace.standardDeviation()).isCloseTo(8.334, within(0.01));
    }

    @Test
    void arrival_window_divides_the_distance_left_by_the_overall_fastest_and_slowest_pace() {
        ArrivalWindow window = ArrivalWindow.of(Pace.of(SIGHTINGS).orElseThrow(), CROSSING);
        // Left: 25.0 - 21.0 = 4.0 deg = 444.780 km (276.4 mi)
        assertThat(window.remaining().kilometres()).isCloseTo(4 * KM_PER_DEGREE, within(0.001));
        // expected: 444.780 / 18.533 = 24 days after 2024-01-07 -> 2024-01-31
        assertThat(window.expected()).isEqualTo(LocalDate.of(2024, 1, 31));
        // earliest: 444.780 / 33.359 = 13.33, rounded up to 14 days -> 2024-01-21
        assertThat(window.earliest()).isEqualTo(LocalDate.of(2024, 1, 21));
        // latest: 444.780 / 14.826 = 30 days -> 2024-02-06
        assertThat(window.latest()).contains(LocalDate.of(2024, 2, 6));
        assertThat(window.sector()).isEqualTo("rio-grande-valley");
        assertThat(window.method()).contains("445 km (276 mi) left in a straight line to Test crossing, TX");
    }

    @Test
    void a_stalled_leg_leaves_the_window_open_ended() {
        List<Position> stalled =
                List.of(position(2024, 1, 1, 20.0), position(2024, 1, 2, 20.5), position(2024, 1, 5, 20.5));
        ArrivalWindow window = ArrivalWindow.of(Pace.of(stalled).orElseThrow(), CROSSING);
        assertThat(window.latest()).isEqualTo(Optional.empty());
    }

    @Test
    void no_pace_from_a_single_day() {
        assertThat(Pace.of(List.of(position(2024, 1, 1, 20.0), position(2024, 1, 1, 20.2))))
                .isEmpty();
    }

    private static Position position(int year, int month, int day, double latitude) {
        return new Position(LocalDate.of(year, month, day), new GeoPoint(latitude, -97.5));
    }
}
