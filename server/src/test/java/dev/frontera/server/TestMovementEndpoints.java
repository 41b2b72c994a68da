package dev.frontera.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.frontera.data.PublishedRecord;
import dev.frontera.data.SharedFiles;
import dev.frontera.data.read.OfficialFiles;
import dev.frontera.data.read.ParsedFile;
import dev.frontera.data.store.ReleaseMetadata;
import dev.frontera.data.store.Store;
import dev.frontera.server.api.AdminToken;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /api/v1/movements} against the real server over a real store in a temporary folder, with
 * two official files ingested so the context figures have something to answer from.
 */
class TestMovementEndpoints {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOKEN = "test-admin-token-0123456789";

    @TempDir
    static Path folder;

    private static ServedStore served;
    private static FronteraServer writable;
    private static FronteraServer withoutToken;
    private static HttpTestClient http;
    private static HttpTestClient readOnlyHttp;

    @BeforeAll
    static void start() {
        List<Path> files = List.of(
                PublishedRecord.file("nationwide-encounters-state/nationwide-encounters-fy23-fy26-nov-state.csv.gz"),
                PublishedRecord.file("southwest-land-border-encounters/sbo-encounters-fy22-fy25-nov.csv"));
        Store store = Store.open(folder.resolve("frontera.duckdb"));
        for (Path file : files) {
            ParsedFile parsed = OfficialFiles.read(file);
            store.ingest(parsed, ReleaseMetadata.fromCatalog(parsed));
        }
        served = ServedStore.over(store);
        ServerSettings settings = ServerSettings.defaults().withAddress(ServerSettings.LOCALHOST, 0);
        writable = FronteraServer.create(served, settings.withAdminToken(AdminToken.of(TOKEN)))
                .start();
        withoutToken = FronteraServer.create(served, settings).start();
        http = new HttpTestClient(writable);
        readOnlyHttp = new HttpTestClient(withoutToken);
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable closeable : new AutoCloseable[] {writable, withoutToken, served}) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception ignored) {
                // closing at the end of the class; the folder goes with it
            }
        }
    }

    @Test
    void creates_a_movement_only_with_the_admin_token() throws IOException {
        String movement = "{\"name\":\"Token caravan\",\"firstReported\":\"2024-01-05\",\"origin\":\"Tapachula\","
                + "\"nationalities\":[\"Honduras\",\"Cuba\"]}";

        HttpResponse<String> disabled = readOnlyHttp.send(
                "POST",
                "/api/v1/movements",
                movement,
                "Content-Type",
                "application/json",
                "Authorization",
                "Bearer " + TOKEN);
        HttpResponse<String> missing = http.post("/api/v1/movements", "application/json", movement);
        HttpResponse<String> wrong = http.send(
                "POST",
                "/api/v1/movements",
                movement,
                "Content-Type",
                "application/json",
                "Authorization",
                "Bearer not-the-token-at-all-xx");
        assertThat(problem(disabled, 403).get("detail").asText())
                .contains("--admin-token-file")
                .contains("FRONTERA_ADMIN_TOKEN");
        assertThat(problem(missing, 401).get("detail").asText()).contains("Authorization: Bearer");
        assertThat(missing.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertThat(problem(wrong, 401).get("code").asText()).isEqualTo("unauthorized");
        assertThat(ids()).doesNotContain("token-caravan");

        HttpResponse<String> created = write("POST", "/api/v1/movements", movement);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/movements/token-caravan");
        JsonNode body = JSON.readTree(created.body());
        assertThat(body.get("origin").get("englishName").asText()).isEqualTo("Tapachula");
        assertThat(body.at("/nationalities/0/slug").asText()).isEqualTo("honduras");
        assertThat(ids()).contains("token-caravan");
    }

    @Test
    void rejects_bad_sightings_with_the_field_and_the_reason_and_stores_nothing() throws IOException {
        created("Bad input group", "2024-01-01", "Tapachula");
        String path = "/api/v1/movements/bad-input-group/sightings";
        int historyBefore = show("bad-input-group").get("history").size();

        List<String> details = new ArrayList<>();
        for (String body : List.of(
                sighting("2024-01-03", "\"place\":\"Huixtal\""),
                sighting("2024-01-03", "\"latitude\":95.0,\"longitude\":-92.3"),
                sighting("2099-01-03", "\"place\":\"Huixtla\""),
                sighting("2023-12-20", "\"place\":\"Huixtla\""),
                sighting("2024-01-03", "\"place\":\"Huixtla\",\"size\":{\"low\":-5,\"givenBy\":\"INM\"}"),
                sighting("2024-01-02", "\"place\":\"Tijuana\""),
                sighting("2024-01-03", "\"place\":\"Huixtla\",\"colour\":\"red\""))) {
            details.add(problem(write("POST", path, body), 400).get("detail").asText());
        }

        assertThat(details.get(0)).contains("Huixtal").contains("Huixtla");
        assertThat(details.get(1)).contains("latitude 95.0 is impossible");
        assertThat(details.get(2)).contains("2099-01-03").contains("future");
        assertThat(details.get(3)).contains("before").contains("first reported");
        assertThat(details.get(4)).contains("negative");
        assertThat(details.get(5)).contains("km/day").contains("faster than walking");
        assertThat(details.get(6)).contains("unknown field 'colour'");
        JsonNode after = show("bad-input-group");
        assertThat(after.get("sightings")).isEmpty();
        assertThat(after.get("history")).hasSize(historyBefore);
    }

    @Test
    void shows_track_pace_distances_arrival_window_history_and_context() throws IOException {
        created("Shown caravan", "2023-12-24", "Tapachula");
        assertThat(write(
                                "POST",
                                "/api/v1/movements/shown-caravan/sightings",
                                sighting(
                                        "2023-12-26",
                                        "\"place\":\"Huixtla\",\"size\":{\"low\":4000,\"high\":7000,\"qualifier\":\"about\",\"givenBy\":\"INM\"}"))
                        .statusCode())
                .isEqualTo(201);
        assertThat(write(
                                "POST",
                                "/api/v1/movements/shown-caravan/sightings",
                                sighting("2023-12-30", "\"place\":\"Escuintla, MX\""))
                        .statusCode())
                .isEqualTo(201);

        JsonNode shown = show("shown-caravan");

        assertThat(shown.get("track")).hasSize(3);
        assertThat(shown.at("/track/0/date").asText()).isEqualTo("2023-12-24");
        assertThat(shown.at("/sightings/0/size/label").asText()).isEqualTo("about 4,000-7,000 (INM)");
        assertThat(shown.at("/lastPosition/date").asText()).isEqualTo("2023-12-30");
        assertThat(shown.at("/pace/kilometresPerDay").asDouble()).isPositive();
        assertThat(shown.at("/distances/border/kilometres").asDouble()).isBetween(1000.0, 1400.0);
        assertThat(shown.at("/distances/nearestPort/port/name").asText()).isNotBlank();
        assertThat(shown.at("/distances/road/method").asText()).isNotBlank();
        assertThat(shown.at("/arrival/expected").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(shown.at("/arrival/method").asText()).contains("km/day");
        assertThat(shown.at("/likelyCrossing/sector").asText())
                .isEqualTo(shown.at("/arrival/sector").asText());
        assertThat(shown.get("history"))
                .extracting(entry -> entry.get("action").asText())
                .containsExactly("created", "sighted", "sighted");
        JsonNode honduras = shown.get("context").get(0);
        assertThat(honduras.get("label").asText()).contains("Honduras");
        assertThat(honduras.at("/answer/rows")).hasSize(12);
        assertThat(honduras.at("/answer/provenance/releases/0/name").asText())
                .startsWith("nationwide-encounters-fy23-fy26-nov");
        assertThat(shown.get("context"))
                .anySatisfy(item -> assertThat(item.get("label").asText()).contains("Border Patrol encounters in the"));
        for (JsonNode item : shown.get("context")) {
            assertThat(item.has("answer") && !item.get("answer").isNull() || item.has("notCovered"))
                    .as(item.toString())
                    .isTrue();
        }
    }

    @Test
    void a_correction_keeps_the_previous_version_in_the_history() throws IOException {
        created("Corrected group", "2024-01-01", "Tapachula");
        JsonNode first = JSON.readTree(write(
                        "POST",
                        "/api/v1/movements/corrected-group/sightings",
                        sighting(
                                "2024-01-03",
                                "\"place\":\"Huixtla\",\"size\":{\"low\":3000,\"givenBy\":\"organisers\"}"))
                .body());
        String path =
                "/api/v1/movements/corrected-group/sightings/" + first.get("id").asLong();
        String corrected = "{\"date\":\"2024-01-03\",\"place\":\"Huixtla\",\"size\":{\"low\":2500,\"givenBy\":\"INM\"},"
                + "\"sourceUrl\":\"https://example.org/b\"";

        JsonNode withoutReason = problem(write("PUT", path, corrected + "}"), 400);
        HttpResponse<String> response =
                write("PUT", path, corrected + ",\"reason\":\"INM count replaces organisers\"}");

        assertThat(withoutReason.get("detail").asText()).contains("'reason'");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode shown = show("corrected-group");
        assertThat(shown.at("/sightings/0/size/low").asLong()).isEqualTo(2500);
        JsonNode last = shown.get("history").get(shown.get("history").size() - 1);
        assertThat(last.get("action").asText()).isEqualTo("sighting-corrected");
        assertThat(last.get("detail").asText())
                .contains("INM count replaces organisers")
                .contains("3,000")
                .contains("2,500");
        assertThat(problem(
                                write(
                                        "PUT",
                                        "/api/v1/movements/another-group/sightings/"
                                                + first.get("id").asLong(),
                                        corrected + ",\"reason\":\"x\"}"),
                                404)
                        .get("detail")
                        .asText())
                .contains("has no sighting");
        assertThat(problem(
                                write(
                                        "PUT",
                                        "/api/v1/movements/corrected-group/sightings/999999",
                                        corrected + ",\"reason\":\"x\"}"),
                                404)
                        .get("detail")
                        .asText())
                .contains("999999");
    }

    @Test
    void a_status_change_is_kept_in_the_history() throws IOException {
        created("Stalled group", "2024-01-01", "Tapachula");

        HttpResponse<String> response = write(
                "POST",
                "/api/v1/movements/stalled-group/status",
                "{\"status\":\"stalled\",\"reason\":\"held at Huixtla, per INM\"}");

        assertThat(JSON.readTree(response.body()).get("status").asText()).isEqualTo("stalled");
        JsonNode shown = show("stalled-group");
        assertThat(shown.get("status").asText()).isEqualTo("stalled");
        assertThat(shown.at("/history/1/detail").asText())
                .isEqualTo("moving -> stalled, because: held at Huixtla, per INM");
        assertThat(problem(
                                write(
                                        "POST",
                                        "/api/v1/movements/stalled-group/status",
                                        "{\"status\":\"asleep\",\"reason\":\"x\"}"),
                                400)
                        .get("detail")
                        .asText())
                .contains("moving, stalled");
    }

    @Test
    void proposes_the_seed_articles_caravan_and_checks_its_distance_claim_storing_nothing() throws IOException {
        String text = Files.readString(
                SharedFiles.fixtures("articles/blinken-mexico-city-2023-12.txt"), StandardCharsets.UTF_8);
        ObjectNode request = JSON.createObjectNode()
                .put("text", text)
                .put("published", "2023-12-28")
                .put("sourceUrl", "https://example.org/article");
        List<String> before = ids();

        HttpResponse<String> response =
                http.post("/api/v1/movements/proposals", "application/json", request.toString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode proposal = JSON.readTree(response.body());
        assertThat(proposal.get("stored").asBoolean()).isFalse();
        assertThat(proposal.at("/movement/origin").asText()).isEqualTo("Tapachula");
        assertThat(proposal.at("/movement/firstReported").asText()).isEqualTo("2023-12-24");
        assertThat(proposal.at("/movement/nationalities"))
                .extracting(JsonNode::asText)
                .containsExactly("honduras", "el-salvador", "venezuela", "haiti");
        assertThat(proposal.at("/sighting/date").asText()).isEqualTo("2023-12-24");
        assertThat(proposal.at("/sighting/size/low").asLong()).isEqualTo(7000);
        assertThat(proposal.at("/sighting/sourceUrl").asText()).isEqualTo("https://example.org/article");
        assertThat(proposal.get("distanceClaims")).anySatisfy(claim -> {
            assertThat(claim.get("claimedText").asText()).contains("1,000 miles");
            assertThat(claim.get("verdict").asText()).isEqualTo("accurate");
        });
        assertThat(ids()).isEqualTo(before);
    }

    @Test
    void unknown_movement_is_404_and_oversized_bodies_are_413() throws IOException {
        assertThat(problem(http.get("/api/v1/movements/no-such-caravan"), 404)
                        .get("detail")
                        .asText())
                .contains("no-such-caravan");
        assertThat(problem(
                                write(
                                        "POST",
                                        "/api/v1/movements/no-such-caravan/sightings",
                                        sighting("2024-01-03", "\"place\":\"Huixtla\"")),
                                404)
                        .get("code")
                        .asText())
                .isEqualTo("not-found");
        // A body declared over the limit is refused before it is read. The request declares it and sends none: a
        // client streaming a megabyte into a server that has already answered and closed may see a reset instead
        // of the answer, depending on timing.
        RawHttp refused = RawHttp.send(
                writable.port(),
                "POST",
                "/api/v1/movements/proposals",
                null,
                "Content-Type: application/json",
                "Content-Length: " + (ServerSettings.ONE_MEGABYTE + 10));
        assertThat(refused.status()).isEqualTo(413);
    }

    private static String sighting(String date, String fields) {
        return "{\"date\":\"%s\",%s,\"sourceUrl\":\"https://example.org/a\"}".formatted(date, fields);
    }

    private static void created(String name, String date, String origin) {
        HttpResponse<String> response = write(
                "POST",
                "/api/v1/movements",
                ("{\"name\":\"%s\",\"firstReported\":\"%s\","
                                + "\"origin\":\"%s\",\"nationalities\":[\"Honduras\",\"Venezuela\"]}")
                        .formatted(name, date, origin));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private static HttpResponse<String> write(String method, String path, String body) {
        return http.send(method, path, body, "Content-Type", "application/json", "Authorization", "Bearer " + TOKEN);
    }

    private static JsonNode show(String id) throws IOException {
        HttpResponse<String> response = http.get("/api/v1/movements/" + id);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static List<String> ids() throws IOException {
        List<String> ids = new ArrayList<>();
        JSON.readTree(http.get("/api/v1/movements").body())
                .get("movements")
                .forEach(m -> ids.add(m.get("id").asText()));
        return ids;
    }

    private static JsonNode problem(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        return JSON.readTree(response.body());
    }
}
