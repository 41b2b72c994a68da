package dev.frontera.data.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontera.core.FronteraException;
import dev.frontera.core.query.Release;
import dev.frontera.data.PublishedRecord;
import dev.frontera.data.read.ParsedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Storing a set of official files: publication order, files already held not read again, bad files set aside. */
class TestIngestion {
    private static final String FOLDER = "southwest-land-border-encounters/";

    /** Records what the ingest told it, in order. */
    private static final class Log implements Ingestion.Listener {
        final List<String> lines = new ArrayList<>();
        final List<String> read = new ArrayList<>();

        @Override
        public void alreadyStored(int position, int count, Path file, Release release) {
            lines.add(position + "/" + count + " held " + release.name());
        }

        @Override
        public IngestProgress storing(ParsedFile file) {
            read.add(file.name());
            return IngestProgress.none();
        }

        @Override
        public void stored(int position, int count, Path file, IngestResult result) {
            lines.add(position + "/" + count + " stored " + result.release().name()
                    + result.revisions()
                            .previous()
                            .map(previous -> " against " + previous.name())
                            .orElse(""));
        }

        @Override
        public void rejected(int position, int count, Path file, FronteraException reason) {
            lines.add(position + "/" + count + " rejected " + file.getFileName());
        }
    }

    @Test
    void files_go_in_publication_order_whatever_order_they_are_given_in(@TempDir Path directory) throws IOException {
        // By name, August 2025 sorts before November 2024; by publication it comes after.
        List<Path> files = List.of(
                PublishedRecord.copy(FOLDER + "sbo-encounters-fy22-fy25-aug.csv", directory),
                PublishedRecord.copy(FOLDER + "sbo-encounters-fy22-fy25-nov.csv", directory),
                PublishedRecord.copy(FOLDER + "sbo-encounters-fy19-fy22.csv", directory));
        Log log = new Log();

        try (Store store = Store.open(directory.resolve("s.duckdb"))) {
            Ingestion.Outcome outcome = Ingestion.run(store, files, log);
            assertThat(outcome.complete()).isTrue();
            assertThat(outcome.stored()).hasSize(3);
        }
        assertThat(log.lines)
                .containsExactly(
                        "1/3 stored sbo-encounters-fy19-fy22.csv",
                        "2/3 stored sbo-encounters-fy22-fy25-nov.csv against sbo-encounters-fy19-fy22.csv",
                        "3/3 stored sbo-encounters-fy22-fy25-aug.csv against sbo-encounters-fy22-fy25-nov.csv");
    }

    @Test
    void files_already_held_are_recognised_by_their_bytes_and_not_read_again(@TempDir Path directory)
            throws IOException {
        List<Path> files = List.of(
                PublishedRecord.copy(FOLDER + "sbo-encounters-fy19-fy22.csv", directory),
                PublishedRecord.copy(
                        "nationwide-encounters-state/nationwide-encounters-fy21-fy24-oct-state.csv.gz", directory));
        try (Store store = Store.open(directory.resolve("s.duckdb"))) {
            Ingestion.run(store, files.subList(0, 1), new Log());
            assertThat(Ingestion.missing(store, files))
                    .extracting(path -> path.getFileName().toString())
                    .containsExactly("nationwide-encounters-fy21-fy24-oct-state.csv.gz");

            Log again = new Log();
            Ingestion.Outcome outcome = Ingestion.run(store, files, again);
            assertThat(again.read).containsExactly("nationwide-encounters-fy21-fy24-oct-state.csv");
            assertThat(outcome.alreadyStored())
                    .extracting(Release::name)
                    .containsExactly("sbo-encounters-fy19-fy22.csv");
            // The gzipped file is known by its published bytes: a third run reads nothing.
            Log third = new Log();
            Ingestion.run(store, files, third);
            assertThat(third.read).isEmpty();
            assertThat(Ingestion.missing(store, files)).isEmpty();
        }
    }

    @Test
    void a_file_that_cannot_be_read_is_rejected_and_the_others_still_go_in(@TempDir Path directory) throws IOException {
        Path bad = Files.writeString(
                directory.resolve("bad.csv"), "not,an,official\nfile,at,all\n", StandardCharsets.UTF_8);
        Path good = PublishedRecord.copy(FOLDER + "sbo-encounters-fy19-fy22.csv", directory);
        Log log = new Log();

        try (Store store = Store.open(directory.resolve("s.duckdb"))) {
            Ingestion.Outcome outcome = Ingestion.run(store, List.of(bad, good), log);
            assertThat(outcome.complete()).isFalse();
            assertThat(outcome.rejected()).extracting(Ingestion.Rejection::file).containsExactly(bad);
            assertThat(store.releases()).extracting(Release::name).containsExactly("sbo-encounters-fy19-fy22.csv");
        }
        assertThat(log.lines).containsExactly("1/2 stored sbo-encounters-fy19-fy22.csv", "2/2 rejected bad.csv");
    }
}
