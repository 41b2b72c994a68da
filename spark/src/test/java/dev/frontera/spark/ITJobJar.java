package dev.frontera.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.frontera.claims.ClaimChecker;
import dev.frontera.claims.ClaimJson;
import dev.frontera.data.PublishedRecord;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12's finding 9, the job jar (after {@code package}): it holds no second copy of what
 * Spark ships (ICU4J is relocated, the commons and log4j-api left out), and it runs beside Spark's
 * own jars, ICU4J 78.3 included, checking spelled-out numbers as {@code frontera check} does.
 */
class ITJobJar {
    /** The record/ folder of this checkout, as a path other processes can read (not inside a jar). */
    private static final Path RECORD = Path.of("..", "record").toAbsolutePath().normalize();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path JOB_JAR = Path.of("target", "frontera-spark-0.1.0-SNAPSHOT-job.jar");
    private static final Path SPARK_ICU = Path.of("target", "spark-icu4j", "icu4j-78.3.jar");

    @Test
    void holds_no_duplicate_of_what_spark_ships() throws IOException {
        List<String> entries;
        try (JarFile jar = new JarFile(JOB_JAR.toFile())) {
            entries = jar.stream().map(entry -> entry.getName()).toList();
        }
        for (String shipped : List.of(
                "com/ibm/icu/",
                "org/apache/commons/io/",
                "org/apache/commons/codec/",
                "org/apache/commons/compress/",
                "org/apache/commons/collections4/",
                "org/apache/commons/math3/",
                "org/apache/commons/logging/",
                "org/apache/logging/log4j/",
                "com/fasterxml/jackson/core/",
                "org/slf4j/",
                "scala/",
                "org/duckdb/")) {
            assertThat(entries).as(shipped).noneMatch(name -> name.startsWith(shipped));
        }
        assertThat(entries)
                .contains("dev/frontera/spark/shaded/com/ibm/icu/text/RuleBasedNumberFormat.class")
                .anyMatch(name -> name.startsWith("dev/frontera/spark/shaded/com/ibm/icu/impl/data/icudata/"))
                .contains("org/apache/poi/ss/usermodel/Workbook.class", "dev/frontera/spark/CheckArchive.class");
    }

    @Test
    void runs_beside_sparks_own_jars_and_agrees_with_the_checker(@TempDir Path dir) throws Exception {
        List<String> articles = List.of(
                article(
                        "spelled",
                        "About two million migrants were encountered at the southern border in fiscal year 2022.",
                        "2023-01-10"),
                article(
                        "digits",
                        "Border Patrol agents recorded 249,785 encounters at the southwest border in December 2023.",
                        "2024-01-20"),
                article(
                        "history",
                        "In fiscal 2005, the Border Patrol made about 1.2 million apprehensions along the"
                                + " southwest border.",
                        "2006-01-10"));
        Path input = Files.write(dir.resolve("articles.jsonl"), articles, UTF_8);
        StringWriter expected = new StringWriter();
        ClaimJson.create()
                .checkLines(
                        ClaimChecker.create(PublishedRecord.full()),
                        new java.io.BufferedReader(new StringReader(String.join("\n", articles))),
                        expected);

        List<String> command = new ArrayList<>(List.of(javaCommand()));
        command.addAll(sparkOptions());
        command.addAll(List.of(
                "-Dspark.ui.enabled=false",
                "-cp",
                clusterClassPath(),
                "dev.frontera.spark.CheckArchive",
                "--data",
                RECORD.toString(),
                "--input",
                input.toString(),
                "--output",
                dir.resolve("out").toString(),
                "--output-format",
                "jsonl",
                "--partition-by",
                "month"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), UTF_8);
        assertThat(process.waitFor(15, TimeUnit.MINUTES)).isTrue();

        assertThat(process.exitValue()).as(output).isZero();
        Map<String, List<String>> claims = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir.resolve("out/claims"))) {
            List<ObjectNode> rows = new ArrayList<>();
            for (Path file :
                    files.filter(path -> path.toString().endsWith(".json")).toList()) {
                for (String line : Files.readAllLines(file, UTF_8)) {
                    rows.add((ObjectNode) JSON.readTree(line));
                }
            }
            rows.sort(Comparator.comparing(
                            (ObjectNode row) -> row.get("article_id").asText())
                    .thenComparing(row -> row.get("claim_index").asInt()));
            rows.forEach(row -> claims.computeIfAbsent(row.get("article_id").asText(), id -> new ArrayList<>())
                    .add(row.get("text").asText() + " " + row.get("verdict").asText()));
        }
        Map<String, List<String>> reference = new TreeMap<>();
        for (String line : expected.toString().split("\n")) {
            JsonNode result = JSON.readTree(line);
            result.get("claims")
                    .forEach(claim -> reference
                            .computeIfAbsent(result.get("id").asText(), id -> new ArrayList<>())
                            .add(claim.get("text").asText() + " "
                                    + claim.get("verdict").asText()));
        }
        assertThat(claims).isEqualTo(reference).containsKey("spelled");
        assertThat(claims.get("spelled")).anyMatch(claim -> claim.startsWith("About two million"));
    }

    /**
     * What a Spark 4.2 cluster puts beside the job jar: this test's class path without our modules
     * and without the libraries the job jar bundles, with Spark's ICU4J 78.3 instead of ours.
     */
    private static String clusterClassPath() throws IOException {
        Set<String> bundled;
        try (JarFile jar = new JarFile(JOB_JAR.toFile())) {
            bundled = Set.copyOf(jar.stream()
                    .map(entry -> entry.getName())
                    .filter(name -> name.endsWith(".class"))
                    .toList());
        }
        List<String> path = new ArrayList<>(List.of(
                JOB_JAR.toAbsolutePath().toString(), SPARK_ICU.toAbsolutePath().toString()));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.contains("frontera")
                    || entry.contains("/icu4j/")
                    || !entry.endsWith(".jar")
                    || sharesAClass(Path.of(entry), bundled)) {
                continue;
            }
            path.add(entry);
        }
        return String.join(File.pathSeparator, path);
    }

    private static boolean sharesAClass(Path jar, Set<String> bundled) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream()
                    .map(entry -> entry.getName())
                    .filter(name -> name.endsWith(".class") && !name.startsWith("META-INF/"))
                    .limit(50)
                    .anyMatch(bundled::contains);
        }
    }

    private static String javaCommand() {
        return ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** The --add-opens set this JVM got from the build, which Spark needs on Java 17. */
    private static List<String> sparkOptions() {
        List<String> options = new ArrayList<>(List.of("-Xmx2g"));
        for (String argument : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (argument.startsWith("--add-")
                    || argument.startsWith("-XX:+IgnoreUnrecognizedVMOptions")
                    || argument.startsWith("-Djdk.reflect")
                    || argument.startsWith("-Dio.netty")) {
                options.add(argument);
            }
        }
        return options;
    }

    private static String article(String id, String text, String published) throws IOException {
        return JSON.writeValueAsString(Map.of("id", id, "text", text, "published", published));
    }
}
