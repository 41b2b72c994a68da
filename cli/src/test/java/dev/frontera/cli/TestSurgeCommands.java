package dev.frontera.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.frontera.data.PublishedRecord;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** digest, forecast and alerts through the command line, and the digest and alerts that ingest prints. */
class TestSurgeCommands {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void ingest_prints_the_digest_and_fires_alert_rules_on_a_new_release() throws Exception {
        // Copies on disk: the command line takes file names, and inside a jar the record is not a folder.
        String db = folder.resolve("frontera.duckdb").toString();
        CommandRunner first =
                CommandRunner.run("--db", db, "ingest", stateRelease("fy20-fy23"), stateRelease("fy21-fy24-nov"));
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("Digest of nationwide-encounters-fy21-fy24-nov-state.csv");

        CommandRunner add = CommandRunner.run(
                "--db",
                db,
                "alerts",
                "add",
                "--name",
                "southwest daily",
                "--region",
                "southwest",
                "--per-day",
                "--above",
                "2500");
        assertThat(add.exitCode()).as(add.err()).isZero();
        assertThat(add.out())
                .contains(
                        "Added alert rule 'southwest-daily': southwest encounters per day above 2,500.",
                        "2,500-a-day threshold",
                        "which CBP does not publish");
        CommandRunner both = CommandRunner.run(
                "--db", db, "alerts", "add", "--name", "x", "--region", "southwest", "--above", "1", "--record");
        assertThat(both.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(both.err()).contains("exactly one condition");

        CommandRunner december = CommandRunner.run("--db", db, "ingest", stateRelease("fy21-fy24-dec"));
        assertThat(december.exitCode()).as(december.err()).isZero();
        assertThat(december.out())
                .contains(
                        "Digest of nationwide-encounters-fy21-fy24-dec-state.csv",
                        "1. Encounters at the southwest border in December 2023 were 302,034, the highest month in the record then held",
                        "$ frontera query --region southwest --period 2023-12 --as-of 2024-01-26",
                        "ALERT Encounters at the southwest border in December 2023 averaged 9,743 a day",
                        "1 alert(s) fired");

        CommandRunner list = CommandRunner.run("--db", db, "alerts", "list");
        assertThat(list.out()).contains("southwest-daily", "averaged 9,743 a day", "monthly average per day");
        CommandRunner remove = CommandRunner.run("--db", db, "alerts", "remove", "southwest-daily", "--reason", "test");
        assertThat(remove.exitCode()).as(remove.err()).isZero();
        assertThat(CommandRunner.run("--db", db, "alerts", "list").out()).contains("No alert rules yet");
        assertThat(CommandRunner.run("--db", db, "alerts", "history", "southwest-daily")
                        .out())
                .contains("added", "fired", "removed: test");

        JsonNode digest = JSON.readTree(
                CommandRunner.run("--db", db, "digest", "--format", "json").out());
        assertThat(digest.get("release").get("name").asText())
                .isEqualTo("nationwide-encounters-fy21-fy24-dec-state.csv");
        assertThat(digest.get("items").get(0).get("kind").asText()).isEqualTo("record-high");

        CommandRunner forecast = CommandRunner.run("--db", db, "forecast", "--region", "southwest", "--format", "json");
        assertThat(forecast.exitCode()).as(forecast.err()).isZero();
        JsonNode view = JSON.readTree(forecast.out());
        assertThat(view.get("official").asBoolean()).isFalse();
        assertThat(view.get("forecast")).hasSize(3);
        assertThat(view.get("forecast").get(0).get("month").asText()).isEqualTo("2024-01");
        CommandRunner table = CommandRunner.run("--db", db, "forecast", "--region", "southwest", "--horizon", "1");
        assertThat(table.out()).contains("not an official figure", "2024-01", "forecast", "baseline");
        CommandRunner tooFar =
                CommandRunner.run("--db", db, "forecast", "--region", "southwest", "--period", "2024-06");
        assertThat(tooFar.exitCode()).isEqualTo(ExitCodes.of(dev.frontera.core.ErrorCode.NOT_COVERED));
        assertThat(tooFar.err()).contains("3 months ahead at most");
    }

    private String stateRelease(String span) throws IOException {
        String name = "nationwide-encounters-state/nationwide-encounters-%s-state.csv.gz".formatted(span);
        return PublishedRecord.copy(name, folder).toString();
    }
}
