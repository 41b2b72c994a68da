package dev.frontera.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.frontera.data.SharedFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code frontera check} run in-process against a store holding the record bundled with Frontera.
 * Tests that read the seed article skip when the shared news fixtures are absent; the others run.
 */
class TestCheckCommand {
    @TempDir
    static Path folder;

    private static Path db;

    private record Run(int code, String out, String err) {}

    @BeforeAll
    static void ingestTheBundledRecord() {
        db = folder.resolve("check.duckdb");
        Run ingest = run("--db", db.toString(), "ingest");
        assertThat(ingest.code()).as(ingest.err()).isZero();
    }

    /** The seed article (shared fixture), or a skip. */
    private static Path article() {
        return SharedFiles.fixtures("articles/blinken-mexico-city-2023-12.txt");
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Frontera.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    private static Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void prints_each_figure_marked_with_its_verdict_evidence_and_query() {
        Run check = run("--db", db.toString(), "check", article().toString(), "--published", "2023-12-28");

        assertThat(check.code()).as(check.err()).isZero();
        assertThat(check.out())
                .contains("[[over 190,000]] people were apprehended in November alone")
                .contains("ACCURATE: \"over 190,000\"")
                .contains("official figure: 191,106, from sbo-encounters")
                .contains("query: frontera query --measure usbp-encounters --region southwest --period 2023-11")
                .contains("[[Up to 10,000]]")
                .containsAnyOf("INACCURATE: \"a record number\"", "UNVERIFIABLE: \"a record number\"")
                .contains("confidence: ")
                .doesNotContain("7,000")
                .contains("[[around 1,000 miles]] south of the US border")
                .contains("ACCURATE: \"around 1,000 miles\"")
                .contains("read as: distance to the US-Mexico border from")
                .contains("straight line: ")
                .contains("by road: ")
                .doesNotContain("query: frontera query --measure distance");
        assertThat(check.err()).isEmpty();
    }

    @Test
    void writes_the_claims_as_json() throws IOException {
        Path article = article();
        Run check = run(
                "--db", db.toString(), "check", article.toString(), "--published", "2023-12-28", "--format", "json");

        assertThat(check.code()).as(check.err()).isZero();
        JsonNode claims = new ObjectMapper().readTree(check.out()).get("claims");
        assertThat(claims).hasSize(6);
        assertThat(claims.get(4).get("text").asText()).isEqualTo("over 190,000");
        JsonNode distance = claims.get(5);
        assertThat(distance.get("kind").asText()).isEqualTo("distance");
        assertThat(distance.get("text").asText()).isEqualTo("around 1,000 miles");
        assertThat(distance.get("verdict").asText()).isEqualTo("accurate");
        assertThat(distance.get("official").get("release").asText()).contains("great-circle");
        String text = Files.readString(article, StandardCharsets.UTF_8);
        assertThat(text.substring(
                        distance.get("start").asInt(), distance.get("end").asInt()))
                .isEqualTo("around 1,000 miles");
        assertThat(claims.get(4).get("period").asText()).isEqualTo("2023-11");
        assertThat(claims.get(4).get("verdict").asText()).isEqualTo("accurate");
    }

    @Test
    void refuses_a_publication_date_that_does_not_parse_with_exit_code_2() throws IOException {
        Path article = write("dated.txt", "Border Patrol agents apprehended over 190,000 migrants in November.");
        Run check = run("--db", db.toString(), "check", article.toString(), "--published", "28/12/2023");

        assertThat(check.code()).isEqualTo(2);
        assertThat(check.err())
                .contains("--published '28/12/2023' is not a date")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void asks_for_the_publication_date_of_a_single_article() throws IOException {
        Path article = write("undated.txt", "Border Patrol agents apprehended over 190,000 migrants in November.");
        Run check = run("--db", db.toString(), "check", article.toString());

        assertThat(check.code()).isEqualTo(2);
        assertThat(check.err()).contains("--published is missing");
    }

    @Test
    void checks_a_jsonl_batch_reporting_malformed_lines_and_going_on() throws IOException {
        Path batch = write(
                "batch.jsonl",
                String.join(
                                "\n",
                                List.of(
                                        "{\"id\": \"a\", \"text\": \"Border Patrol agents apprehended over 190,000 migrants at the southern border in November.\","
                                                + " \"published\": \"2023-12-28\"}",
                                        "{\"id\": \"b\", \"text\": ",
                                        "{\"id\": \"c\", \"text\": \"Encounters at the southwest border topped 300,000 in December.\", \"published\": \"2024-01-30\"}",
                                        "{\"id\": \"d\", \"text\": \"Migrants crossed in November.\", \"published\": \"yesterday\"}"))
                        + "\n");

        Run check = run("--db", db.toString(), "check", "--jsonl", batch.toString());

        assertThat(check.code()).isEqualTo(2);
        String[] lines = check.out().split("\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).contains("\"id\":\"a\"").contains("\"verdict\":\"accurate\"");
        assertThat(lines[1]).contains("\"line\":2").contains("error");
        assertThat(lines[2]).contains("\"id\":\"c\"").contains("\"verdict\":\"accurate\"");
        assertThat(lines[3]).contains("\"line\":4").contains("not a date");
        assertThat(check.err())
                .contains("line 2")
                .contains("line 4")
                .contains("2 line(s)")
                .doesNotContain("\tat ");
    }

    @Test
    void exits_0_when_every_jsonl_line_was_checked() throws IOException {
        Path batch = write(
                "good.jsonl",
                "{\"id\": \"a\", \"text\": \"Border Patrol agents apprehended over 190,000 migrants"
                        + " at the southern border in November.\", \"published\": \"2023-12-28\"}\n");

        Run check = run("--db", db.toString(), "check", "--jsonl", batch.toString());

        assertThat(check.code()).as(check.err()).isZero();
        assertThat(check.err()).isEmpty();
    }

    @Test
    void explains_empty_binary_foreign_and_oversized_input_without_a_stack_trace() throws IOException {
        Path empty = write("empty.txt", "");
        Path binary = Files.write(
                folder.resolve("binary.bin"), new byte[] {0, 1, 2, (byte) 0xff, (byte) 0xfe, 0, 0, 3, 4, 5, 0, 0});
        Path spanish = write(
                "spanish.txt",
                "La Patrulla Fronteriza detuvo a más de 190.000 migrantes en la frontera sur durante el mes de"
                        + " noviembre, según las cifras publicadas por la agencia el viernes pasado en su informe mensual.");
        Path huge = write("huge.txt", "Migrants crossed the border. ".repeat(CheckCommand.MAX_ARTICLE_CHARS / 29 + 10));

        assertThat(run("--db", db.toString(), "check", empty.toString(), "--published", "2023-12-28")
                        .err())
                .contains("is empty");
        assertThat(run("--db", db.toString(), "check", binary.toString(), "--published", "2023-12-28")
                        .err())
                .contains("binary");
        assertThat(run("--db", db.toString(), "check", spanish.toString(), "--published", "2023-12-28")
                        .err())
                .contains("does not look like English");
        Run tooLarge = run("--db", db.toString(), "check", huge.toString(), "--published", "2023-12-28");
        assertThat(tooLarge.err()).contains("longer than 10,000,000 characters").doesNotContain("\tat ");
        assertThat(tooLarge.code()).isEqualTo(4);
    }

    @Test
    void names_a_missing_file() {
        Run check = run(
                "--db", db.toString(), "check", folder.resolve("nowhere.txt").toString(), "--published", "2023-12-28");

        assertThat(check.code()).isEqualTo(2);
        assertThat(check.err()).contains("no file").contains("nowhere.txt");
    }
}
