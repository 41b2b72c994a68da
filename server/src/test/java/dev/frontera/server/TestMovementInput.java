package dev.frontera.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.frontera.data.PublishedRecord;
import dev.frontera.data.read.OfficialFiles;
import dev.frontera.data.read.ParsedFile;
import dev.frontera.data.store.ReleaseMetadata;
import dev.frontera.data.store.Store;
import dev.frontera.movements.Movements;
import dev.frontera.movements.sightings.MovementStatus;
import dev.frontera.movements.sightings.MovementStore;
import dev.frontera.movements.sightings.NewMovement;
import dev.frontera.server.api.AdminToken;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12's findings 4 and 5 against a real server: every stored movement field has a length and
 * character rule, ids are always valid and unique, a movement can be deleted, a duplicate is 409;
 * and a server without an admin token starts on a store that holds movements without writing to it.
 */
class TestMovementInput {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "movement-input-token-0123456789";
    private static final String AUTH = "Authorization: Bearer " + TOKEN;

    @TempDir
    static Path folder;

    private static ServedStore served;
    private static FronteraServer server;

    @BeforeAll
    static void start() {
        Store store = Store.open(folder.resolve("frontera.duckdb"));
        ParsedFile parsed = OfficialFiles.read(
                PublishedRecord.file("southwest-land-border-encounters/sbo-encounters-fy22-fy25-nov.csv"));
        store.ingest(parsed, ReleaseMetadata.fromCatalog(parsed));
        served = ServedStore.over(store);
        server = FronteraServer.create(
                        served,
                        ServerSettings.defaults()
                                .withAddress(ServerSettings.LOCALHOST, 0)
                                .withAdminToken(AdminToken.of(TOKEN)))
                .start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (served != null) {
            served.close();
        }
    }

    @Test
    void refuses_names_quotes_and_addresses_over_their_limits_and_stores_nothing() throws IOException {
        for (int length : List.of(100_000, 10_000, 121)) {
            RawHttp answer = write("POST", "/api/v1/movements", movement("n".repeat(length), "2024-01-05"));
            assertThat(TestHostileRequests.problem(answer, 400).get("detail").asText())
                    .contains("name has")
                    .contains("at most 120")
                    .hasSizeLessThan(300);
            assertThat(answer.header("Location")).isNull();
        }
        assertThat(list()).noneMatch(id -> id.startsWith("nnn"));

        created(write("POST", "/api/v1/movements", movement("Limits caravan", "2024-01-05")));
        for (Map.Entry<String, String> field : Map.of(
                        "quote", "\"sourceUrl\":\"https://example.org/a\",\"quote\":\"" + "q".repeat(900_000) + "\"",
                        "source URL", "\"sourceUrl\":\"https://example.org/" + "u".repeat(10_000) + "\"",
                        "source URL must start", "\"sourceUrl\":\"javascript:alert(1)\"")
                .entrySet()) {
            RawHttp answer = write(
                    "POST",
                    "/api/v1/movements/limits-caravan/sightings",
                    "{\"date\":\"2024-01-06\",\"place\":\"Huixtla\"," + field.getValue() + "}");
            assertThat(TestHostileRequests.problem(answer, 400).get("detail").asText())
                    .as(field.getKey())
                    .contains(field.getKey())
                    .hasSizeLessThan(300);
        }
        assertThat(JSON.readTree(get("/api/v1/movements/limits-caravan").body()).get("sightings"))
                .isEmpty();
    }

    @Test
    void names_without_latin_letters_get_valid_distinct_ids_that_answer() throws IOException {
        for (String name : List.of("キャラバン", "移民の行列", "🚶🚶🚶")) {
            RawHttp answer = write("POST", "/api/v1/movements", movement(name, "2024-01-05"));
            JsonNode stored = created(answer);
            String id = stored.get("id").asText();

            assertThat(id).matches("movement-[0-9a-f]{12}");
            assertThat(answer.header("Location")).isEqualTo("/api/v1/movements/" + id);
            RawHttp shown = get(answer.header("Location"));
            assertThat(shown.status()).isEqualTo(200);
            assertThat(JSON.readTree(shown.body()).get("name").asText()).isEqualTo(name);
        }
    }

    @Test
    void a_duplicate_is_409_and_a_movement_can_be_deleted() throws IOException {
        created(write("POST", "/api/v1/movements", movement("Deleted caravan", "2024-01-05")));
        RawHttp again = write("POST", "/api/v1/movements", movement("Deleted  Caravan", "2024-01-06"));
        assertThat(TestHostileRequests.problem(again, 409).get("code").asText()).isEqualTo("conflict");

        assertThat(RawHttp.send(server.port(), "DELETE", "/api/v1/movements/deleted-caravan", null)
                        .status())
                .isEqualTo(401);
        RawHttp deleted = write("DELETE", "/api/v1/movements/deleted-caravan", null);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(get("/api/v1/movements/deleted-caravan").status()).isEqualTo(404);
        assertThat(list()).doesNotContain("deleted-caravan");
        assertThat(write("DELETE", "/api/v1/movements/deleted-caravan", null).status())
                .isEqualTo(404);
    }

    @Test
    void a_missing_movement_is_named_without_listing_the_others() throws IOException {
        created(write("POST", "/api/v1/movements", movement("Listed caravan", "2024-01-05")));
        RawHttp missing = get("/api/v1/movements/" + "z".repeat(3_000));

        String detail = TestHostileRequests.problem(missing, 404).get("detail").asText();
        assertThat(detail).doesNotContain("listed-caravan").hasSizeLessThan(300);
    }

    @Test
    void refuses_absurd_dates() throws IOException {
        for (String date : List.of("0001-01-01", "+12024-01-01", "2024-02-30", "24-01-05")) {
            RawHttp answer = write("POST", "/api/v1/movements", movement("Dated caravan", date));
            assertThat(TestHostileRequests.problem(answer, 400).get("detail").asText())
                    .as(date)
                    .contains("firstReported");
        }
        String asOf = URLEncoder.encode("+12024-01-01", StandardCharsets.UTF_8);
        assertThat(TestHostileRequests.problem(get("/api/v1/query?region=southwest&period=2023-12&as-of=" + asOf), 400)
                        .get("detail")
                        .asText())
                .contains("as-of");
    }

    @Test
    void a_server_without_token_starts_on_a_store_with_movements_and_never_writes_it(@TempDir Path directory)
            throws Exception {
        // The official files the stores hold, and nothing more: a start then has nothing to add.
        Path data = Files.createDirectories(directory.resolve("data"));
        ParsedFile parsed = OfficialFiles.read(
                PublishedRecord.copy("southwest-land-border-encounters/sbo-encounters-fy22-fy25-nov.csv", data));
        Path db = directory.resolve("with-movements.duckdb");
        try (Store store = Store.open(db)) {
            store.ingest(parsed, ReleaseMetadata.fromCatalog(parsed));
            try (Connection connection = store.connection();
                    MovementStore movements = Movements.create().openStore(connection, Clock.systemUTC())) {
                movements.addMovement(new NewMovement(
                        "Stored caravan", LocalDate.of(2024, 1, 5), "Tapachula", List.of(), MovementStatus.MOVING));
            }
        }
        Path empty = directory.resolve("without-movements.duckdb");
        try (Store store = Store.open(empty)) {
            store.ingest(parsed, ReleaseMetadata.fromCatalog(parsed));
        }
        for (Path file : List.of(db, empty)) {
            String before = sha256(file);
            try (ServedStore readOnly = ServedStore.prepare(file, Optional.of(data), false, line -> {});
                    FronteraServer started = FronteraServer.create(
                                    readOnly, ServerSettings.defaults().withAddress(ServerSettings.LOCALHOST, 0))
                            .start()) {
                RawHttp listed = RawHttp.get(started.port(), "/api/v1/movements");
                assertThat(listed.status()).as(listed.text()).isEqualTo(200);
                JsonNode movements = JSON.readTree(listed.body()).get("movements");
                assertThat(movements).hasSize(file.equals(db) ? 1 : 0);
                if (file.equals(db)) {
                    assertThat(RawHttp.get(started.port(), "/api/v1/movements/stored-caravan")
                                    .status())
                            .isEqualTo(200);
                }
            }
            assertThat(sha256(file))
                    .as("the read-only server wrote to " + file.getFileName())
                    .isEqualTo(before);
        }
    }

    private static String movement(String name, String firstReported) throws IOException {
        return JSON.writeValueAsString(Map.of("name", name, "firstReported", firstReported, "origin", "Tapachula"));
    }

    private static RawHttp write(String method, String path, String body) {
        return RawHttp.send(
                server.port(),
                method,
                path,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8),
                "Content-Type: application/json",
                AUTH);
    }

    private static RawHttp get(String path) {
        return RawHttp.get(server.port(), path);
    }

    private static JsonNode created(RawHttp answer) throws IOException {
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        return JSON.readTree(answer.body());
    }

    private static List<String> list() throws IOException {
        JsonNode movements = JSON.readTree(get("/api/v1/movements").body()).get("movements");
        return java.util.stream.StreamSupport.stream(movements.spliterator(), false)
                .map(m -> m.get("id").asText())
                .toList();
    }

    private static String sha256(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
