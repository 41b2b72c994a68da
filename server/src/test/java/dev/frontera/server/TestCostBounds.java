package dev.frontera.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Issue 12's finding 1 against a real server: what one request, one client and all clients
 * together may make the server do. The attack of the issue (20 concurrent checks of a 693 KB
 * article repeating one sentence, 20 proposals of 700 KB with no limit at all) is answered with
 * 413 and 429, never a 5xx, while another client's query is answered.
 */
class TestCostBounds {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SENTENCE = "Border Patrol agents recorded 191,113 encounters at the southwest border in"
            + " December 2023, the highest monthly total on record. ";

    @Test
    void the_attack_of_the_issue_gets_413_and_429_and_no_5xx_while_queries_are_answered() throws Exception {
        ServerSettings settings =
                ServerSettings.defaults().withCheckRate(1000, 1000).withConcurrentChecks(1);
        try (FronteraServer server = TestServers.start(settings)) {
            byte[] whole = body(SENTENCE.repeat(693_000 / SENTENCE.length()));
            byte[] underTheCap = body(SENTENCE.repeat(99_000 / SENTENCE.length()));
            ExecutorService clients = Executors.newFixedThreadPool(20);
            try {
                List<Future<RawHttp>> attack = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    byte[] payload = i % 2 == 0 ? whole : underTheCap;
                    String path = i % 4 == 3 ? "/api/v1/movements/proposals" : "/api/v1/check";
                    attack.add(clients.submit(() ->
                            RawHttp.send(server.port(), "POST", path, payload, "Content-Type: application/json")));
                }
                RawHttp query = RawHttp.get(server.port(), "/api/v1/query?region=southwest&period=2023-12");
                assertThat(query.status()).isEqualTo(200);

                List<Integer> statuses = new ArrayList<>();
                for (Future<RawHttp> answer : attack) {
                    RawHttp response = answer.get();
                    statuses.add(response.status());
                    assertThat(response.status()).as(response.text()).isIn(200, 413, 429);
                    if (response.status() != 200) {
                        TestHostileRequests.problem(response, response.status());
                    }
                    if (response.status() == 429) {
                        assertThat(response.header("Retry-After")).isNotBlank();
                    }
                    assertThat(response.body().length).isLessThan(2_000_000);
                }
                assertThat(statuses).contains(413);
            } finally {
                clients.shutdownNow();
            }
        }
    }

    @Test
    void a_text_over_100000_characters_is_refused_before_it_is_checked() throws IOException {
        try (FronteraServer server = TestServers.start()) {
            for (String path : List.of("/api/v1/check", "/api/v1/movements/proposals")) {
                RawHttp answer = RawHttp.send(
                        server.port(), "POST", path, body("a ".repeat(50_001)), "Content-Type: application/json");
                JsonNode problem = TestHostileRequests.problem(answer, 413);
                assertThat(problem.get("detail").asText())
                        .as(path)
                        .containsPattern("100,00[12] characters")
                        .contains("the limit is 100,000");
            }
        }
    }

    @Test
    void a_text_with_more_than_500_claims_is_refused() throws IOException {
        try (FronteraServer server = TestServers.start()) {
            RawHttp answer = RawHttp.send(
                    server.port(),
                    "POST",
                    "/api/v1/check",
                    body(SENTENCE.repeat(99_000 / SENTENCE.length())),
                    "Content-Type: application/json");

            assertThat(TestHostileRequests.problem(answer, 413).get("detail").asText())
                    .contains("more than 500 figures");
        }
    }

    @Test
    void proposals_share_the_check_rate_limit() throws IOException {
        try (FronteraServer server = TestServers.start(ServerSettings.defaults().withCheckRate(0.001, 2))) {
            byte[] article = body("A caravan of about 5,000 people left Tapachula on Sunday.");
            assertThat(post(server, "/api/v1/movements/proposals", article).status())
                    .isEqualTo(200);
            assertThat(post(server, "/api/v1/check", article).status()).isEqualTo(200);
            RawHttp limited = post(server, "/api/v1/movements/proposals", article);

            assertThat(TestHostileRequests.problem(limited, 429).get("code").asText())
                    .isEqualTo("rate-limited");
            assertThat(limited.header("Retry-After")).isNotBlank();
        }
    }

    @Test
    void answers_not_cached_yet_are_rate_limited_and_cached_ones_are_not() throws IOException {
        try (FronteraServer server = TestServers.start(ServerSettings.defaults().withQueryRate(0.001, 2))) {
            assertThat(RawHttp.get(server.port(), "/api/v1/query?region=southwest&period=2023-10")
                            .status())
                    .isEqualTo(200);
            assertThat(RawHttp.get(server.port(), "/api/v1/query?region=southwest&period=2023-11")
                            .status())
                    .isEqualTo(200);
            RawHttp third = RawHttp.get(server.port(), "/api/v1/query?region=southwest&period=2023-09");

            assertThat(TestHostileRequests.problem(third, 429).get("code").asText())
                    .isEqualTo("rate-limited");
            for (int i = 0; i < 20; i++) {
                assertThat(RawHttp.get(server.port(), "/api/v1/query?region=southwest&period=2023-10")
                                .status())
                        .isEqualTo(200);
            }
            assertThat(RawHttp.get(server.port(), "/api/v1/movements").status()).isEqualTo(429);
        }
    }

    private static RawHttp post(FronteraServer server, String path, byte[] body) {
        return RawHttp.send(server.port(), "POST", path, body, "Content-Type: application/json");
    }

    private static byte[] body(String text) throws IOException {
        return JSON.writeValueAsString(java.util.Map.of("text", text, "published", "2023-12-28"))
                .getBytes(StandardCharsets.UTF_8);
    }
}
