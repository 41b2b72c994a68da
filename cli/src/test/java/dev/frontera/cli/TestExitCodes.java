package dev.frontera.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12's findings 4 and 8: the exit codes the README defines (2 bad input, 4 a limit or a
 * resource held elsewhere, 1 only for bugs) for a full disk, a locked store, a bad port or host,
 * a FIFO given to ingest and absurd dates; and the movement commands beside a running server.
 */
class TestExitCodes {
    /** The record/ folder of this checkout, as a path other processes can read (not inside a jar). */
    private static final Path RECORD = Path.of("..", "record").toAbsolutePath().normalize();

    @TempDir
    static Path folder;

    static String db;

    @BeforeAll
    static void ingestOneRelease() {
        Path file = RECORD.resolve("southwest-land-border-encounters/sbo-encounters-fy22-fy25-nov.csv");
        db = folder.resolve("frontera.duckdb").toString();
        assertThat(CommandRunner.run("--db", db, "ingest", file.toString()).exitCode())
                .isZero();
    }

    @Test
    void serve_refuses_a_bad_port_rate_or_host_as_bad_input() {
        assertBadInput(
                CommandRunner.run("--db", db, "serve", "--port", "99999"), "--port must be a number from 1 to 65535");
        assertBadInput(CommandRunner.run("--db", db, "serve", "--check-rate", "0"), "--check-rate must be a positive");
        assertBadInput(
                CommandRunner.run("--db", db, "serve", "--check-rate", "NaN"), "--check-rate must be a positive");
        assertBadInput(
                CommandRunner.run("--db", db, "serve", "--host", "999.1.1.1"),
                "--host '999.1.1.1' is not an address of this machine");
        assertBadInput(
                CommandRunner.run("--db", db, "serve", "--host", "192.0.2.250", "--port", "0"),
                "not an address of this machine");
    }

    @Test
    void serve_on_a_port_in_use_is_a_busy_resource() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CommandRunner run =
                    CommandRunner.run("--db", db, "serve", "--port", Integer.toString(taken.getLocalPort()));

            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.RESOURCE);
            assertThat(run.err())
                    .contains("port " + taken.getLocalPort())
                    .contains("already in use")
                    .doesNotContain("internal error");
        }
    }

    @Test
    void ingest_refuses_a_fifo_at_once_instead_of_reading_it_forever(@TempDir Path directory) throws Exception {
        Path fifo = directory.resolve("pipe.csv");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
        String store = directory.resolve("fifo.duckdb").toString();

        CommandRunner run = assertTimeoutPreemptively(
                Duration.ofSeconds(60), () -> CommandRunner.run("--db", store, "ingest", fifo.toString()));

        assertBadInput(run, "is not a regular file");
        assertThat(Files.exists(Path.of(store)))
                .as("no store is created, so no lock is held")
                .isFalse();
    }

    @Test
    void absurd_dates_are_bad_input() {
        assertBadInput(
                CommandRunner.run(
                        "--db", db, "query", "--region", "southwest", "--period", "2023-12", "--as-of", "+12024-01-01"),
                "as-of");
        assertBadInput(
                CommandRunner.run(
                        "--db", db, "query", "--region", "southwest", "--period", "2023-12", "--as-of", "0001-01-01"),
                "outside the years 1900 to 2100");
        for (String date : new String[] {"0001-01-01", "+12024-01-01"}) {
            CommandRunner check = CommandRunner.run("--db", db, "check", "-", "--published", date);
            assertBadInput(check, "--published");
            assertBadInput(
                    CommandRunner.run(
                            "--db",
                            db,
                            "movements",
                            "add",
                            "--name",
                            "Dated",
                            "--first-reported",
                            date,
                            "--origin",
                            "Tapachula"),
                    "--first-reported");
        }
    }

    @Test
    void the_cli_refuses_movement_input_the_api_refuses() {
        assertBadInput(
                CommandRunner.run(
                        "--db",
                        db,
                        "movements",
                        "add",
                        "--name",
                        "n".repeat(10_000),
                        "--first-reported",
                        "2024-01-05",
                        "--origin",
                        "Tapachula"),
                "name has 10,000 characters; at most 120");
        assertThat(CommandRunner.run(
                                "--db",
                                db,
                                "movements",
                                "add",
                                "--name",
                                "Rules caravan",
                                "--first-reported",
                                "2024-01-05",
                                "--origin",
                                "Tapachula")
                        .exitCode())
                .isZero();
        assertBadInput(
                CommandRunner.run(
                        "--db",
                        db,
                        "movements",
                        "sight",
                        "rules-caravan",
                        "--date",
                        "2024-01-06",
                        "--place",
                        "Huixtla",
                        "--source",
                        "javascript:alert(1)"),
                "source URL must start with http");
        assertBadInput(
                CommandRunner.run(
                        "--db",
                        db,
                        "movements",
                        "sight",
                        "rules-caravan",
                        "--date",
                        "2024-01-06",
                        "--place",
                        "Huixtla",
                        "--source",
                        "https://example.org/a",
                        "--quote",
                        "q".repeat(3_000)),
                "quote has 3,000 characters");
        CommandRunner again = CommandRunner.run(
                "--db",
                db,
                "movements",
                "add",
                "--name",
                "Rules Caravan",
                "--first-reported",
                "2024-01-05",
                "--origin",
                "Huixtla");
        assertBadInput(again, "already exists");
        assertThat(CommandRunner.run("--db", db, "movements", "delete", "rules-caravan")
                        .exitCode())
                .isZero();
        assertThat(CommandRunner.run("--db", db, "movements", "list").out()).doesNotContain("rules-caravan");
    }

    @Test
    void movements_list_and_show_work_beside_a_read_only_server_and_a_locked_store_is_busy(@TempDir Path directory)
            throws IOException {
        assertThat(CommandRunner.run(
                                "--db",
                                db,
                                "movements",
                                "add",
                                "--name",
                                "Beside caravan",
                                "--first-reported",
                                "2024-01-05",
                                "--origin",
                                "Tapachula")
                        .exitCode())
                .isZero();
        try (ChildFrontera server = ChildFrontera.start("--db", db, "serve", "--port", "0")) {
            server.awaitLine("Serving");
            CommandRunner list = CommandRunner.run("--db", db, "movements", "list");
            assertThat(list.exitCode()).as(list.err()).isZero();
            assertThat(list.out()).contains("beside-caravan");
            assertThat(CommandRunner.run("--db", db, "movements", "show", "beside-caravan")
                            .exitCode())
                    .isZero();
        }

        Path token = directory.resolve("token");
        Files.writeString(token, "exit-codes-admin-token-0123456789", StandardCharsets.UTF_8);
        try (ChildFrontera writer =
                ChildFrontera.start("--db", db, "serve", "--port", "0", "--admin-token-file", token.toString())) {
            writer.awaitLine("Serving");
            for (String[] command : new String[][] {
                {"movements", "list"},
                {"query", "--region", "southwest", "--period", "2023-12"},
                {
                    "ingest",
                    RECORD.resolve("southwest-land-border-encounters/sbo-encounters-fy22-fy25-nov.csv")
                            .toString()
                }
            }) {
                String[] args = new String[command.length + 2];
                args[0] = "--db";
                args[1] = db;
                System.arraycopy(command, 0, args, 2, command.length);
                CommandRunner run = CommandRunner.run(args);
                assertThat(run.exitCode())
                        .as(String.join(" ", command) + ": " + run.err())
                        .isEqualTo(ExitCodes.RESOURCE);
                assertThat(run.err()).contains("is locked by").doesNotContain("internal error");
            }
        }
    }

    @Test
    void a_huge_field_is_quoted_briefly_not_echoed_whole(@TempDir Path directory) throws IOException {
        Path official = RECORD.resolve("southwest-land-border-encounters/sbo-encounters-fy22-fy25-nov.csv");
        List<String> lines = Files.readAllLines(official, StandardCharsets.UTF_8);
        String[] row = lines.get(1).split(",");
        row[row.length - 1] = "9".repeat(20_000_000);
        Path file = Files.write(
                directory.resolve("huge-field.csv"),
                List.of(lines.get(0), String.join(",", row), lines.get(2)),
                StandardCharsets.UTF_8);

        CommandRunner run =
                CommandRunner.run("--db", directory.resolve("huge.duckdb").toString(), "ingest", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err())
                .contains("huge-field.csv: line 2, column 9")
                .contains("(20,000,000 characters)")
                .hasSizeLessThan(1_000);
    }

    @Test
    void a_full_disk_stops_ingest_with_exit_4_naming_the_cause(@TempDir Path directory) {
        Path store = directory.resolve("full.duckdb");
        Path folderOfFiles = RECORD.resolve("nationwide-encounters-state");
        // A file size limit of 8 MB: DuckDB's and the staging file's writes fail as on a full disk.
        try (ChildFrontera ingest = ChildFrontera.startWithFileSizeLimit(
                8000, "--db", store.toString(), "ingest", folderOfFiles.toString())) {
            ChildFrontera.Finished finished = ingest.await(300);

            assertThat(finished.exitCode()).as(finished.output()).isEqualTo(ExitCodes.RESOURCE);
            assertThat(finished.output())
                    .contains("has no room")
                    .contains("File too large")
                    .contains("were not stored")
                    .doesNotContain("rejected")
                    .doesNotContain("no transaction is active")
                    .doesNotContain("internal error");
        }
        CommandRunner releases = CommandRunner.run("--db", store.toString(), "releases");
        assertThat(releases.exitCode()).as(releases.err()).isZero();
    }

    private static void assertBadInput(CommandRunner run, String message) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(message).doesNotContain("internal error").doesNotContain("\tat ");
    }
}
