package dev.frontera.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.core.query.Release;
import dev.frontera.data.PublishedRecord;
import dev.frontera.data.read.OfficialFiles;
import dev.frontera.data.read.ParsedFile;
import dev.frontera.data.store.ReleaseMetadata;
import dev.frontera.data.store.Store;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code frontera serve} does to its store before serving: complete it from a record, or refuse. */
class TestServedStore {
    private static final String FY19_FY22 = "southwest-land-border-encounters/sbo-encounters-fy19-fy22.csv";
    private static final String FY22_FY25_NOV = "southwest-land-border-encounters/sbo-encounters-fy22-fy25-nov.csv";

    @Test
    void without_data_the_bundled_record_is_stored_on_the_first_start_and_only_checked_after(@TempDir Path directory) {
        Path db = directory.resolve("first.duckdb");
        List<String> first = new ArrayList<>();

        try (ServedStore served = ServedStore.prepare(db, Optional.empty(), first::add)) {
            assertThat(served.store().readOnly()).isTrue();
            assertThat(served.engine().releases()).hasSize(23);
            assertThat(served.engine().releases())
                    .extracting(Release::firstMonth)
                    .contains(YearMonth.of(1925, 9));
        }
        assertThat(first.get(0)).startsWith("First start: storing the 23 files of the official record in");
        assertThat(first)
                .filteredOn(line -> line.matches("\\[\\d+/23] .*: stored, .*"))
                .hasSize(23);
        // Publication order: the Border Patrol tables of 2020 first, CBP's December 2025 release last, and
        // the southwest release of November 2024 before that of August 2025 (file name order is the reverse).
        assertThat(first.get(1)).startsWith("[1/23] u.s._border_patrol_");
        assertThat(first)
                .anyMatch(line -> line.startsWith("[23/23] nationwide-encounters-fy23-fy26-nov-state.csv: stored"));
        assertThat(String.join("\n", first))
                .containsSubsequence(
                        "sbo-encounters-fy22-fy25-nov.csv: stored", "sbo-encounters-fy22-fy25-aug.csv: stored");
        assertThat(first.get(first.size() - 1)).isEqualTo("Loaded 23 releases.");

        List<String> second = new ArrayList<>();
        ServedStore.prepare(db, Optional.empty(), second::add).close();
        assertThat(second.get(0)).contains("holds all 23 files of the official record");
        assertThat(second).noneMatch(line -> line.contains("stored,"));
    }

    @Test
    void a_bad_file_is_rejected_the_good_ones_stored_and_nothing_served_until_it_is_fixed(@TempDir Path directory)
            throws IOException {
        Path folder = Files.createDirectory(directory.resolve("official"));
        PublishedRecord.copy(FY19_FY22, folder);
        PublishedRecord.copy(FY22_FY25_NOV, folder);
        Path bad = Files.writeString(
                folder.resolve("broken.csv"), "Fiscal Year,Month,Count\n2024,OCT,many\n", StandardCharsets.UTF_8);
        Path db = directory.resolve("store.duckdb");
        List<String> progress = new ArrayList<>();

        assertThatThrownBy(() -> ServedStore.prepare(db, Optional.of(folder), progress::add))
                .isInstanceOf(FronteraException.class)
                .satisfies(e -> assertThat(((FronteraException) e).code()).isEqualTo(ErrorCode.MALFORMED_FILE))
                .hasMessageContaining("not serving: 1 of the 3 files")
                .hasMessageContaining("broken.csv")
                .hasMessageContaining("incomplete");
        assertThat(progress).anyMatch(line -> line.matches("\\[\\d/3] broken.csv: rejected: .+"));
        assertThat(progress).filteredOn(line -> line.contains(": stored,")).hasSize(2);
        try (Store store = Store.openReadOnly(db)) {
            assertThat(store.releases()).as("the good files stay stored").hasSize(2);
        }

        // Again, unchanged: still refused, and only the missing file is read (no "already holds releases").
        progress.clear();
        assertThatThrownBy(() -> ServedStore.prepare(db, Optional.of(folder), progress::add))
                .hasMessageContaining("broken.csv");
        assertThat(progress.get(0)).contains("lacks 1 of the 3 files");
        assertThat(progress).noneMatch(line -> line.contains(": stored,"));

        Files.delete(bad);
        progress.clear();
        try (ServedStore served = ServedStore.prepare(db, Optional.of(folder), progress::add)) {
            assertThat(served.engine().releases()).hasSize(2);
        }
        assertThat(progress.get(0)).contains("holds all 2 files");
    }

    @Test
    void an_interrupted_start_resumes_with_what_is_missing_and_keeps_other_releases(@TempDir Path directory)
            throws IOException {
        Path folder = Files.createDirectory(directory.resolve("official"));
        PublishedRecord.copy(FY19_FY22, folder);
        PublishedRecord.copy(FY22_FY25_NOV, folder);
        Path db = directory.resolve("store.duckdb");
        try (Store store = Store.open(db)) {
            // As if the first start had stopped after one file, and fetch had added another release.
            store(store, PublishedRecord.file(FY19_FY22));
            store(store, PublishedRecord.file("southwest-land-border-encounters/sbo-encounters-fy22-fy25-aug.csv"));
        }
        List<String> progress = new ArrayList<>();

        try (ServedStore served = ServedStore.prepare(db, Optional.of(folder), progress::add)) {
            assertThat(served.engine().releases())
                    .extracting(Release::name)
                    .containsExactlyInAnyOrder(
                            "sbo-encounters-fy19-fy22.csv",
                            "sbo-encounters-fy22-fy25-nov.csv",
                            "sbo-encounters-fy22-fy25-aug.csv");
        }
        assertThat(progress.get(0)).contains("lacks 1 of the 2 files");
        assertThat(progress.get(1)).startsWith("[1/1] sbo-encounters-fy22-fy25-nov.csv: stored");
    }

    @Test
    void rejects_a_missing_or_empty_data_folder_and_creates_no_store(@TempDir Path directory) throws IOException {
        assertThatThrownBy(() -> ServedStore.prepare(
                        directory.resolve("s.duckdb"), Optional.of(directory.resolve("nope")), line -> {}))
                .hasMessageContaining("no such folder");
        Path empty = Files.createDirectory(directory.resolve("empty"));
        assertThatThrownBy(() -> ServedStore.prepare(directory.resolve("s.duckdb"), Optional.of(empty), line -> {}))
                .hasMessageContaining("no official files")
                .hasMessageContaining("CSV")
                .hasMessageContaining("xlsx")
                .hasMessageContaining("PDF");
        assertThat(Files.exists(directory.resolve("s.duckdb")))
                .as("no store is created for nothing")
                .isFalse();
    }

    @Test
    void the_bundled_record_yields_every_official_file_but_not_the_dictionary() {
        List<Path> files = ServedStore.officialFiles(PublishedRecord.folder());
        assertThat(files).hasSize(23);
        assertThat(files)
                .extracting(path -> path.getFileName().toString())
                .anyMatch(name -> name.endsWith(".csv.gz"))
                .anyMatch(name -> name.endsWith(".xlsx"))
                .anyMatch(name -> name.endsWith(".pdf"))
                .noneMatch(name -> name.contains("dictionary"));
        assertThat(files).isSortedAccordingTo(Comparator.naturalOrder());
    }

    private static void store(Store store, Path file) {
        ParsedFile parsed = OfficialFiles.read(file);
        store.ingest(parsed, ReleaseMetadata.fromCatalog(parsed));
    }
}
