package dev.frontera.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.frontera.claims.ClaimChecker;
import dev.frontera.claims.ClaimJson;
import dev.frontera.data.SharedFiles;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON API against the real server, in-process on a random port, over a store of every shared file. */
class TestFronteraServer {
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
    void answers_a_query_with_the_official_figure_and_its_provenance() throws IOException {
        HttpResponse<String> response = http.get("/api/v1/query?region=southwest&period=2023-12");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.get("value").asLong()).isEqualTo(301_981);
        assertThat(answer.at("/provenance/releases/0/name").asText()).endsWith(".csv");
    }

    @Test
    void gives_csv_for_format_csv_and_for_accept_text_csv() {
        HttpResponse<String> byParameter =
                http.get("/api/v1/query?region=southwest&period=2023-11..2023-12&group-by=month&format=csv");
        HttpResponse<String> byHeader =
                http.get("/api/v1/query?region=southwest&period=2023-11..2023-12&group-by=month", "Accept", "text/csv");

        assertThat(byParameter.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("text/csv");
        assertThat(byParameter.body())
                .startsWith("period,start_date,end_date,months,value,per_day,")
                .contains("\n2023-12,2023-12-01,2023-12-31,1,301981,")
                .doesNotContain("#");
        assertThat(byHeader.body()).isEqualTo(byParameter.body());
    }

    @Test
    void answers_304_when_the_etag_still_matches() {
        HttpResponse<String> first = http.get("/api/v1/query?period=FY2024&region=southwest");
        String etag = first.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> again = http.get("/api/v1/query?region=southwest&period=FY2024", "If-None-Match", etag);
        HttpResponse<String> other = http.get("/api/v1/query?region=southwest&period=FY2023", "If-None-Match", etag);

        assertThat(etag).startsWith("\"" + TestServers.served().store().fingerprint() + "-");
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(other.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
    }

    @Test
    void rejects_an_unknown_parameter_naming_it_and_the_valid_ones() throws IOException {
        HttpResponse<String> response = http.get("/api/v1/query?period=2023-12&citizen=mexico");

        JsonNode problem = problem(response, 400);
        assertThat(problem.get("detail").asText()).contains("'citizen'").contains("citizenship, component");
        assertThat(problem.get("code").asText()).isEqualTo("invalid-argument");
    }

    @Test
    void rejects_unknown_parameters_on_every_endpoint() throws IOException {
        for (String path : new String[] {
            "/api/v1/dimensions?x=1", "/api/v1/releases?x=1", "/api/v1/coverage?x=1", "/api/v1/series?top=3"
        }) {
            assertThat(problem(http.get(path), 400).get("detail").asText())
                    .as(path)
                    .contains("unknown parameter");
        }
    }

    @Test
    void rejects_an_unknown_value_with_the_nearest_valid_values() throws IOException {
        JsonNode problem = problem(http.get("/api/v1/query?period=2023-12&citizenship=narnia"), 400);
        JsonNode typo = problem(http.get("/api/v1/query?period=2023-12&citizenship=venezuella"), 400);

        assertThat(problem.get("code").asText()).isEqualTo("unknown-value");
        // Some 200 citizenships: the nearest few, not the whole list.
        assertThat(problem.get("detail").asText())
                .contains("narnia")
                .containsPattern("the nearest of its \\d+ valid values")
                .hasSizeLessThan(200);
        assertThat(typo.get("detail").asText()).contains("did you mean venezuela?");
    }

    @Test
    void a_page_asked_for_without_html_redirects_to_it() throws IOException {
        HttpResponse<String> response = http.get("/check");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/check.html"));
    }

    @Test
    void answers_404_not_covered_for_a_query_no_release_answers() throws IOException {
        JsonNode problem = problem(http.get("/api/v1/query?period=2010-01"), 404);

        assertThat(problem.get("code").asText()).isEqualTo("not-covered");
        assertThat(problem.get("detail").asText()).contains("2010-01");
    }

    @Test
    void answers_404_as_a_problem_for_an_unknown_route_or_release() throws IOException {
        assertThat(problem(http.get("/api/v1/nothing"), 404).get("code").asText())
                .isEqualTo("not-found");
        assertThat(problem(http.get("/api/v1/releases/ffffffffffff/revisions"), 404)
                        .get("detail")
                        .asText())
                .contains("ffffffffffff");
    }

    @Test
    void serves_the_monthly_series_over_every_month_the_record_answers() throws IOException {
        JsonNode series =
                JSON.readTree(http.get("/api/v1/series?region=southwest").body());

        assertThat(series.at("/rows/0/period").asText()).isEqualTo("2018-10");
        JsonNode december = null;
        for (JsonNode row : series.get("rows")) {
            if (row.get("period").asText().equals("2023-12")) {
                december = row;
            }
        }
        assertThat(december).isNotNull();
        assertThat(december.get("value").asLong()).isEqualTo(301_981);
    }

    @Test
    void lists_valid_filter_values_with_display_names() throws IOException {
        JsonNode dimensions = JSON.readTree(http.get("/api/v1/dimensions").body());

        JsonNode citizenship = null;
        for (JsonNode dimension : dimensions.get("dimensions")) {
            if (dimension.get("parameter").asText().equals("citizenship")) {
                citizenship = dimension;
            }
        }
        assertThat(citizenship).isNotNull();
        assertThat(citizenship.get("values").findValuesAsText("value")).contains("mexico", "venezuela");
        assertThat(citizenship.get("values").findValuesAsText("name")).contains("Mexico");
        assertThat(dimensions.get("measures").findValuesAsText("value")).contains("encounters", "usbp-encounters");
    }

    @Test
    void lists_releases_and_what_each_revised() throws IOException {
        JsonNode releases = JSON.readTree(http.get("/api/v1/releases").body()).get("releases");
        assertThat(releases.size())
                .isEqualTo(TestServers.served().store().releases().size());

        String newest = releases.get(0).get("id").asText();
        JsonNode report = JSON.readTree(
                http.get("/api/v1/releases/" + newest + "/revisions").body());

        assertThat(report.at("/release/id").asText()).isEqualTo(newest);
        assertThat(report.has("revised_months")).isTrue();
        assertThat(report.has("added_months")).isTrue();
    }

    @Test
    void reports_coverage_by_family() throws IOException {
        JsonNode coverage = JSON.readTree(http.get("/api/v1/coverage").body());

        assertThat(coverage.get("first_month").asText()).isEqualTo("2018-10");
        assertThat(coverage.get("families").findValuesAsText("family"))
                .contains("nationwide-by-state", "southwest-by-component");
    }

    @Test
    void checks_an_article_with_the_same_json_as_claim_json() throws IOException {
        String text = Files.readString(
                SharedFiles.fixtures("articles/blinken-mexico-city-2023-12.txt"), StandardCharsets.UTF_8);
        ObjectNode body = JSON.createObjectNode().put("text", text).put("published", "2023-12-28");

        HttpResponse<String> response = http.post("/api/v1/check", "application/json", body.toString());

        String expected = ClaimJson.create()
                .write(ClaimChecker.create(TestServers.served().engine()).check(text, LocalDate.of(2023, 12, 28)));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree(expected));
        assertThat(JSON.readTree(response.body()).get("claims").findValuesAsText("text"))
                .contains("over 190,000");
    }

    @Test
    void rejects_a_check_without_json_or_with_unknown_fields() throws IOException {
        assertThat(problem(http.post("/api/v1/check", "text/plain", "hello"), 400)
                        .get("detail")
                        .asText())
                .contains("JSON");
        assertThat(problem(
                                http.post(
                                        "/api/v1/check",
                                        "application/json",
                                        "{\"text\":\"a\",\"published\":\"2023-12-28\",\"x\":1}"),
                                400)
                        .get("detail")
                        .asText())
                .contains("'x'");
        assertThat(problem(http.post("/api/v1/check", "application/json", "{\"text\":\"a\"}"), 400)
                        .get("detail")
                        .asText())
                .contains("published");
    }

    @Test
    void sets_security_headers_on_pages_and_api() {
        for (String path : new String[] {"/", "/js/common.js", "/api/v1/releases"}) {
            HttpResponse<String> response = http.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
                    .as(path)
                    .contains("script-src 'self'")
                    .contains("style-src 'self'")
                    .doesNotContain("unsafe-inline");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        }
    }

    @Test
    void serves_the_front_end_libraries_from_webjars() {
        assertThat(http.get("/webjars/echarts/5.5.0/echarts.min.js").statusCode())
                .isEqualTo(200);
        assertThat(http.get("/webjars/leaflet/1.9.4/dist/leaflet.js").statusCode())
                .isEqualTo(200);
        assertThat(http.get("/map/us-states.geojson").body()).contains("\"Texas\"");
    }

    @Test
    void pages_have_no_inline_script_or_style() {
        for (String page : new String[] {"/", "/check.html", "/releases.html", "/about.html", "/api/"}) {
            String html = http.get(page).body();
            assertThat(html)
                    .as(page)
                    .doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>")
                    .doesNotContain("<style")
                    .doesNotContain(" style=")
                    .doesNotContainPattern(" on[a-z]+=");
        }
    }

    static JsonNode problem(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.has("type")).isTrue();
        assertThat(problem.has("title")).isTrue();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
        return problem;
    }
}
