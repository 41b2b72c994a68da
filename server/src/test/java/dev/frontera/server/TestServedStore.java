package dev.frontera.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.data.SharedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestServedStore {

    @Test
    void an_empty_store_without_data_says_what_to_do(@TempDir Path directory) {
        Path db = directory.resolve("none.duckdb");

        assertThatThrownBy(() -> ServedStore.prepare(db, Optional.empty(), line -> {}))
                .isInstanceOf(FronteraException.class)
                .satisfies(e -> assertThat(((FronteraException) e).code()).isEqualTo(ErrorCode.NOT_FOUND))
                .hasMessageContaining("--data").hasMessageContaining("not available yet").hasMessageContaining(db.toString());
    }

    @Test
    void an_empty_store_is_loaded_from_the_data_folder_with_progress_then_served_read_only(@TempDir Path directory)
            throws IOException {
        Path folder = linkedFolder(directory);
        List<String> progress = new ArrayList<>();

        try (ServedStore served = ServedStore.prepare(directory.resolve("store.duckdb"), Optional.of(folder), progress::add)) {
            assertThat(served.store().readOnly()).isTrue();
            assertThat(served.store().releases()).hasSize(1);
            assertThat(served.engine().releases()).hasSize(1);
        }
        assertThat(progress).anySatisfy(line -> assertThat(line).startsWith("[1/1] sbo-encounters-fy19-fy22.csv: stored"));
        assertThat(progress.get(progress.size() - 1)).isEqualTo("Loaded 1 releases.");
    }

    @Test
    void a_store_with_releases_is_served_as_it_is(@TempDir Path directory) throws IOException {
        Path db = directory.resolve("store.duckdb");
        ServedStore.prepare(db, Optional.of(linkedFolder(directory)), line -> {}).close();
        List<String> progress = new ArrayList<>();

        try (ServedStore served = ServedStore.prepare(db, Optional.of(directory.resolve("elsewhere")), progress::add)) {
            assertThat(served.store().releases()).hasSize(1);
        }
        assertThat(progress.get(0)).contains("already holds releases");
    }

    @Test
    void rejects_a_missing_data_folder(@TempDir Path directory) {
        assertThatThrownBy(() -> ServedStore.prepare(directory.resolve("s.duckdb"), Optional.of(directory.resolve("nope")), line -> {}))
                .hasMessageContaining("no such folder");
        assertThat(Files.exists(directory.resolve("s.duckdb"))).as("no store is created for nothing").isFalse();
    }

    private static Path linkedFolder(Path directory) throws IOException {
        Path folder = Files.createDirectory(directory.resolve("official"));
        Path file = SharedFiles.cbp("southwest-land-border-encounters/sbo-encounters-fy19-fy22.csv");
        Files.createSymbolicLink(folder.resolve(file.getFileName()), file);
        return folder;
    }

    @Test
    void data_folder_yields_every_official_file_but_not_derived_tables_or_the_dictionary() {
        List<Path> files = ServedStore.officialFiles(dev.frontera.data.SharedFiles.cbp());
        assertThat(files).extracting(path -> path.getFileName().toString())
                .anyMatch(name -> name.endsWith(".csv.gz"))
                .anyMatch(name -> name.endsWith(".xlsx"))
                .anyMatch(name -> name.endsWith(".pdf"))
                .noneMatch(name -> name.contains("dictionary"));
        assertThat(files).noneMatch(path -> path.toString().contains("derived"));
    }
}
