package dev.frontera.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.frontera.data.store.Store;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The limits that protect the server: body size, rate, and failures that never show internals. */
class TestServerLimits {

    @Test
    void refuses_a_body_over_the_limit_with_413() throws IOException {
        ServerSettings small = ServerSettings.defaults().withCheckRate(100, 100);
        small = new ServerSettings(small.host(), 0, 1000, small.checkRate(), small.checkBurst());
        try (FronteraServer server = TestServers.start(small)) {
            String text = "x".repeat(2000);
            HttpResponse<String> response = new HttpTestClient(server)
                    .post(
                            "/api/v1/check",
                            "application/json",
                            "{\"text\":\"" + text + "\",\"published\":\"2023-12-28\"}");

            JsonNode problem = TestFronteraServer.problem(response, 413);
            assertThat(problem.get("code").asText()).isEqualTo("too-large");
        }
    }

    @Test
    void rate_limits_checks_per_client_with_429_and_retry_after() throws IOException {
        try (FronteraServer server = TestServers.start(ServerSettings.defaults().withCheckRate(0.001, 2))) {
            HttpTestClient http = new HttpTestClient(server);
            String body = "{\"text\":\"Nothing here.\",\"published\":\"2023-12-28\"}";

            assertThat(http.post("/api/v1/check", "application/json", body).statusCode())
                    .isEqualTo(200);
            assertThat(http.post("/api/v1/check", "application/json", body).statusCode())
                    .isEqualTo(200);
            HttpResponse<String> limited = http.post("/api/v1/check", "application/json", body);

            assertThat(TestFronteraServer.problem(limited, 429).get("code").asText())
                    .isEqualTo("rate-limited");
            assertThat(limited.headers().firstValue("Retry-After")).isPresent();
            assertThat(http.get("/api/v1/releases").statusCode())
                    .as("other endpoints are not limited")
                    .isEqualTo(200);
        }
    }

    @Test
    void answers_500_without_internals_when_the_store_fails(@TempDir Path directory) throws IOException {
        Path db = directory.resolve("empty.duckdb");
        Store.open(db).close();
        Store store = Store.openReadOnly(db);
        ServedStore served = ServedStore.over(store);
        try (FronteraServer server = FronteraServer.create(
                        served, ServerSettings.defaults().withAddress(ServerSettings.LOCALHOST, 0))
                .start()) {
            store.close();
            HttpResponse<String> response = new HttpTestClient(server).get("/api/v1/releases");

            JsonNode problem = TestFronteraServer.problem(response, 500);
            assertThat(problem.get("detail").asText())
                    .doesNotContain(db.toString())
                    .doesNotContain("closed");
            assertThat(new ObjectMapper().readTree(response.body()).get("code").asText())
                    .isEqualTo("internal");
        }
    }
}
