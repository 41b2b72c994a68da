package dev.frontera.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.frontera.server.api.Api;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The OpenAPI document is served and true to the routes: each documented route answers, each route is documented. */
class TestOpenApiDocument {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static FronteraServer server;
    private static HttpTestClient http;

    @BeforeAll
    static void start() {
        server = TestServers.start();
        http = new HttpTestClient(server);
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void documents_exactly_the_api_routes() throws IOException {
        assertThat(documentedRoutes()).containsExactlyInAnyOrderElementsOf(Api.ROUTES);
    }

    @Test
    void every_documented_route_exists_on_the_server() throws IOException {
        String release = TestServers.served().store().releases().get(0).id();
        for (String route : documentedRoutes()) {
            String[] parts = route.split(" ");
            String path = parts[1].replace("{id}", release).replace("{sid}", "1");
            String body = "{\"text\":\"No figures.\",\"published\":\"2023-12-28\"}";
            HttpResponse<String> response = switch (parts[0]) {
                case "GET" -> http.get(path);
                case "PUT" -> http.put(path, "application/json", body);
                case "DELETE" -> http.send("DELETE", path, null);
                default -> http.post(path, "application/json", body);
            };
            // A route that exists answers 200, 400 for missing parameters, 403 for a write on this
            // read-only server, or 404 for a movement it does not hold; never "no such route".
            assertThat(response.statusCode()).as(route).isIn(200, 400, 403, 404);
            assertThat(response.body()).as(route).doesNotContain("no API route");
        }
    }

    @Test
    void every_example_link_answers_200() throws IOException {
        JsonNode paths = JSON.readTree(http.get("/api/openapi.json").body()).get("paths");
        for (JsonNode operations : paths) {
            for (JsonNode operation : operations) {
                if (operation.has("x-example")) {
                    assertThat(http.get(operation.get("x-example").asText()).statusCode()).as(operation.get("x-example").asText())
                            .isEqualTo(200);
                }
            }
        }
    }

    private static List<String> documentedRoutes() throws IOException {
        HttpResponse<String> response = http.get("/api/openapi.json");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode document = JSON.readTree(response.body());
        assertThat(document.get("openapi").asText()).startsWith("3.");
        List<String> routes = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method -> routes.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey()));
        }
        return routes;
    }
}
