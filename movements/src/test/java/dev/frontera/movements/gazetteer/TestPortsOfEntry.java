package dev.frontera.movements.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.dimension.Vocabulary;
import dev.frontera.movements.geography.GeoPoint;
import dev.frontera.movements.geography.GreatCircle;
import dev.frontera.movements.geography.UsMexicoBorder;
import org.junit.jupiter.api.Test;

class TestPortsOfEntry {
    @Test
    void tapachula_to_the_nearest_port_matches_a_hand_computation_within_one_percent() {
        GeoPoint tapachula = Gazetteer.standard().resolve("Tapachula").point(); // 14.90385, -92.25749
        PortOfEntry port = PortsOfEntry.nearest(tapachula);
        assertThat(port.slug()).isEqualTo("brownsville-veterans"); // 25.8853, -97.4727
        // Haversine by hand, R = 6371.0088 km:
        //   phi1 = 14.90385 deg = 0.260121 rad, phi2 = 25.8853 deg = 0.451784 rad
        //   dphi/2 = 0.095831 rad, sin^2 = 0.0091555
        //   dlambda/2 = (-97.4727 + 92.25749)/2 deg = -2.607605 deg = -0.045511 rad, sin^2 = 0.0020698
        //   cos(phi1) * cos(phi2) = 0.966359 * 0.899670 = 0.869404
        //   a = 0.0091555 + 0.869404 * 0.0020698 = 0.0091555 + 0.0017995 = 0.0109550
        //   c = 2 * asin(sqrt(a)) = 2 * asin(0.104667) = 2 * 0.104858 = 0.209716
        //   d = 6371.0088 * 0.209716 = 1336.1 km (830.2 mi)
        double handComputed = 1336.1;
        double computed = GreatCircle.between(tapachula, port.point()).kilometres();
        assertThat(computed).isCloseTo(handComputed, within(handComputed * 0.01));
        assertThat(computed / 1.609344).isCloseTo(830.2, within(8.3));
    }

    @Test
    void every_port_lies_within_five_kilometres_of_the_border_line() {
        for (PortOfEntry port : PortsOfEntry.all()) {
            assertThat(UsMexicoBorder.standard()
                            .nearest(port.point())
                            .distance()
                            .kilometres())
                    .as(port.slug())
                    .isLessThan(5.0);
        }
    }

    @Test
    void every_sector_and_field_office_is_a_known_value_of_the_sector_dimension() {
        for (PortOfEntry port : PortsOfEntry.all()) {
            assertThat(Vocabulary.standard().bySlug(Dimension.AREA, port.sector()))
                    .as(port.slug())
                    .isPresent();
            assertThat(Vocabulary.standard().bySlug(Dimension.AREA, port.fieldOffice()))
                    .as(port.slug())
                    .isPresent();
        }
    }

    @Test
    void every_mexican_city_across_a_port_is_in_the_gazetteer_or_named_for_its_crossing() {
        assertThat(PortsOfEntry.bySlug("san-ysidro").mexicanCity()).isEqualTo("Tijuana");
        assertThat(Gazetteer.standard().find(PortsOfEntry.bySlug("eagle-pass").mexicanCity()))
                .isPresent();
    }
}
