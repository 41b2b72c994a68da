package dev.frontera.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.frontera.data.SharedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12's finding 9: {@code spark/bin/check-archive-local}, run exactly as docs/SPARK.md shows,
 * agrees claim for claim with {@code frontera check --jsonl} over a store made by
 * {@code frontera ingest} of the same folder, whether the job reads that store ({@code --db}) or
 * the folder itself ({@code --data}: CSV releases, workbooks and PDF tables alike). Every run
 * names an unreachable host for this machine ({@code SPARK_LOCAL_HOSTNAME}), as on a machine whose
 * host name resolves elsewhere: the runner must bind and advertise loopback all the same. Lives in
 * the cli module because the real {@code frontera check --jsonl} is here; the runner builds the
 * Spark module itself if it is stale.
 */
class TestCheckArchiveLocal {
    /** The record/ folder of this checkout, as a path other processes can read (not inside a jar). */
    private static final Path RECORD = Path.of("..", "record").toAbsolutePath().normalize();

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Article-level columns of the claims table (docs/SPARK.md); the rest are ClaimJson's fields. */
    private static final List<String> ARTICLE_COLUMNS =
            List.of("article_id", "outlet", "url", "published", "month", "claim_index");

    private static final Path RUNNER = Path.of("..", "spark", "bin", "check-archive-local")
            .toAbsolutePath()
            .normalize();

    @TempDir
    static Path folder;

    private static Path db;
    private static Path articles;
    private static Map<String, List<JsonNode>> expected;

    @BeforeAll
    static void ingestAndCheckWithTheCli() throws IOException {
        Path data = RECORD;
        db = folder.resolve("frontera.duckdb");
        CommandRunner ingest = CommandRunner.run("--db", db.toString(), "ingest", data.toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        articles = writeArticles(folder.resolve("articles.jsonl"));

        CommandRunner check = CommandRunner.run("--db", db.toString(), "check", "--jsonl", articles.toString());
        assertThat(check.exitCode()).as(check.err()).isZero();
        expected = new TreeMap<>();
        for (String line : check.out().split("\n")) {
            JsonNode result = JSON.readTree(line);
            List<JsonNode> claims = new ArrayList<>();
            result.get("claims").forEach(claim -> claims.add(numbersAsDoubles(claim)));
            expected.put(result.get("id").asText(), claims);
        }
        assertThat(expected.values().stream().mapToInt(List::size).sum()).isGreaterThan(100);
    }

    @Test
    void with_the_store_it_agrees_claim_for_claim_with_frontera_check_jsonl() throws Exception {
        Path out = folder.resolve("out-db");
        Finished run = runner(
                "--db",
                db.toString(),
                "--input",
                articles.toString(),
                "--output",
                out.toString(),
                "--output-format",
                "jsonl",
                "--partition-by",
                "month");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(claimsByArticle(out)).isEqualTo(expected);
    }

    @Test
    void with_the_folder_it_reads_every_official_file_and_agrees_claim_for_claim() throws Exception {
        Path out = folder.resolve("out-data");
        Finished run = runner(
                "--data",
                RECORD.toString(),
                "--input",
                articles.toString(),
                "--output",
                out.toString(),
                "--output-format",
                "jsonl",
                "--partition-by",
                "month");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(claimsByArticle(out)).isEqualTo(expected);
    }

    @Test
    void bad_arguments_fail_at_once_in_one_line() throws Exception {
        Finished missing = runner(
                "--data",
                "/nonexistent",
                "--input",
                articles.toString(),
                "--output",
                folder.resolve("never").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.output())
                .contains("check-archive: --data: no such folder: /nonexistent")
                .doesNotContain("\tat ")
                .doesNotContain("Exception");

        Path existing = Files.createDirectories(folder.resolve("existing-output"));
        Finished exists =
                runner("--data", RECORD.toString(), "--input", articles.toString(), "--output", existing.toString());
        assertThat(exists.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(exists.output())
                .contains("--output " + existing + " exists already")
                .doesNotContain("official record:")
                .doesNotContain("\tat ");
    }

    private record Finished(int exitCode, String output) {}

    private static Finished runner(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(RUNNER.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // An address no interface of this machine has: Spark would advertise it to its executors.
        builder.environment().put("SPARK_LOCAL_HOSTNAME", "192.0.2.222");
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(20, TimeUnit.MINUTES)) {
            process.destroyForcibly();
        }
        return new Finished(process.exitValue(), new String(output, UTF_8));
    }

    /** One article per sentence of the shared claims set, plus sentences of our own about the long history. */
    private static Path writeArticles(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        int index = 0;
        for (String line : Files.readAllLines(SharedFiles.fixtures("claims/dev.jsonl"), UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode item = JSON.readTree(line);
            String published = item.get("published").asText();
            if (!published.matches("\\d{4}-\\d{2}-\\d{2}")) {
                continue;
            }
            lines.add(article("d%03d".formatted(index++), item.get("input_text").asText(), published));
        }
        String[][] own = {
            {
                "In fiscal 2005, the Border Patrol made about 1.2 million apprehensions along the southwest border.",
                "2006-01-10"
            },
            {"Apprehensions nationwide topped 1.6 million in fiscal year 2000, a record at the time.", "2001-02-01"},
            {"Agents in the Tucson sector apprehended about 490,000 people in fiscal year 2004.", "2005-03-01"},
            {"About two million migrants were encountered at the southern border in fiscal year 2022.", "2023-01-10"}
        };
        for (String[] sentence : own) {
            lines.add(article("o%03d".formatted(index++), sentence[0], sentence[1]));
        }
        return Files.write(file, lines, UTF_8);
    }

    private static String article(String id, String text, String published) throws IOException {
        return JSON.writeValueAsString(Map.of("id", id, "text", text, "published", published));
    }

    private static Map<String, List<JsonNode>> claimsByArticle(Path out) throws IOException {
        Map<String, List<JsonNode>> actual = new TreeMap<>();
        expected.keySet().forEach(id -> actual.put(id, new ArrayList<>()));
        List<ObjectNode> rows = new ArrayList<>();
        try (Stream<Path> files = Files.walk(out.resolve("claims"))) {
            for (Path part : files.filter(path -> path.getFileName().toString().endsWith(".json"))
                    .toList()) {
                for (String line : Files.readAllLines(part, UTF_8)) {
                    rows.add((ObjectNode) JSON.readTree(line));
                }
            }
        }
        rows.sort(Comparator.comparing((ObjectNode row) -> row.get("article_id").asText())
                .thenComparing(row -> row.get("claim_index").asInt()));
        for (ObjectNode row : rows) {
            String id = row.get("article_id").asText();
            ARTICLE_COLUMNS.forEach(row::remove);
            actual.get(id).add(numbersAsDoubles(row));
        }
        return actual;
    }

    /** Spark writes 1000.0 where ClaimJson writes 1000: numbers are compared by value. */
    private static JsonNode numbersAsDoubles(JsonNode node) {
        if (node.isNumber()) {
            return DoubleNode.valueOf(node.doubleValue());
        }
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                copy.set(field.getKey(), numbersAsDoubles(field.getValue()));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            node.forEach(item -> copy.add(numbersAsDoubles(item)));
            return copy;
        }
        return node;
    }
}
