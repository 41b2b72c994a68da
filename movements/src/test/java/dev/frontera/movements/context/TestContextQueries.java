package dev.frontera.movements.context;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.query.Measure;
import dev.frontera.movements.gazetteer.Gazetteer;
import dev.frontera.movements.gazetteer.PortsOfEntry;
import dev.frontera.movements.sightings.Movement;
import dev.frontera.movements.sightings.MovementStatus;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TestContextQueries {
    private final Movement movement = new Movement(
            "exodus",
            "Exodus",
            LocalDate.of(2023, 12, 24),
            Gazetteer.standard().resolve("Tapachula"),
            List.of("honduras", "venezuela"),
            MovementStatus.MOVING);

    @Test
    void asks_monthly_southwest_encounters_per_nationality_and_for_the_sector_and_field_office_ahead() {
        List<ContextQuery> queries = ContextQueries.forMovement(
                movement, Optional.of(PortsOfEntry.bySlug("hidalgo")), YearMonth.of(2023, 11));
        assertThat(queries).hasSize(4);
        assertThat(queries.get(0).label()).isEqualTo("Southwest border encounters of citizens of Honduras, by month");
        assertThat(queries.get(0).query().filters())
                .containsEntry(Dimension.CITIZENSHIP, Set.of("honduras"))
                .containsEntry(Dimension.REGION, Set.of("southwest"));
        assertThat(queries.get(0).query().period().label()).isEqualTo("2022-12..2023-11");
        assertThat(queries.get(2).query().measure()).isEqualTo(Measure.USBP_ENCOUNTERS);
        assertThat(queries.get(2).query().filters()).containsEntry(Dimension.AREA, Set.of("rio-grande-valley"));
        assertThat(queries.get(2).label())
                .isEqualTo("Border Patrol encounters in the Rio Grande Valley Sector, by month");
        assertThat(queries.get(3).query().filters()).containsEntry(Dimension.AREA, Set.of("laredo-field-office"));
    }

    @Test
    void asks_only_about_nationalities_when_the_crossing_is_unknown() {
        assertThat(ContextQueries.forMovement(movement, Optional.empty(), YearMonth.of(2023, 11)))
                .extracting(q -> q.query().measure())
                .containsOnly(Measure.ENCOUNTERS)
                .hasSize(2);
    }
}
