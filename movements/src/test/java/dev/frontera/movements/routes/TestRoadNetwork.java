package dev.frontera.movements.routes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontera.movements.gazetteer.Gazetteer;
import dev.frontera.movements.gazetteer.PortsOfEntry;
import dev.frontera.movements.geography.GeoPoint;
import dev.frontera.movements.geography.GreatCircle;
import org.junit.jupiter.api.Test;

class TestRoadNetwork {
    private final Gazetteer gazetteer = Gazetteer.standard();
    private final RoadNetwork network = new RoadNetwork(gazetteer);

    @Test
    void circuity_factor_is_a_plausible_road_to_straight_line_ratio() {
        assertThat(network.circuityFactor()).isBetween(1.05, 1.5);
    }

    @Test
    void calibration_distances_are_modelled_within_seven_percent_on_average() {
        // Mexican corridors come within 10%; the mountain road from Panama City to San José
        // (Cerro de la Muerte) is the worst, modelled about 20% short.
        assertThat(network.meanCalibrationError()).isLessThan(0.07);
        assertThat(network.worstCalibrationError()).isLessThan(0.21);
    }

    @Test
    void road_distance_is_longer_than_the_straight_line() {
        GeoPoint tapachula = gazetteer.resolve("Tapachula").point();
        RoadEstimate estimate = network.toPort(tapachula, PortsOfEntry.bySlug("san-ysidro"));
        assertThat(estimate.distance().kilometres())
                .isGreaterThan(
                        GreatCircle.between(tapachula, estimate.crossing().point())
                                .kilometres());
        assertThat(estimate.via()).contains("Mexico City", "Tijuana");
        assertThat(estimate.method()).contains("circuity factor");
    }

    @Test
    void the_likely_crossing_from_tapachula_is_in_the_lower_rio_grande_valley() {
        RoadEstimate likely =
                network.toLikelyCrossing(gazetteer.resolve("Tapachula").point());
        assertThat(likely.crossing().sector()).isEqualTo("rio-grande-valley");
        assertThat(likely.distance().kilometres()).isBetween(1500.0, 2100.0);
    }
}
