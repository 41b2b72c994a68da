package dev.frontera.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontera.data.PublishedRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code frontera ingest} and {@code frontera releases} on folders of official files. */
class TestIngestCommand {

    @Test
    void an_empty_folder_says_which_files_it_looks_for(@TempDir Path folder) throws IOException {
        Path empty = Files.createDirectory(folder.resolve("empty"));

        CommandRunner run =
                CommandRunner.run("--db", folder.resolve("s.duckdb").toString(), "ingest", empty.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err())
                .contains("no official files found")
                .contains("CSV")
                .contains(".csv.gz")
                .contains("xlsx")
                .contains("PDF");
    }

    @Test
    void files_go_in_by_publication_and_a_second_run_reads_nothing(@TempDir Path folder) throws IOException {
        Path official = Files.createDirectory(folder.resolve("official"));
        PublishedRecord.copy("southwest-land-border-encounters/sbo-encounters-fy22-fy25-aug.csv", official);
        PublishedRecord.copy("southwest-land-border-encounters/sbo-encounters-fy22-fy25-nov.csv", official);
        String db = folder.resolve("s.duckdb").toString();

        CommandRunner first = CommandRunner.run("--db", db, "ingest", official.toString());
        CommandRunner second = CommandRunner.run("--db", db, "ingest", official.toString());

        assertThat(first.exitCode()).as(first.err()).isZero();
        // November 2024 was published before August 2025: it goes first, and August is measured against it.
        assertThat(first.out())
                .containsSubsequence(
                        "sbo-encounters-fy22-fy25-nov.csv: stored",
                        "sbo-encounters-fy22-fy25-aug.csv: stored",
                        "against sbo-encounters-fy22-fy25-nov.csv");
        assertThat(second.out()).contains("0 new release(s) stored, 2 already present, 0 rejected.");
    }

    @Test
    void releases_align_file_names_left_even_those_starting_with_a_digit_and_print_csv(@TempDir Path folder)
            throws IOException {
        Path official = Files.createDirectory(folder.resolve("official"));
        PublishedRecord.copy("southwest-land-border-encounters/sbo-encounters-fy19-fy22.csv", official);
        PublishedRecord.copy(
                "ohss/2024_1108_ohss_immigration-enforcement-and-legal-processes-tables-july-2024.xlsx", official);
        String db = folder.resolve("s.duckdb").toString();
        assertThat(CommandRunner.run("--db", db, "ingest", official.toString()).exitCode())
                .isZero();

        List<String> lines =
                CommandRunner.run("--db", db, "releases").out().lines().toList();
        int nameColumn = lines.get(0).indexOf("name");
        assertThat(lines.subList(1, lines.size()))
                .hasSize(2)
                .allSatisfy(line -> assertThat(line.substring(nameColumn)).matches("^[0-9a-z_]\\S+\\s.*"));
        assertThat(CommandRunner.run("--db", db, "releases", "--format", "csv").out())
                .startsWith("id,name,family,published,months,rows\n");
        assertThat(CommandRunner.run("--db", db, "releases", "--help").out()).contains("csv");
    }
}
