package dev.frontera.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar as a user gets it: copied alone into an empty folder and started with
 * {@code java -jar}, offline, with no checkout and no shared folder around it. It must carry
 * DuckDB's native library, the official record, the web pages and the libraries they load.
 * Runs after {@code package} (failsafe), on the jar the build just made.
 */
class RunnableJarIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    static Path elsewhere;

    static Path jar;
    static Path db;
    static Process server;
    static String url;
    static final List<String> serverOutput = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void copyTheJarAndServe() throws Exception {
        Path built = Path.of("target", "frontera.jar").toAbsolutePath();
        assertThat(built).as("the shaded jar (run 'package' first)").isRegularFile();
        jar = Files.copy(built, elsewhere.resolve("frontera.jar"));
        db = elsewhere.resolve("store").resolve("frontera.duckdb");

        server = start("--db", db.toString(), "serve", "--port", "0");
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    serverOutput.add(line);
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // the server was stopped
            }
        });
        reader.setDaemon(true);
        reader.start();
        Pattern serving = Pattern.compile("^Serving .* at (http://\\S+)$");
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (url == null) {
            String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            assertThat(line)
                    .as("the server should start within 5 minutes; it printed:%n%s", String.join("\n", serverOutput))
                    .isNotNull();
            Matcher matcher = serving.matcher(line);
            if (matcher.matches()) {
                url = matcher.group(1);
            }
        }
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) {
            server.destroy();
            server.waitFor(20, TimeUnit.SECONDS);
        }
    }

    private static Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m",
                "-jar",
                jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(elsewhere.toFile()).redirectErrorStream(true);
        builder.environment().remove("FRONTERA_DB");
        builder.environment().remove("FRONTERA_SHARED");
        builder.environment().put("HOME", elsewhere.toString());
        return builder.start();
    }

    private record Run(int exitCode, String output) {}

    private static Run run(String... args) throws Exception {
        Process process = start(args);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Run(process.exitValue(), output);
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url).resolve(path))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void the_first_start_stored_the_bundled_record_with_progress_and_serves_all_23_releases_from_fy1925()
            throws Exception {
        assertThat(serverOutput)
                .anyMatch(line -> line.startsWith("First start: storing the 23 files of the official record inside "));
        assertThat(serverOutput)
                .filteredOn(line -> line.matches("\\[\\d+/23] .*: stored, .*"))
                .hasSize(23);
        assertThat(String.join("\n", serverOutput))
                .doesNotContain("UnsatisfiedLinkError")
                .doesNotContain("Log4j")
                .doesNotContain("Exception");

        JsonNode releases = JSON.readTree(get("api/v1/releases").body());
        assertThat(releases.get("releases")).hasSize(23);
        JsonNode fy1925 = JSON.readTree(
                get("api/v1/query?measure=apprehensions&period=FY1925").body());
        assertThat(fy1925.get("value").asLong()).isEqualTo(22_199L);
    }

    @Test
    void the_pages_and_every_library_they_load_come_from_the_jar() throws Exception {
        Set<String> libraries = new TreeSet<>();
        Pattern webjar = Pattern.compile("webjars/[A-Za-z0-9._/-]+");
        try (FileSystem inside = FileSystems.newFileSystem(jar);
                Stream<Path> files = Files.walk(inside.getPath("/web"))) {
            Path web = inside.getPath("/web");
            for (Path file : files.filter(path -> path.toString().matches(".*\\.(html|js|css)$"))
                    .toList()) {
                String page = web.relativize(file).toString();
                assertThat(get(page).statusCode()).as(page).isEqualTo(200);
                Matcher matcher = webjar.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    libraries.add(matcher.group());
                }
            }
        }
        assertThat(libraries).anyMatch(path -> path.contains("echarts")).anyMatch(path -> path.contains("leaflet"));
        for (String library : libraries) {
            assertThat(get(library).statusCode()).as(library).isEqualTo(200);
        }
    }

    @Test
    void a_query_runs_beside_the_read_only_server_from_the_copied_jar() throws Exception {
        Run query = run("--db", db.toString(), "query", "--region", "southwest", "--period", "FY2024");

        assertThat(query.exitCode()).as(query.output()).isZero();
        assertThat(query.output())
                .contains("2,135,005")
                .doesNotContain("UnsatisfiedLinkError")
                .doesNotContain("Log4j");
    }

    @Test
    void spelled_out_numbers_are_read_with_the_english_data_left_in_the_jar() throws Exception {
        Path article = Files.writeString(
                elsewhere.resolve("article.txt"),
                "Border Patrol agents apprehended two million"
                        + " migrants at the southwest border in fiscal year 2022, according to CBP.",
                StandardCharsets.UTF_8);

        Run check = run(
                "--db", db.toString(), "check", article.toString(), "--published", "2023-01-15", "--format", "json");

        assertThat(check.exitCode()).as(check.output()).isZero();
        JsonNode claim = JSON.readTree(check.output()).get("claims").get(0);
        assertThat(claim.get("text").asText()).isEqualTo("two million");
        assertThat(claim.get("value").asLong()).isEqualTo(2_000_000L);
    }

    @Test
    void version_and_help_work_from_the_copied_jar() throws Exception {
        Run version = run("--version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.output()).startsWith("frontera ").doesNotContain("development");
        Run help = run("help", "movements", "sight");
        assertThat(help.exitCode()).isZero();
        assertThat(help.output()).contains("Usage: frontera movements sight").contains("--place");
    }
}
