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
        caravan = store.addMovement(new NewMovement(
                "Exodus from poverty",
                LocalDate.of(2023, 12, 24),
                "Tapachula",
                List.of("Hondurans", "El Salvador", "VE", "haiti"),
                MovementStatus.MOVING));
        store.addSighting(
                caravan.id(),
                NewSighting.at(
                        LocalDate.of(2023, 12, 24),
                        "Tapachula",
                        Optional.of(SizeEstimate.of(7000, "roughly", "news report")),
                        SOURCE,
                        "a caravan of roughly 7,000"));
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
        store.addSighting(
                caravan.id(),
                NewSighting.at(
                        LocalDate.of(2023, 12, 27),
                        "Huixtla",
                        Optional.of(new SizeEstimate(4000, 6000, "", "Mexican migration institute")),
                        SOURCE,
                        "quote"));
        List<Sighting> sightings = store.sightings(caravan.id());
        assertThat(sightings).extracting(Sighting::placeName).containsExactly("Tapachula, MX", "Huixtla, MX");
        assertThat(sightings.get(1).size()).contains(new SizeEstimate(4000, 6000, "", "Mexican migration institute"));
    }

    @Test
    void keeps_the_previous_values_of_every_edit_in_the_history() {
        long id = store.sightings(caravan.id()).get(0).id();
        store.correctSighting(
                id,
                NewSighting.at(
                        LocalDate.of(2023, 12, 24),
                        "Tapachula",
                        Optional.of(new SizeEstimate(6000, 7000, "", "organisers")),
                        SOURCE,
                        "corrected"),
                "organisers' figure");
        store.changeStatus(caravan.id(), MovementStatus.STALLED, "stopped in Huixtla");
        assertThat(store.history(caravan.id()))
                .extracting(HistoryEntry::action)
                .containsExactly("created", "sighted", "sighting-corrected", "status-changed");
        assertThat(store.history(caravan.id()).get(2).detail())
                .contains("was: 2023-12-24 at Tapachula, MX")
                .contains("roughly 7,000 (news report)")
                .contains("6,000-7,000 (organisers)");
        assertThat(store.history(caravan.id()).get(3).detail())
                .isEqualTo("moving -> stalled, because: stopped in Huixtla");
        assertThat(store.get(caravan.id()).status()).isEqualTo(MovementStatus.STALLED);
    }

    @Test
    void survives_reopening_the_file() throws SQLException {
        try (Connection other = DriverManager.getConnection("jdbc:duckdb:" + directory.resolve("other.duckdb"))) {
            MovementStore.open(other, Gazetteer.standard(), CLOCK)
                    .addMovement(new NewMovement(
                            "Again", LocalDate.of(2024, 1, 2), "Huixtla", List.of(), MovementStatus.MOVING));
        }
        try (MovementStore reopened =
                MovementStore.open(directory.resolve("other.duckdb"), Gazetteer.standard(), CLOCK)) {
            assertThat(reopened.get("again").origin().name()).isEqualTo("Huixtla");
            assertThat(reopened.history("again").get(0).recordedAt()).isEqualTo(CLOCK.instant());
        }
    }

    @Test
    void rejects_an_unknown_place_with_suggestions_and_stores_nothing() {
        assertRejectedWithNothingStored(
                () -> store.addSighting(
                        caravan.id(),
                        NewSighting.at(LocalDate.of(2023, 12, 26), "Huixtal", Optional.empty(), SOURCE, "q")),
                ErrorCode.UNKNOWN_VALUE,
                "did you mean Huixtla, MX");
        assertRejectedWithNothingStored(
                () -> store.addMovement(new NewMovement(
                        "Other", LocalDate.of(2024, 1, 1), "Tapachla", List.of(), MovementStatus.MOVING)),
                ErrorCode.UNKNOWN_VALUE,
                "Tapachula");
    }

    @Test
    void rejects_an_unknown_nationality_and_stores_nothing() {
        assertRejectedWithNothingStored(
                () -> store.addMovement(new NewMovement(
                        "Other", LocalDate.of(2024, 1, 1), "Tapachula", List.of("Hondoras"), MovementStatus.MOVING)),
                ErrorCode.UNKNOWN_VALUE,
                "honduras");
    }

    @Test
    void rejects_impossible_coordinates_and_stores_nothing() {
        assertRejectedWithNothingStored(
                () -> store.addSighting(
                        caravan.id(),
                        new NewSighting(
                                LocalDate.of(2023, 12, 26),
                                "somewhere",
                                Optional.of(new GeoPoint(15.2, -192.5)),
                                Optional.empty(),
                                SOURCE,
                                "q")),
                ErrorCode.INVALID_ARGUMENT,
                "longitude -192.5 is impossible");
    }

    @Test
    void rejects_a_date_before_the_first_report_and_stores_nothing() {
        assertRejectedWithNothingStored(
                () -> store.addSighting(
                        caravan.id(),
                        NewSighting.at(LocalDate.of(2023, 12, 20), "Huixtla", Optional.empty(), SOURCE, "q")),
                ErrorCode.INVALID_ARGUMENT,
                "sighting date 2023-12-20 is before movement 'exodus-from-poverty' was first reported on 2023-12-24");
    }

    @Test
    void rejects_dates_in_the_future_and_stores_nothing() {
        assertRejectedWithNothingStored(
                () -> store.addSighting(
                        caravan.id(),
                        NewSighting.at(LocalDate.of(2024, 1, 11), "Huixtla", Optional.empty(), SOURCE, "q")),
                ErrorCode.INVALID_ARGUMENT,
                "sighting date 2024-01-11 is in the future (today is 2024-01-10)");
        assertRejectedWithNothingStored(
                () -> store.addMovement(new NewMovement(
                        "Later", LocalDate.of(2024, 2, 1), "Tapachula", List.of(), MovementStatus.MOVING)),
                ErrorCode.INVALID_ARGUMENT,
                "first report date 2024-02-01");
    }

    @Test
    void rejects_negative_sizes_and_a_low_above_the_high_and_stores_nothing() {
        assertRejectedWithNothingStored(
                () -> store.addSighting(
                        caravan.id(),
                        NewSighting.at(
                                LocalDate.of(2023, 12, 26),
                                "Huixtla",
                                Optional.of(new SizeEstimate(-5, 100, "", "police")),
                                SOURCE,
                                "q")),
                ErrorCode.INVALID_ARGUMENT,
                "size -5..100 is negative");
        assertRejectedWithNothingStored(
                () -> store.addSighting(
                        caravan.id(),
                        NewSighting.at(
                                LocalDate.of(2023, 12, 26),
                                "Huixtla",
                                Optional.of(new SizeEstimate(7000, 3000, "", "police")),
                                SOURCE,
                                "q")),
                ErrorCode.INVALID_ARGUMENT,
                "size 7000..3000 has its low end above its high end");
    }

    @Test
    void rejects_a_pace_faster_than_buses_and_stores_nothing() {
        // Tapachula on the 24th, Tijuana (about 3,000 km away) on the 25th.
        assertRejectedWithNothingStored(
                () -> store.addSighting(
                        caravan.id(),
                        NewSighting.at(LocalDate.of(2023, 12, 25), "Tijuana", Optional.empty(), SOURCE, "q")),
                ErrorCode.INVALID_ARGUMENT,
                "faster than walking or buses allow");
    }

    @Test
    void rejects_a_sighting_that_would_make_the_next_leg_impossible() {
        store.addSighting(
                caravan.id(), NewSighting.at(LocalDate.of(2023, 12, 28), "Huixtla", Optional.empty(), SOURCE, "q"));
        assertRejectedWithNothingStored(
                () -> store.addSighting(
                        caravan.id(),
                        NewSighting.at(LocalDate.of(2023, 12, 27), "Ciudad Juárez", Optional.empty(), SOURCE, "q")),
                ErrorCode.INVALID_ARGUMENT,
                "Huixtla");
    }

    @Test
    void rejects_a_second_movement_of_the_same_name_instead_of_overwriting_it() {
        assertRejectedWithNothingStored(
                () -> store.addMovement(new NewMovement(
                        "Exodus from Poverty", LocalDate.of(2024, 1, 1), "Huixtla", List.of(), MovementStatus.STALLED)),
                ErrorCode.CONFLICT,
                "movement 'exodus-from-poverty' already exists");
    }

    @Test
    void rejects_a_sighting_of_an_unknown_movement() {
        assertRejectedWithNothingStored(
                () -> store.addSighting(
                        "nope", NewSighting.at(LocalDate.of(2023, 12, 26), "Huixtla", Optional.empty(), SOURCE, "q")),
                ErrorCode.NOT_FOUND,
                "no movement with the id 'nope'");
        assertThatThrownBy(() -> store.get("nope")).hasMessageNotContaining("exodus-from-poverty");
    }

    @Test
    void refuses_names_quotes_and_addresses_longer_than_their_limits_without_echoing_them() {
        String hundredThousand = "a".repeat(100_000);
        assertRejectedWithNothingStored(
                () -> store.addMovement(new NewMovement(
                        hundredThousand, LocalDate.of(2024, 1, 1), "Tapachula", List.of(), MovementStatus.MOVING)),
                ErrorCode.INVALID_ARGUMENT,
                "name has 100,000 characters; at most 120");
        assertRejectedWithNothingStored(
                () -> store.addMovement(new NewMovement(
                        "b".repeat(10_000), LocalDate.of(2024, 1, 1), "Tapachula", List.of(), MovementStatus.MOVING)),
                ErrorCode.INVALID_ARGUMENT,
                "name has 10,000 characters");
        assertRejectedWithNothingStored(
                () -> sight(NewSighting.at(
                        LocalDate.of(2023, 12, 26), "Huixtla", Optional.empty(), SOURCE, "q".repeat(900_000))),
                ErrorCode.INVALID_ARGUMENT,
                "quote has 900,000 characters; at most 2,000");
        assertRejectedWithNothingStored(
                () -> sight(NewSighting.at(
                        LocalDate.of(2023, 12, 26),
                        "Huixtla",
                        Optional.empty(),
                        "https://example.org/" + "x".repeat(10_000),
                        "q")),
                ErrorCode.INVALID_ARGUMENT,
                "source URL has 10,020 characters; at most 2,000");
        assertThatThrownBy(() -> store.addMovement(new NewMovement(
                        hundredThousand, LocalDate.of(2024, 1, 1), "Tapachula", List.of(), MovementStatus.MOVING)))
                .extracting(Throwable::getMessage)
                .satisfies(message -> assertThat(message.length()).isLessThan(200));
    }

    @Test
    void stores_only_web_addresses_as_sources() {
        for (String url : List.of(
                "javascript:alert(1)",
                "JavaScript:alert(1)",
                "data:text/html,x",
                "file:///etc/passwd",
                "example.org/no-scheme",
                "https:///no-host",
                "https://exa mple.org/")) {
            assertRejectedWithNothingStored(
                    () -> sight(NewSighting.at(LocalDate.of(2023, 12, 26), "Huixtla", Optional.empty(), url, "q")),
                    ErrorCode.INVALID_ARGUMENT,
                    "source URL");
        }
    }

    @Test
    void refuses_control_and_bidirectional_override_characters() {
        assertRejectedWithNothingStored(
                () -> store.addMovement(new NewMovement(
                        "Caravan\u202Egnp.exe",
                        LocalDate.of(2024, 1, 1),
                        "Tapachula",
                        List.of(),
                        MovementStatus.MOVING)),
                ErrorCode.INVALID_ARGUMENT,
                "U+202E at position 8");
        assertRejectedWithNothingStored(
                () -> store.addMovement(new NewMovement(
                        "Line\nbreak", LocalDate.of(2024, 1, 1), "Tapachula", List.of(), MovementStatus.MOVING)),
                ErrorCode.INVALID_ARGUMENT,
                "U+000A");
        assertRejectedWithNothingStored(
                () -> sight(new NewSighting(
                        LocalDate.of(2023, 12, 26),
                        "km 40\u0000",
                        Optional.of(new GeoPoint(15.2, -92.5)),
                        Optional.empty(),
                        SOURCE,
                        "q")),
                ErrorCode.INVALID_ARGUMENT,
                "place holds the character U+0000");
        assertRejectedWithNothingStored(
                () -> sight(NewSighting.at(
                        LocalDate.of(2023, 12, 26),
                        "Huixtla",
                        Optional.of(SizeEstimate.of(5000, "", "x".repeat(81))),
                        SOURCE,
                        "q")),
                ErrorCode.INVALID_ARGUMENT,
                "size given by has 81 characters");
        assertRejectedWithNothingStored(
                () -> sight(NewSighting.at(
                        LocalDate.of(2023, 12, 26),
                        "Huixtla",
                        Optional.of(SizeEstimate.of(5_000_000, "", "organisers")),
                        SOURCE,
                        "q")),
                ErrorCode.INVALID_ARGUMENT,
                "larger than any group on record");
    }

    @Test
    void gives_names_without_latin_letters_distinct_valid_ids() {
        Movement japanese = store.addMovement(
                new NewMovement("キャラバン", LocalDate.of(2024, 1, 1), "Tapachula", List.of(), MovementStatus.MOVING));
        Movement emoji = store.addMovement(
                new NewMovement("🚶🚶🚶", LocalDate.of(2024, 1, 1), "Tapachula", List.of(), MovementStatus.MOVING));
        Movement otherJapanese = store.addMovement(
                new NewMovement("移民の行列", LocalDate.of(2024, 1, 1), "Tapachula", List.of(), MovementStatus.MOVING));

        assertThat(List.of(japanese.id(), emoji.id(), otherJapanese.id()))
                .doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(FieldRules.isValidId(id)).as(id).isTrue());
        assertThat(store.get(emoji.id()).name()).isEqualTo("🚶🚶🚶");
        assertRejectedWithNothingStored(
                () -> store.addMovement(new NewMovement(
                        "キャラバン", LocalDate.of(2024, 1, 2), "Huixtla", List.of(), MovementStatus.MOVING)),
                ErrorCode.CONFLICT,
                "already exists");
    }

    @Test
    void cuts_long_ids_at_a_hyphen() {
        String name = "The caravan that left Tapachula on Christmas Eve with thousands of people from many countries";
        Movement movement = store.addMovement(
                new NewMovement(name, LocalDate.of(2024, 1, 1), "Tapachula", List.of(), MovementStatus.MOVING));
        assertThat(movement.id())
                .hasSizeLessThanOrEqualTo(FieldRules.MAX_ID)
                .doesNotEndWith("-")
                .startsWith("the-caravan-that-left-tapachula");
        assertThat(FieldRules.isValidId(movement.id())).isTrue();
    }

    @Test
    void refuses_dates_outside_the_years_1900_to_2100() {
        assertRejectedWithNothingStored(
                () -> store.addMovement(new NewMovement(
                        "Ancient", LocalDate.of(1, 1, 1), "Tapachula", List.of(), MovementStatus.MOVING)),
                ErrorCode.INVALID_ARGUMENT,
                "first report date 0001-01-01 is outside the years 1900 to 2100");
    }

    @Test
    void deletes_a_movement_with_its_sightings_and_history() {
        Movement other = store.addMovement(
                new NewMovement("Other", LocalDate.of(2024, 1, 1), "Huixtla", List.of(), MovementStatus.MOVING));

        store.deleteMovement(caravan.id());

        assertThat(store.list()).containsExactly(other);
        assertThat(store.sightings(caravan.id())).isEmpty();
        assertThat(store.history(caravan.id())).isEmpty();
        assertThatThrownBy(() -> store.deleteMovement(caravan.id()))
                .extracting(e -> ((FronteraException) e).code())
                .isEqualTo(ErrorCode.NOT_FOUND);
    }

    @Test
    void a_read_only_store_reads_without_writing_even_its_tables() throws SQLException {
        Path withMovements = directory.resolve("frontera.duckdb");
        store.close();
        connection.close();
        Path empty = directory.resolve("empty.duckdb");
        DriverManager.getConnection("jdbc:duckdb:" + empty).close();
        java.util.Properties readOnly = new java.util.Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection reading = DriverManager.getConnection("jdbc:duckdb:" + withMovements, readOnly);
                Connection nothing = DriverManager.getConnection("jdbc:duckdb:" + empty, readOnly)) {
            MovementStore stored = MovementStore.openReadOnly(reading, Gazetteer.standard(), CLOCK);
            assertThat(stored.list()).extracting(Movement::id).containsExactly("exodus-from-poverty");
            assertThat(stored.sightings("exodus-from-poverty")).hasSize(1);
            assertThatThrownBy(() -> stored.changeStatus("exodus-from-poverty", MovementStatus.STALLED, "why"))
                    .hasMessageContaining("read-only");

            MovementStore none = MovementStore.openReadOnly(nothing, Gazetteer.standard(), CLOCK);
            assertThat(none.list()).isEmpty();
            assertThatThrownBy(() -> none.get("x"))
                    .extracting(e -> ((FronteraException) e).code())
                    .isEqualTo(ErrorCode.NOT_FOUND);
        }
        connection = DriverManager.getConnection("jdbc:duckdb:" + withMovements);
        store = MovementStore.open(connection, Gazetteer.standard(), CLOCK);
    }

    private Sighting sight(NewSighting sighting) {
        return store.addSighting(caravan.id(), sighting);
    }

    private void assertRejectedWithNothingStored(Executable write, ErrorCode code, String message) {
        List<String> before = snapshot();
        assertThatThrownBy(write::execute)
                .isInstanceOf(FronteraException.class)
                .hasMessageContaining(message)
                .extracting(e -> ((FronteraException) e).code())
                .isEqualTo(code);
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
