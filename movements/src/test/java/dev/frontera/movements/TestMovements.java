package dev.frontera.movements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frontera.core.FronteraException;
import dev.frontera.movements.routes.ArrivalWindow;
import dev.frontera.movements.routes.BorderDistances;
import dev.frontera.movements.sightings.Movement;
import dev.frontera.movements.sightings.MovementStatus;
import dev.frontera.movements.sightings.MovementStore;
import dev.frontera.movements.sightings.NewMovement;
import dev.frontera.movements.sightings.NewSighting;
import dev.frontera.movements.sightings.Sighting;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestMovements {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-01-15T00:00:00Z"), ZoneOffset.UTC);
    private final Movements movements = Movements.create();

    @TempDir
    Path directory;

    @Test
    void distances_from_tapachula_name_the_border_the_nearest_port_and_the_likely_crossing() {
        BorderDistances distances = movements.distancesFrom("Tapachula");
        assertThat(distances.nearestPort().slug()).isEqualTo("brownsville-veterans");
        assertThat(distances.toNearestPort().kilometres()).isBetween(1322.0, 1350.0);
        assertThat(distances.border().distance()).isLessThan(distances.toNearestPort());
        assertThat(distances.likelyCrossing().distance()).isGreaterThan(distances.toNearestPort());
    }

    @Test
    void distances_from_an_unknown_place_suggest_names() {
        assertThatThrownBy(() -> movements.distancesFrom("Tapachulla"))
                .isInstanceOf(FronteraException.class)
                .hasMessageContaining("Tapachula");
    }

    @Test
    void a_stored_movement_gets_a_pace_an_arrival_window_and_context_queries() {
        try (MovementStore store = movements.openStore(directory.resolve("f.duckdb"), CLOCK)) {
            Movement caravan = store.addMovement(new NewMovement(
                    "Exodus",
                    LocalDate.of(2023, 12, 24),
                    "Tapachula",
                    List.of("Honduras", "Venezuela"),
                    MovementStatus.MOVING));
            store.addSighting(
                    caravan.id(),
                    NewSighting.at(
                            LocalDate.of(2023, 12, 27),
                            "Huixtla",
                            Optional.empty(),
                            "https://example.org",
                            "reached Huixtla"));
            store.addSighting(
                    caravan.id(),
                    NewSighting.at(
                            LocalDate.of(2024, 1, 1),
                            "Mapastepec",
                            Optional.empty(),
                            "https://example.org",
                            "reached Mapastepec"));
            List<Sighting> sightings = store.sightings(caravan.id());
            assertThat(movements.pace(caravan, sightings).orElseThrow().legs()).isEqualTo(2);
            ArrivalWindow window = movements.arrivalWindow(caravan, sightings).orElseThrow();
            assertThat(window.earliest()).isBeforeOrEqualTo(window.expected());
            assertThat(window.expected()).isBeforeOrEqualTo(window.latest().orElseThrow());
            assertThat(movements.contextQueries(caravan, sightings, YearMonth.of(2023, 11)))
                    .hasSize(4);
        }
    }
}
