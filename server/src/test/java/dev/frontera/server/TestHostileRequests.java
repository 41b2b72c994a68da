package dev.frontera.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.frontera.server.web.SecurityHeaders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 12's findings 2 and 7 against a real server: what a hostile client sends, byte for byte
 * (a broken %-escape, a NUL in the path, an address or a header over Jetty's limits, the wrong
 * method), and what every answer must be: a problem document in UTF-8 with the security headers,
 * never another question answered, never the store's path.
 */
class TestHostileRequests {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static FronteraServer server;

    @BeforeAll
    static void start() {
        server = TestServers.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void a_broken_escape_is_a_400_never_a_filter_dropped() throws IOException {
        for (String target : List.of(
                "/api/v1/query?period=2023-12&citizenship=mex%zzico",
                "/api/v1/query?period=2023-12&region=south%Gwest",
                "/api/v1/query?period=2023-12&citizenship=%C3%28",
                "/api/v1/query?period=2023-12&citizenship=mexico%",
                "/api/v1/series?region=southwest%E2%82",
                "/api/v1/query?period=2023-12&citizenship=mex%00ico")) {
            RawHttp answer = RawHttp.get(server.port(), target);

            JsonNode problem = problem(answer, 400);
            assertThat(problem.get("code").asText()).as(target).isEqualTo("invalid-argument");
        }
        RawHttp encoded = RawHttp.get(server.port(), "/api/v1/query?period=2023-12&citizenship=m%C3%A9xico");
        assertThat(encoded.status()).isEqualTo(200);
        assertThat(JSON.readTree(encoded.body())
                        .at("/query/filters/citizenship/0")
                        .asText())
                .isEqualTo("mexico");
    }

    @Test
    void problem_documents_are_utf8() throws IOException {
        RawHttp answer = RawHttp.get(server.port(), "/api/v1/query?period=2023-12&citizenship=m%C3%A9xicoo%E2%80%AE");

        JsonNode problem = problem(answer, 400);
        assertThat(problem.get("detail").asText()).contains("méxicoo");
        assertThat(answer.body()).containsSequence("m\u00e9xicoo".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void jettys_own_refusals_are_problem_documents_with_the_security_headers() throws IOException {
        assertThat(problem(RawHttp.get(server.port(), "/%00"), 400).get("code").asText())
                .isEqualTo("invalid-argument");
        assertThat(problem(RawHttp.get(server.port(), "/api/v1/movements/x%zz"), 400)
                        .get("code")
                        .asText())
                .isEqualTo("invalid-argument");
        assertThat(problem(RawHttp.get(server.port(), "/api/v1/query?period=" + "2".repeat(10_000)), 414)
                        .get("code")
                        .asText())
                .isEqualTo("too-large");
        assertThat(problem(RawHttp.get(server.port(), "/api/v1/releases", "X-Big: " + "a".repeat(20_000)), 431)
                        .get("code")
                        .asText())
                .isEqualTo("too-large");
    }

    @Test
    void a_known_path_with_the_wrong_method_is_405_with_allow() throws IOException {
        RawHttp answer = RawHttp.send(server.port(), "DELETE", "/api/v1/releases", null);

        JsonNode problem = problem(answer, 405);
        assertThat(problem.get("code").asText()).isEqualTo("method-not-allowed");
        assertThat(answer.header("Allow")).contains("GET");
        assertThat(problem(RawHttp.send(server.port(), "PUT", "/api/v1/check", new byte[0]), 405)
                        .get("detail")
                        .asText())
                .contains("POST");
        assertThat(problem(RawHttp.get(server.port(), "/api/v1/nothing-here"), 404)
                        .get("code")
                        .asText())
                .isEqualTo("not-found");
    }

    @Test
    void no_message_names_the_stores_path_or_echoes_a_huge_value() throws IOException {
        String store = TestServers.served().store().path().toString();
        RawHttp unknownRelease = RawHttp.get(server.port(), "/api/v1/releases/zzz/revisions");
        assertThat(problem(unknownRelease, 404).get("detail").asText())
                .doesNotContain(store)
                .contains("zzz");

        String longName = "p".repeat(5_000);
        RawHttp unknownParameter = RawHttp.get(server.port(), "/api/v1/query?" + longName + "=1");
        assertThat(problem(unknownParameter, 400).get("detail").asText()).hasSizeLessThan(1_000);

        byte[] body = ("{\"text\": {\"nested\": \"" + "x".repeat(500_000) + "\"}, \"published\": \"2023-12-28\"}")
                .getBytes(StandardCharsets.UTF_8);
        RawHttp notText = RawHttp.send(server.port(), "POST", "/api/v1/check", body, "Content-Type: application/json");
        assertThat(problem(notText, 400).get("detail").asText()).hasSizeLessThan(1_000);
    }

    @Test
    void dimensions_and_coverage_keep_their_documented_key_order_and_etags_follow_the_bytes() throws IOException {
        RawHttp dimensions = RawHttp.get(server.port(), "/api/v1/dimensions");
        JsonNode document = JSON.readTree(dimensions.body());
        assertThat(keys(document)).containsExactly("measures", "dimensions");
        assertThat(keys(document.get("measures").get(0))).containsExactly("value", "name");
        assertThat(keys(document.get("dimensions").get(0))).containsExactly("parameter", "name", "values");
        assertThat(keys(document.get("dimensions").get(0).get("values").get(0)))
                .containsExactly("value", "name", "aliases");

        RawHttp coverage = RawHttp.get(server.port(), "/api/v1/coverage");
        JsonNode families = JSON.readTree(coverage.body()).get("families");
        assertThat(keys(families.get(0).get("months").get(0))).containsExactly("month", "releases");

        // A second server over the same store (a restart) writes the same bytes under the same ETag.
        try (FronteraServer again = TestServers.start()) {
            for (String path : List.of("/api/v1/dimensions", "/api/v1/coverage")) {
                RawHttp first = RawHttp.get(server.port(), path);
                RawHttp second = RawHttp.get(again.port(), path);
                assertThat(second.body()).isEqualTo(first.body());
                assertThat(second.header("ETag")).isEqualTo(first.header("ETag"));
            }
        }
        assertThat(dimensions.header("ETag")).isNotEqualTo(coverage.header("ETag"));
    }

    /** The answer must be a problem document with this status, in UTF-8, with every security header. */
    static JsonNode problem(RawHttp answer, int status) throws IOException {
        assertThat(answer.status()).as(answer.text()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        SecurityHeaders.HEADERS.forEach(
                (name, value) -> assertThat(answer.header(name)).as(name).isEqualTo(value));
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.has("type") && problem.has("title") && problem.has("detail") && problem.has("code"))
                .isTrue();
        assertThat(answer.text()).doesNotContain("Exception").doesNotContain("<html");
        return problem;
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            keys.add(names.next());
        }
        return keys;
    }
}
