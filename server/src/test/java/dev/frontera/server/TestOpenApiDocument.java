package dev.frontera.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.frontera.server.api.Api;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document is valid OpenAPI 3 (read by swagger-parser, which reports every
 * structural error), declares who may call each operation, has no ambiguous paths, and is true to
 * the routes: what the server registers is documented, and each documented route answers.
 */
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
    void documents_exactly_the_routes_the_server_registers() throws IOException {
        assertThat(documentedRoutes()).containsExactlyInAnyOrderElementsOf(server.apiRoutes());
        assertThat(Api.ROUTES).containsExactlyInAnyOrderElementsOf(server.apiRoutes());
    }

    @Test
    void is_valid_openapi_with_no_structural_error() throws IOException {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result =
                new OpenAPIV3Parser().readContents(http.get("/api/openapi.json").body(), null, options);

        assertThat(result.getMessages()).as("what the parser found wrong").isEmpty();
        OpenAPI api = result.getOpenAPI();
        assertThat(api.getInfo().getLicense().getName()).isEqualTo("Apache-2.0");
        assertThat(api.getComponents().getSecuritySchemes().get("adminToken").getScheme())
                .isEqualTo("bearer");
    }

    @Test
    void every_operation_says_who_may_call_it_public_reads_and_admin_writes() throws IOException {
        OpenAPI api = new OpenAPIV3Parser()
                .readContents(http.get("/api/openapi.json").body(), null, new ParseOptions())
                .getOpenAPI();
        api.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    String route = method + " " + path;
                    assertThat(operation.getSecurity())
                            .as(route + " declares its security")
                            .isNotNull();
                    boolean write = method != PathItem.HttpMethod.GET
                            && path.startsWith("/api/v1/movements")
                            && !path.endsWith("/proposals");
                    // The movements page's sign-in asks for the token too: it checks the token and nothing else.
                    if (write || path.equals("/api/v1/admin")) {
                        assertThat(operation.getSecurity()).as(route).hasSize(1);
                        assertThat(operation.getSecurity().get(0)).as(route).containsOnlyKeys("adminToken");
                    } else {
                        assertThat(operation.getSecurity())
                                .as(route + " is public")
                                .isEmpty();
                    }
                }));
    }

    @Test
    void no_two_paths_can_match_the_same_url_ambiguously() throws IOException {
        List<String> paths = new ArrayList<>();
        JSON.readTree(http.get("/api/openapi.json").body())
                .get("paths")
                .fieldNames()
                .forEachRemaining(paths::add);
        for (String a : paths) {
            for (String b : paths) {
                assertThat(ambiguous(a, b)).as("%s and %s", a, b).isFalse();
            }
        }
        assertThat(ambiguous("/m/{id}/sightings", "/m/sightings/{sid}")).isTrue();
        assertThat(ambiguous("/m/{id}", "/m/proposals"))
                .as("a literal segment is more specific")
                .isFalse();
    }

    /**
     * Two templates are ambiguous when some URL matches both and neither is the more specific:
     * each has a parameter where the other has a literal segment.
     */
    private static boolean ambiguous(String a, String b) {
        String[] left = a.split("/");
        String[] right = b.split("/");
        if (a.equals(b) || left.length != right.length) {
            return false;
        }
        boolean leftVaries = false;
        boolean rightVaries = false;
        for (int i = 0; i < left.length; i++) {
            boolean leftParameter = left[i].startsWith("{");
            boolean rightParameter = right[i].startsWith("{");
            if (!leftParameter && !rightParameter && !left[i].equals(right[i])) {
                return false;
            }
            leftVaries |= leftParameter && !rightParameter;
            rightVaries |= rightParameter && !leftParameter;
        }
        return leftVaries && rightVaries;
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
                    assertThat(http.get(operation.get("x-example").asText()).statusCode())
                            .as(operation.get("x-example").asText())
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
            path.getValue()
                    .fieldNames()
                    .forEachRemaining(
                            method -> routes.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey()));
        }
        return routes;
    }
}
