package dev.frontera.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontera.data.PublishedRecord;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad query arguments get a message that names the problem and the valid values, and exit code 2. */
class TestBadArguments {
    @TempDir
    static Path folder;

    static String db;

    @BeforeAll
    static void ingestOneRelease() throws IOException {
        Path file = PublishedRecord.copy("southwest-land-border-encounters/sbo-encounters-fy22-fy25-aug.csv", folder);
        db = folder.resolve("frontera.duckdb").toString();
        assertThat(CommandRunner.run("--db", db, "ingest", file.toString()).exitCode())
                .isZero();
    }

    private static CommandRunner query(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--db";
        all[1] = db;
        all[2] = "query";
        System.arraycopy(args, 0, all, 3, args.length);
        return CommandRunner.run(all);
    }

    @Test
    void unknown_citizenship_names_the_nearest_values_not_all_of_them() {
        CommandRunner run = query("--citizenship", "atlantis", "--period", "FY2023");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err())
                .contains("unknown citizenship 'atlantis'")
                .containsPattern("the nearest of its \\d+ valid values")
                .doesNotContain("Exception");
        assertThat(run.err().split(",")).hasSizeLessThan(10);
        assertThat(query("--citizenship", "mexcio", "--period", "FY2023").err()).contains("did you mean mexico?");
    }

    @Test
    void unknown_region_lists_every_valid_one_nationwide_too() {
        assertThat(query("--region", "sothwest", "--period", "FY2023").err())
                .contains("did you mean southwest? Valid values: nationwide, northern, other, southwest");
    }

    @Test
    void month_13_is_rejected() {
        CommandRunner run = query("--period", "2023-13");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("month 13 does not exist");
    }

    @Test
    void a_range_that_ends_before_it_starts_is_rejected() {
        CommandRunner run = query("--period", "2024-05..2023-10");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("ends (2023-10) before it starts (2024-05)");
    }

    @Test
    void a_sector_with_a_typo_gets_a_suggestion() {
        CommandRunner run = query("--sector", "rio-grande-vally", "--period", "FY2023");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("did you mean rio-grande-valley");
    }

    @Test
    void unknown_measure_and_format_list_the_valid_values() {
        assertThat(query("--measure", "crossings", "--period", "FY2023").err()).contains("valid values: encounters");
        assertThat(query("--period", "FY2023", "--format", "xml").err()).contains("valid values: table, csv, json");
    }

    @Test
    void a_missing_store_says_what_to_run_first() {
        CommandRunner run = CommandRunner.run(
                "--db", folder.resolve("nothing-here.duckdb").toString(), "query", "--period", "FY2023");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("frontera ingest");
    }

    @Test
    void a_malformed_file_is_rejected_with_its_line_and_the_store_keeps_what_it_had() throws Exception {
        Path bad = folder.resolve("broken-state.csv");
        java.nio.file.Files.writeString(
                bad,
                "Fiscal Year,Month Grouping,Month (abbv),Land Border Region,State,Demographic,"
                        + "Citizenship,Title of Authority,Encounter Count\r\n2024,FYTD,OCT,Southwest Land Border,TX,Single Adults,"
                        + "MEXICO,Title 8,12x\r\n",
                java.nio.charset.StandardCharsets.UTF_8);
        String before = CommandRunner.run("--db", db, "releases").out();
        CommandRunner run = CommandRunner.run("--db", db, "ingest", bad.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("broken-state.csv").contains("line 2").contains("Encounter Count");
        assertThat(CommandRunner.run("--db", db, "releases").out()).isEqualTo(before);
    }
}
