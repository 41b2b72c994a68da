package dev.frontera.spark.job;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.frontera.claims.ClaimChecker;
import dev.frontera.claims.ClaimJson;
import dev.frontera.data.PublishedRecord;
import dev.frontera.spark.ArchiveFixture;
import dev.frontera.spark.LocalSpark;
import dev.frontera.spark.job.ArchiveOptions.OutputFormat;
import dev.frontera.spark.job.ArchiveOptions.PartitionBy;
import dev.frontera.spark.record.CheckerCache;
import dev.frontera.spark.record.OfficialSources;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestArchiveJob {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static SparkSession spark;
    private static byte[] record;

    @BeforeAll
    static void start() {
        // Spark first, as CheckArchive does: it sets up log4j before the workbook reader (POI) logs.
        spark = LocalSpark.start(2);
        record = OfficialSources.fromFolder(PublishedRecord.folder());
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void agrees_with_claim_json_check_lines_claim_for_claim(@TempDir Path dir) throws IOException {
        Path input = ArchiveFixture.writeJsonLines(ArchiveFixture.articles(300, 7), dir.resolve("articles.jsonl"));
        StringWriter expectedLines = new StringWriter();
        try (BufferedReader reader = Files.newBufferedReader(input, UTF_8)) {
            int errors =
                    ClaimJson.create().checkLines(ClaimChecker.create(PublishedRecord.full()), reader, expectedLines);
            assertThat(errors).as(expectedLines::toString).isZero();
        }
        Map<String, List<JsonNode>> expected = new TreeMap<>();
        for (String line : expectedLines.toString().split("\n")) {
            JsonNode result = MAPPER.readTree(line);
            List<JsonNode> claims = new ArrayList<>();
            result.get("claims").forEach(claim -> claims.add(numbersAsDoubles(claim)));
            expected.put(result.get("id").asText(), claims);
        }

        JobCounts counts = ArchiveJob.run(
                spark,
                record,
                ArchiveOptions.of(input.toString(), dir.resolve("out").toString())
                        .withOutputFormat(OutputFormat.JSONL)
                        .withPartitionBy(PartitionBy.MONTH));

        Map<String, List<JsonNode>> actual = new TreeMap<>();
        expected.keySet().forEach(id -> actual.put(id, new ArrayList<>()));
        List<ObjectNode> rows = jsonRows(dir.resolve("out/claims"));
        rows.sort(Comparator.comparing((ObjectNode row) -> row.get("article_id").asText())
                .thenComparing(row -> row.get("claim_index").asInt()));
        for (ObjectNode row : rows) {
            String id = row.get("article_id").asText();
            Outcome.ARTICLE_COLUMNS.forEach(row::remove);
            actual.get(id).add(numbersAsDoubles(row));
        }
        long expectedClaims = expected.values().stream().mapToLong(List::size).sum();
        assertThat(expectedClaims).isGreaterThan(300);
        assertThat(actual).isEqualTo(expected);
        assertThat(counts.checked()).isEqualTo(300);
        assertThat(counts.rejected()).isZero();
        assertThat(counts.claims()).isEqualTo(expectedClaims);
    }

    @Test
    void counts_and_writes_malformed_rows_as_rejects_and_checks_the_rest(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        String claim = "Border Patrol agents recorded 249,785 encounters at the southwest border in December 2023.";
        line(
                lines,
                "{\"id\":\"good\",\"text\":\"%s\",\"published\":\"2024-02-01\",\"outlet\":\"Metro Wire\"}"
                        .formatted(claim));
        line(lines, "{\"id\":\"no-text\",\"published\":\"2024-02-01\"}");
        line(lines, "{\"id\":\"bad-date\",\"text\":\"%s\",\"published\":\"last Tuesday\"}".formatted(claim));
        line(
                lines,
                "{\"id\":\"big\",\"text\":\"%s\",\"published\":\"2024-02-01\"}".formatted((claim + " ").repeat(30)));
        line(lines, "{\"text\":\"%s\",\"published\":\"2024-02-01\"}".formatted(claim));
        line(lines, "{\"id\":\"cut\",\"text\":\"Border Patrol agents");
        line(lines, "{\"id\":\"empty\",\"text\":\" \",\"published\":\"2024-02-01\"}");
        lines.write("{\"id\":\"latin1\",\"text\":\"Encounters fell in Ju".getBytes(UTF_8));
        lines.write(new byte[] {(byte) 0xED, (byte) 0xFF});
        line(lines, "n 2024.\",\"published\":\"2024-07-01\"}");
        Path input = Files.write(dir.resolve("articles.jsonl"), lines.toByteArray());

        JobCounts counts = ArchiveJob.run(
                spark,
                record,
                ArchiveOptions.of(input.toString(), dir.resolve("out").toString())
                        .withOutputFormat(OutputFormat.JSONL)
                        .withMaxArticleBytes(1_000));

        assertThat(counts.checked()).isEqualTo(1);
        assertThat(counts.rejected()).isEqualTo(7);
        assertThat(counts.rejectReasons())
                .containsOnly(
                        Map.entry("missing-text", 1L),
                        Map.entry("bad-date", 1L),
                        Map.entry("too-large", 1L),
                        Map.entry("missing-id", 1L),
                        Map.entry("malformed-json", 1L),
                        Map.entry("invalid-text", 1L),
                        Map.entry("not-utf8", 1L));
        Map<String, String> rejects = new HashMap<>();
        for (ObjectNode row : jsonRows(dir.resolve("out/rejects"))) {
            rejects.put(row.get("code").asText(), row.get("reason").asText());
            assertThat(row.get("source_file").asText()).endsWith("articles.jsonl");
        }
        assertThat(rejects.get("bad-date")).contains("bad-date", "last Tuesday");
        assertThat(rejects.get("too-large")).contains("'big'", "1,000");
        assertThat(counts.claims()).isEqualTo(1);
        assertThat(jsonRows(dir.resolve("out/claims/verdict=accurate")))
                .singleElement()
                .satisfies(row -> assertThat(row.get("article_id").asText()).isEqualTo("good"));
    }

    @Test
    void reads_parquet_with_typed_columns_and_rejects_text_that_is_not_utf8(@TempDir Path dir) throws IOException {
        StructType schema = new StructType()
                .add("id", DataTypes.LongType)
                .add("text", DataTypes.BinaryType)
                .add("published", DataTypes.DateType);
        String claim = "Border Patrol agents recorded 249,785 encounters at the southwest border in December 2023.";
        List<Row> rows = List.of(
                RowFactory.create(1L, claim.getBytes(UTF_8), Date.valueOf("2024-02-01")),
                RowFactory.create(
                        2L, new byte[] {'B', 'o', (byte) 0xC3, 'r', 'd', 'e', 'r'}, Date.valueOf("2024-02-01")),
                RowFactory.create(3L, claim.getBytes(UTF_8), null));
        String input = dir.resolve("articles.parquet").toString();
        spark.createDataFrame(rows, schema).write().parquet(input);

        JobCounts counts = ArchiveJob.run(
                spark, record, ArchiveOptions.of(input, dir.resolve("out").toString()));

        assertThat(counts.checked()).isEqualTo(1);
        assertThat(counts.rejectReasons()).containsOnly(Map.entry("not-utf8", 1L), Map.entry("bad-date", 1L));
        List<Row> claims =
                spark.read().parquet(dir.resolve("out/claims").toString()).collectAsList();
        assertThat(claims).singleElement().satisfies(row -> {
            assertThat(row.<String>getAs("article_id")).isEqualTo("1");
            assertThat(row.<String>getAs("published")).isEqualTo("2024-02-01");
            assertThat(row.<String>getAs("verdict")).isEqualTo("accurate");
            assertThat(row.<Row>getAs("official").<Double>getAs("value"))
                    .isCloseTo(249_785.0, org.assertj.core.data.Percentage.withPercentage(1));
        });
        Row outlets = spark.read()
                .parquet(dir.resolve("out/summary/by_outlet").toString())
                .first();
        assertThat(outlets.<String>getAs("outlet")).isEqualTo(Summary.NO_OUTLET);
        assertThat(outlets.<Long>getAs("articles")).isEqualTo(1L);
        assertThat(outlets.<Double>getAs("accurate_share")).isEqualTo(1.0);
    }

    @Test
    void builds_one_checker_per_jvm_however_many_partitions(@TempDir Path dir) {
        Path input = ArchiveFixture.writeJsonLines(ArchiveFixture.articles(40, 11), dir.resolve("articles.jsonl"));
        int before = CheckerCache.built();

        JobCounts counts = ArchiveJob.run(
                spark,
                record,
                ArchiveOptions.of(input.toString(), dir.resolve("out").toString())
                        .withPartitions(8));

        assertThat(counts.checked()).isEqualTo(40);
        assertThat(CheckerCache.built() - before).isEqualTo(1);
    }

    private static void line(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(UTF_8));
        out.write('\n');
    }

    private static List<ObjectNode> jsonRows(Path folder) throws IOException {
        List<ObjectNode> rows = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(path -> path.getFileName().toString().endsWith(".json"))
                    .toList()) {
                for (String line : Files.readAllLines(file, UTF_8)) {
                    rows.add((ObjectNode) MAPPER.readTree(line));
                }
            }
        }
        return rows;
    }

    /** Spark writes 1000.0 where ClaimJson writes 1000: compare numbers by value. */
    private static JsonNode numbersAsDoubles(JsonNode node) {
        if (node.isNumber()) {
            return DoubleNode.valueOf(node.doubleValue());
        }
        if (node.isObject()) {
            ObjectNode copy = MAPPER.createObjectNode();
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                copy.set(field.getKey(), numbersAsDoubles(field.getValue()));
            }
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = MAPPER.createArrayNode();
            node.forEach(item -> copy.add(numbersAsDoubles(item)));
            return copy;
        }
        return node;
    }
}
