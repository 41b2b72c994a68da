package dev.frontera.data.store;

import static dev.frontera.data.store.Vintages.published;
import static dev.frontera.data.store.Vintages.stateFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.core.query.Release;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestStoreOpening {
    private static final Path HOME = Path.of("/home/ana");

    @TempDir
    Path folder;

    @Test
    void default_location_prefers_frontera_db() {
        assertThat(Store.defaultLocation(
                        Map.of("FRONTERA_DB", "/srv/data/borders.duckdb", "XDG_DATA_HOME", "/xdg"), HOME))
                .isEqualTo(Path.of("/srv/data/borders.duckdb"));
    }

    @Test
    void default_location_uses_xdg_data_home_when_set() {
        assertThat(Store.defaultLocation(Map.of("XDG_DATA_HOME", "/xdg"), HOME))
                .isEqualTo(Path.of("/xdg/frontera/frontera.duckdb"));
    }

    @Test
    void default_location_falls_back_to_local_share_in_the_home_directory() {
        assertThat(Store.defaultLocation(Map.of(), HOME))
                .isEqualTo(Path.of("/home/ana/.local/share/frontera/frontera.duckdb"));
        assertThat(Store.defaultLocation(Map.of("FRONTERA_DB", " ", "XDG_DATA_HOME", "relative/dir"), HOME))
                .isEqualTo(Path.of("/home/ana/.local/share/frontera/frontera.duckdb"));
    }

    @Test
    void open_creates_the_parent_folders() {
        Path db = folder.resolve("a").resolve("b").resolve("frontera.duckdb");

        try (Store store = Store.open(db)) {
            assertThat(store.releases()).isEmpty();
        }
        assertThat(db).exists();
    }

    @Test
    void a_read_only_store_reads_what_was_stored_and_refuses_to_ingest() {
        Path db = folder.resolve("frontera.duckdb");
        Release stored;
        try (Store store = Store.open(db)) {
            stored = store.ingest(stateFile("nov.csv", YearMonth.of(2023, 10), 100, 200), published("2023-12-22"))
                    .release();
        }

        try (Store readOnly = Store.openReadOnly(db);
                Store secondReader = Store.openReadOnly(db)) {
            assertThat(readOnly.readOnly()).isTrue();
            assertThat(readOnly.releases()).containsExactly(stored);
            assertThat(secondReader.observations(stored.id())).hasSize(4);
            assertThatThrownBy(() ->
                            readOnly.ingest(stateFile("dec.csv", YearMonth.of(2023, 10), 1), published("2024-01-26")))
                    .isInstanceOfSatisfying(
                            FronteraException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.STORE))
                    .hasMessageContaining("read-only")
                    .hasMessageContaining(db.toString());
        }
    }

    @Test
    void read_only_open_of_a_missing_store_says_to_ingest_first() {
        Path db = folder.resolve("missing.duckdb");

        assertThatThrownBy(() -> Store.openReadOnly(db))
                .isInstanceOfSatisfying(
                        FronteraException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.STORE))
                .hasMessageContaining(db.toString())
                .hasMessageContaining("Ingest");
        assertThat(db).doesNotExist();
    }

    @Test
    void opening_read_only_while_this_process_writes_names_the_conflict() {
        Path db = folder.resolve("frontera.duckdb");
        try (Store writer = Store.open(db)) {
            assertThatThrownBy(() -> Store.openReadOnly(db))
                    .isInstanceOfSatisfying(
                            FronteraException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.STORE))
                    .hasMessageContaining(db.toString())
                    .hasMessageContaining("already open in this process");
        }
    }

    @Test
    void a_corrupt_file_is_a_store_error_naming_the_path() throws IOException {
        Path db = folder.resolve("corrupt.duckdb");
        Files.writeString(
                db,
                "this is not a database, just some text long enough to be read as a header".repeat(100),
                StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Store.open(db))
                .isInstanceOfSatisfying(
                        FronteraException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.STORE))
                .hasMessageContaining(db.toString())
                .hasMessageContaining("not a Frontera store");
    }

    @Test
    void a_lock_held_by_another_process_is_explained() {
        FronteraException error = StoreErrors.opening(
                Path.of("/data/frontera.duckdb"),
                new java.sql.SQLException(
                        "IO Error: Could not set lock on file \"/data/frontera.duckdb\": Conflicting lock is held in"
                                + " /usr/bin/java (PID 5351). See also https://duckdb.org/docs/current/connect/concurrency"));

        assertThat(error.code()).isEqualTo(ErrorCode.BUSY);
        assertThat(error.getMessage())
                .contains("/data/frontera.duckdb", "locked by process 5351 (/usr/bin/java)", "read-only");
    }

    @Test
    void a_full_disk_is_named_as_such() {
        FronteraException commit = StoreErrors.failed(
                Path.of("/data/frontera.duckdb"),
                "store a.csv (nothing was stored)",
                new java.sql.SQLException("TransactionContext Error: Failed to commit: Could not write file"
                        + " \"/data/frontera.duckdb\": No space left on device"));
        FronteraException limit = StoreErrors.failed(
                Path.of("/data/frontera.duckdb"),
                "write the staging file",
                new java.sql.SQLException(new java.io.IOException("File too large")));

        assertThat(commit.code()).isEqualTo(ErrorCode.DISK_FULL);
        assertThat(commit.getMessage())
                .startsWith(
                        "The disk holding the store /data/frontera.duckdb has no room" + " (No space left on device)");
        assertThat(limit.code()).isEqualTo(ErrorCode.DISK_FULL);
        assertThat(limit.getMessage()).contains("(File too large)");
    }

    @Test
    void dates_survive_a_time_zone_far_from_utc() {
        // Surefire runs in America/Bahia_Banderas; a date read through java.sql.Date would slip a day.
        Path db = folder.resolve("frontera.duckdb");
        try (Store store = Store.open(db)) {
            store.ingest(stateFile("nov.csv", YearMonth.of(2023, 10), 100), published("2023-12-22"));
            assertThat(store.release("nov.csv").orElseThrow().published()).hasToString("2023-12-22");
        }
    }
}
