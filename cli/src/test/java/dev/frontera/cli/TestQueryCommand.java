package dev.frontera.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The questions issue 2 says Frontera must answer, asked through the command line over a store
 * loaded from the official files. Expected figures were computed by hand from the CSVs (and agree
 * with the hand checks in the shared PROVENANCE.md).
 */
class TestQueryCommand {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path folder;

    static String db;

    @BeforeAll
    static void ingestTheOfficialFiles() {
        db = folder.resolve("frontera.duckdb").toString();
        CommandRunner ingest = CommandRunner.run("--db", db, "ingest");
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        assertThat(ingest.out()).contains("23 new release(s) stored");
    }

    private static JsonNode query(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--db", db, "query", "--format", "json"));
        all.addAll(List.of(args));
        CommandRunner run = CommandRunner.run(all.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    private static List<Long> values(JsonNode answer) {
        List<Long> values = new ArrayList<>();
        answer.get("rows").forEach(row -> values.add(row.get("value").asLong()));
        return values;
    }

    @Test
    void southwest_encounters_for_each_month_of_fy2024() throws Exception {
        JsonNode answer = query("--region", "southwest", "--period", "FY2024", "--group-by", "month");
        assertThat(values(answer))
                .containsExactly(
                        240_927L, 242_399L, 301_981L, 176_195L, 189_913L, 189_359L, 179_737L, 170_716L, 130_415L,
                        104_100L, 107_473L, 101_790L);
        assertThat(answer.get("value").asLong()).isEqualTo(2_135_005L);
        assertThat(answer.at("/provenance/releases/0/name").asText())
                .isEqualTo("nationwide-encounters-fy23-fy26-nov-state.csv");
    }

    @Test
    void southwest_encounters_per_day_in_december_2023() throws Exception {
        JsonNode answer = query("--region", "southwest", "--period", "2023-12", "--per-day");
        assertThat(answer.get("value").asLong()).isEqualTo(301_981L);
        assertThat(answer.get("per_day").asDouble()).isEqualTo(9_741.323);
    }

    @Test
    void border_patrol_southwest_encounters_in_november_and_december_2023() throws Exception {
        JsonNode answer = query(
                "--measure",
                "usbp-encounters",
                "--region",
                "southwest",
                "--period",
                "2023-11..2023-12",
                "--group-by",
                "month");
        assertThat(values(answer)).containsExactly(191_106L, 249_740L);
        assertThat(answer.at("/provenance/view").asText()).isEqualTo("southwest-by-component");
    }

    @Test
    void the_component_can_also_be_given_as_a_filter_with_an_alias() throws Exception {
        JsonNode answer = query("--component", "Border Patrol", "--region", "SW", "--period", "2023-11");
        assertThat(answer.get("value").asLong()).isEqualTo(191_106L);
    }

    @Test
    void southwest_encounters_in_fy2022_and_fy2023_and_nationwide_in_fy2022() throws Exception {
        assertThat(values(query("--region", "southwest", "--period", "FY2022..FY2023", "--group-by", "fiscal-year")))
                .containsExactly(2_378_944L, 2_475_669L);
        assertThat(query("--period", "FY2022").get("value").asLong()).isEqualTo(2_766_582L);
    }

    @Test
    void top_ten_citizenships_of_southwest_encounters_in_fy2023() throws Exception {
        JsonNode answer =
                query("--region", "southwest", "--period", "FY2023", "--group-by", "citizenship", "--top", "10");
        List<String> countries = new ArrayList<>();
        answer.get("rows").forEach(row -> countries.add(row.get("citizenship").asText()));
        assertThat(countries)
                .containsExactly(
                        "mexico",
                        "venezuela",
                        "guatemala",
                        "honduras",
                        "other",
                        "colombia",
                        "cuba",
                        "ecuador",
                        "nicaragua",
                        "haiti");
        assertThat(values(answer)).startsWith(717_333L, 266_071L).endsWith(76_130L);
        assertThat(answer.at("/rows/0/share").asDouble()).isEqualTo(0.29);
    }

    @Test
    void unaccompanied_children_at_the_southwest_border_in_fy2022() throws Exception {
        assertThat(query("--region", "southwest", "--demographic", "UAC", "--period", "FY2022")
                        .get("value")
                        .asLong())
                .isEqualTo(152_057L);
    }

    @Test
    void december_2023_ranks_first_of_all_months_covered_and_november_2023_was_no_record() throws Exception {
        JsonNode december = query("--region", "southwest", "--period", "2023-12");
        assertThat(december.at("/rows/0/rank/rank").asInt()).isEqualTo(1);
        // CBP's files reach back to October 2018; DHS's southwest tables (rounded to 10) to October 2013.
        assertThat(december.at("/rows/0/rank/of").asInt()).isEqualTo(146);
        assertThat(december.at("/rows/0/rank/since").asText()).isEqualTo("2013-10");
        assertThat(december.at("/rows/0/rank/record").asBoolean()).isTrue();
        JsonNode november = query("--region", "southwest", "--period", "2023-11");
        assertThat(november.at("/rows/0/rank/record").asBoolean()).isFalse();
        assertThat(november.at("/rows/0/rank/rank").asInt()).isEqualTo(4);
        assertThat(november.at("/rows/0/rank/highest_since").asText()).isEqualTo("2023-09");
    }

    @Test
    void november_and_december_2023_as_first_published_and_as_revised() throws Exception {
        assertThat(query("--region", "southwest", "--period", "2023-11", "--as-of", "2023-12-22")
                        .get("value")
                        .asLong())
                .isEqualTo(242_418L);
        assertThat(query("--region", "southwest", "--period", "2023-12", "--as-of", "2024-01-26")
                        .get("value")
                        .asLong())
                .isEqualTo(302_034L);
        CommandRunner revisions = CommandRunner.run(
                "--db", db, "query", "--region", "southwest", "--period", "2023-12", "--revisions", "--format", "json");
        JsonNode vintages = JSON.readTree(revisions.out()).get("vintages");
        assertThat(vintages.get(0).at("/release/name").asText())
                .isEqualTo("nationwide-encounters-fy21-fy24-dec-state.csv");
        assertThat(vintages.get(0).get("value").asLong()).isEqualTo(302_034L);
        assertThat(vintages.get(1).get("value").asLong()).isEqualTo(301_983L);
        assertThat(vintages.get(vintages.size() - 1).get("value").asLong()).isEqualTo(301_981L);
    }

    @Test
    void venezuelans_in_texas_in_fy2019_are_refused_with_what_is_missing() {
        CommandRunner run = CommandRunner.run(
                "--db", db, "query", "--citizenship", "venezuela", "--state", "TX", "--period", "FY2019");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.NOT_COVERED);
        assertThat(run.err())
                .contains("no official release answers")
                .contains("by state) covers 2019-10")
                .contains("does not publish state")
                .doesNotContain("Exception");
    }

    @Test
    void table_output_names_its_source() {
        CommandRunner run = CommandRunner.run("--db", db, "query", "--region", "southwest", "--period", "2023-12");
        assertThat(run.out()).contains("301,981").contains("Source: nationwide-encounters-fy23-fy26-nov-state.csv");
    }

    @Test
    void csv_output_has_provenance_comments_and_a_header() {
        CommandRunner run = CommandRunner.run(
                "--db",
                db,
                "query",
                "--region",
                "southwest",
                "--period",
                "FY2024",
                "--group-by",
                "month",
                "--format",
                "csv");
        assertThat(run.out().lines().filter(line -> line.startsWith("# Source:")))
                .hasSize(1);
        assertThat(run.out()).contains("period,value,per_day").contains("2023-12,301981,9741.3");
    }
}
