package dev.frontera.movements.sightings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.movements.gazetteer.Gazetteer;
import dev.frontera.movements.geography.GeoPoint;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

class TestMovementStore {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-01-10T12:00:00Z"), ZoneOffset.UTC);
    private static final String SOURCE = "https://example.org/caravan";

    @TempDir
    Path directory;
    private Connection connection;
    private MovementStore store;
    private Movement caravan;

    @BeforeEach
    void openStoreWithOneMovement() throws SQLException {
        connection = DriverManager.getConnection("jdbc:duckdb:" + directory.resolve("frontera.duckdb"));
        store = MovementStore.open(connection, Gazetteer.standard(), CLOCK);
        caravan = store.addMovement(new NewMovement("Exodus from poverty", LocalDate.of(2023, 12, 24), "Tapachula",
                List.of("Hondurans", "El Salvador", "VE", "haiti"), MovementStatus.MOVING));
        store.addSighting(caravan.id(), NewSighting.at(LocalDate.of(2023, 12, 24), "Tapachula",
                Optional.of(SizeEstimate.of(7000, "roughly", "news report")), SOURCE, "a caravan of roughly 7,000"));
    }

    @AfterEach
    void close() throws SQLException {
        store.close();
        connection.close();
    }

    @Test
    void stores_a_movement_with_resolved_origin_and_nationality_slugs() {
        Movement stored = store.get("exodus-from-poverty");
        assertThat(stored.origin().name()).isEqualTo("Tapachula");
        assertThat(stored.nationalities()).containsExactly("honduras", "el-salvador", "venezuela", "haiti");
        assertThat(stored.status()).isEqualTo(MovementStatus.MOVING);
        assertThat(store.list()).containsExactly(stored);
    }

    @Test
    void stores_sightings_in_date_order_with_their_size_and_source() {
        store.addSighting(caravan.id(), NewSighting.at(LocalDate.of(2023, 12, 27), "Huixtla",
                Optional.of(new SizeEstimate(4000, 6000, "", "Mexican migration institute")), SOURCE, "quote"));
        List<Sighting> sightings = store.sightings(caravan.id());
        assertThat(sightings).extracting(Sighting::placeName).containsExactly("Tapachula, MX", "Huixtla, MX");
        assertThat(sightings.get(1).size()).contains(new SizeEstimate(4000, 6000, "", "Mexican migration institute"));
    }

    @Test
    void keeps_the_previous_values_of_every_edit_in_the_history() {
        long id = store.sightings(caravan.id()).get(0).id();
        store.correctSighting(id, NewSighting.at(LocalDate.of(2023, 12, 24), "Tapachula",
                Optional.of(new SizeEstimate(6000, 7000, "", "organisers")), SOURCE, "corrected"), "organisers' figure");
        store.changeStatus(caravan.id(), MovementStatus.STALLED, "stopped in Huixtla");
        assertThat(store.history(caravan.id())).extracting(HistoryEntry::action)
                .containsExactly("created", "sighted", "sighting-corrected", "status-changed");
        assertThat(store.history(caravan.id()).get(2).detail()).contains("was: 2023-12-24 at Tapachula, MX")
                .contains("roughly 7,000 (news report)").contains("6,000-7,000 (organisers)");
        assertThat(store.history(caravan.id()).get(3).detail()).isEqualTo("moving -> stalled, because: stopped in Huixtla");
        assertThat(store.get(caravan.id()).status()).isEqualTo(MovementStatus.STALLED);
    }

    @Test
    void survives_reopening_the_file() throws SQLException {
        try (Connection other = DriverManager.getConnection("jdbc:duckdb:" + directory.resolve("other.duckdb"))) {
            MovementStore.open(other, Gazetteer.standard(), CLOCK).addMovement(new NewMovement("Again",
                    LocalDate.of(2024, 1, 2), "Huixtla", List.of(), MovementStatus.MOVING));
        }
        try (MovementStore reopened = MovementStore.open(directory.resolve("other.duckdb"), Gazetteer.standard(),
                CLOCK)) {
            assertThat(reopened.get("again").origin().name()).isEqualTo("Huixtla");
            assertThat(reopened.history("again").get(0).recordedAt()).isEqualTo(CLOCK.instant());
        }
    }

    @Test
    void rejects_an_unknown_place_with_suggestions_and_stores_nothing() {
        assertRejectedWithNothingStored(() -> store.addSighting(caravan.id(), NewSighting.at(LocalDate.of(2023, 12, 26),
                "Huixtal", Optional.empty(), SOURCE, "q")), ErrorCode.UNKNOWN_VALUE, "did you mean Huixtla, MX");
        assertRejectedWithNothingStored(() -> store.addMovement(new NewMovement("Other", LocalDate.of(2024, 1, 1),
                "Tapachla", List.of(), MovementStatus.MOVING)), ErrorCode.UNKNOWN_VALUE, "Tapachula");
    }

    @Test
    void rejects_an_unknown_nationality_and_stores_nothing() {
        assertRejectedWithNothingStored(() -> store.addMovement(new NewMovement("Other", LocalDate.of(2024, 1, 1),
                "Tapachula", List.of("Hondoras"), MovementStatus.MOVING)), ErrorCode.UNKNOWN_VALUE, "honduras");
    }

    @Test
    void rejects_impossible_coordinates_and_stores_nothing() {
        assertRejectedWithNothingStored(() -> store.addSighting(caravan.id(), new NewSighting(LocalDate.of(2023, 12, 26),
                "somewhere", Optional.of(new GeoPoint(15.2, -192.5)), Optional.empty(), SOURCE, "q")),
                ErrorCode.INVALID_ARGUMENT, "longitude -192.5 is impossible");
    }

    @Test
    void rejects_a_date_before_the_first_report_and_stores_nothing() {
        assertRejectedWithNothingStored(() -> store.addSighting(caravan.id(), NewSighting.at(LocalDate.of(2023, 12, 20),
                "Huixtla", Optional.empty(), SOURCE, "q")), ErrorCode.INVALID_ARGUMENT,
                "sighting date 2023-12-20 is before movement 'exodus-from-poverty' was first reported on 2023-12-24");
    }

    @Test
    void rejects_dates_in_the_future_and_stores_nothing() {
        assertRejectedWithNothingStored(() -> store.addSighting(caravan.id(), NewSighting.at(LocalDate.of(2024, 1, 11),
                "Huixtla", Optional.empty(), SOURCE, "q")), ErrorCode.INVALID_ARGUMENT,
                "sighting date 2024-01-11 is in the future (today is 2024-01-10)");
        assertRejectedWithNothingStored(() -> store.addMovement(new NewMovement("Later", LocalDate.of(2024, 2, 1),
                "Tapachula", List.of(), MovementStatus.MOVING)), ErrorCode.INVALID_ARGUMENT, "first report date 2024-02-01");
    }

    @Test
    void rejects_negative_sizes_and_a_low_above_the_high_and_stores_nothing() {
        assertRejectedWithNothingStored(() -> store.addSighting(caravan.id(), NewSighting.at(LocalDate.of(2023, 12, 26),
                "Huixtla", Optional.of(new SizeEstimate(-5, 100, "", "police")), SOURCE, "q")),
                ErrorCode.INVALID_ARGUMENT, "size -5..100 is negative");
        assertRejectedWithNothingStored(() -> store.addSighting(caravan.id(), NewSighting.at(LocalDate.of(2023, 12, 26),
                "Huixtla", Optional.of(new SizeEstimate(7000, 3000, "", "police")), SOURCE, "q")),
                ErrorCode.INVALID_ARGUMENT, "size 7000..3000 has its low end above its high end");
    }

    @Test
    void rejects_a_pace_faster_than_buses_and_stores_nothing() {
        // Tapachula on the 24th, Tijuana (about 3,000 km away) on the 25th.
        assertRejectedWithNothingStored(() -> store.addSighting(caravan.id(), NewSighting.at(LocalDate.of(2023, 12, 25),
                "Tijuana", Optional.empty(), SOURCE, "q")), ErrorCode.INVALID_ARGUMENT,
                "faster than walking or buses allow");
    }

    @Test
    void rejects_a_sighting_that_would_make_the_next_leg_impossible() {
        store.addSighting(caravan.id(), NewSighting.at(LocalDate.of(2023, 12, 28), "Huixtla", Optional.empty(),
                SOURCE, "q"));
        assertRejectedWithNothingStored(() -> store.addSighting(caravan.id(), NewSighting.at(LocalDate.of(2023, 12, 27),
                "Ciudad Juárez", Optional.empty(), SOURCE, "q")), ErrorCode.INVALID_ARGUMENT, "Huixtla");
    }

    @Test
    void rejects_a_second_movement_of_the_same_name_instead_of_overwriting_it() {
        assertRejectedWithNothingStored(() -> store.addMovement(new NewMovement("Exodus from Poverty",
                LocalDate.of(2024, 1, 1), "Huixtla", List.of(), MovementStatus.STALLED)), ErrorCode.INVALID_ARGUMENT,
                "movement 'exodus-from-poverty' already exists");
    }

    @Test
    void rejects_a_sighting_of_an_unknown_movement() {
        assertRejectedWithNothingStored(() -> store.addSighting("nope", NewSighting.at(LocalDate.of(2023, 12, 26),
                "Huixtla", Optional.empty(), SOURCE, "q")), ErrorCode.NOT_FOUND, "known movements: exodus-from-poverty");
    }

    private void assertRejectedWithNothingStored(Executable write, ErrorCode code, String message) {
        List<String> before = snapshot();
        assertThatThrownBy(write::execute).isInstanceOf(FronteraException.class).hasMessageContaining(message)
                .extracting(e -> ((FronteraException) e).code()).isEqualTo(code);
        assertThat(snapshot()).isEqualTo(before);
    }

    private List<String> snapshot() {
        List<String> rows = new ArrayList<>();
        for (String table : List.of("movement_movements", "movement_sightings", "movement_history")) {
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT * FROM " + table + " ORDER BY ALL")) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder(table);
                    for (int i = 1; i <= columns; i++) {
                        row.append('|').append(rs.getString(i));
                    }
                    rows.add(row.toString());
                }
            } catch (SQLException e) {
                throw new AssertionError(e);
            }
        }
        assertThat(rows).isNotEmpty();
        return rows;
    }
}
