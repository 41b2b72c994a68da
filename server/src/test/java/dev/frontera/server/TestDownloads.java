package dev.frontera.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Downloads a journalist can publish from: CSV that default readers type correctly (checked with
 * DuckDB's read_csv and its defaults), a Frictionless Data Package describing every column and
 * naming the source releases, both in a zip named from the selection.
 */
class TestDownloads {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FY_SERIES =
            "/api/v1/series?measure=usbp-encounters&region=southwest&group-by=fiscal-year" + "&period=FY2019..FY2025";
    private static FronteraServer server;
    private static HttpTestClient http;

    @TempDir
    Path folder;

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
    void csv_has_one_header_row_and_numbers_as_numbers_that_duckdb_reads_with_its_defaults() throws Exception {
        HttpResponse<String> response = http.get(FY_SERIES + "&format=csv");
        Path csv = folder.resolve("series.csv");
        Files.writeString(csv, response.body(), StandardCharsets.UTF_8);

        assertThat(response.body())
                .startsWith(
                        "period,start_date,end_date,months,value,per_day,previous_value," + "change_on_previous_pct,")
                .doesNotContain("#")
                .doesNotContain("%")
                .doesNotContain(" of ");
        Map<String, String> types = new LinkedHashMap<>();
        List<List<Object>> rows = new ArrayList<>();
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = duckdb.createStatement()) {
            try (ResultSet described = statement.executeQuery("DESCRIBE SELECT * FROM read_csv('" + csv + "')")) {
                while (described.next()) {
                    types.put(described.getString("column_name"), described.getString("column_type"));
                }
            }
            try (ResultSet read = statement.executeQuery(
                    "SELECT period, value, change_on_previous_pct FROM read_csv('" + csv + "') ORDER BY start_date")) {
                while (read.next()) {
                    rows.add(List.of(
                            read.getString(1), read.getLong(2), read.getObject(3) == null ? "" : read.getDouble(3)));
                }
            }
        }
        assertThat(types)
                .containsEntry("value", "BIGINT")
                .containsEntry("per_day", "DOUBLE")
                .containsEntry("change_on_previous_pct", "DOUBLE")
                .containsEntry("rank", "BIGINT")
                .containsEntry("start_date", "DATE")
                .containsEntry("record_high", "BOOLEAN");
        assertThat(rows).hasSize(7);
        assertThat(rows.get(0)).containsExactly("FY2019", 851_508L, "");
        assertThat(rows.get(3).subList(0, 2)).containsExactly("FY2022", 2_206_436L);
        assertThat((Double) rows.get(1).get(2)).isEqualTo(-52.9);
        // FY2025 is published only through August for the Border Patrol at the southwest border.
        assertThat(rows.get(6).subList(0, 2)).containsExactly("2024-10..2025-08", 229_183L);
    }

    @Test
    void csv_is_named_from_the_selection_and_links_its_data_package() {
        HttpResponse<String> response = http.get(FY_SERIES + "&format=csv");

        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue(
                        "attachment; filename=\"frontera-usbp-encounters-southwest-2018-10-2025-08-by-fiscal-year.csv\"");
        assertThat(response.headers().firstValue("Link").orElseThrow())
                .contains("format=datapackage")
                .contains("rel=\"describedby\"");
    }

    @Test
    void data_package_describes_every_column_and_names_the_sources() throws IOException {
        JsonNode descriptor =
                JSON.readTree(http.get(FY_SERIES + "&format=datapackage").body());
        String header =
                http.get(FY_SERIES + "&format=csv").body().lines().findFirst().orElseThrow();

        assertThat(descriptor.get("profile").asText()).isEqualTo("tabular-data-package");
        assertThat(descriptor.get("name").asText()).matches("[a-z0-9._-]+");
        assertThat(descriptor.get("title").asText())
                .isEqualTo(
                        "Border Patrol encounters at the southwest border, by fiscal year, October 2018 to August 2025");
        JsonNode resource = descriptor.at("/resources/0");
        assertThat(resource.get("path").asText()).startsWith("series?").contains("format=csv");
        List<String> fields = new ArrayList<>();
        for (JsonNode field : resource.at("/schema/fields")) {
            fields.add(field.get("name").asText());
            assertThat(field.get("type").asText()).isIn("string", "integer", "number", "boolean", "date");
            assertThat(field.get("description").asText()).isNotBlank();
        }
        assertThat(String.join(",", fields)).isEqualTo(header);
        assertThat(descriptor.get("sources").findValuesAsText("title"))
                .contains(
                        "CBP Southwest Land Border Encounters, October 2021 to August 2025, published 16 September 2025");
        assertThat(descriptor.get("sources").findValuesAsText("path"))
                .allMatch(path -> path.startsWith("http") || path.startsWith("/releases.html#release-"));
        assertThat(descriptor.get("licenses").get(0).get("name").asText()).isEqualTo("other-pd");
    }

    @Test
    void zip_holds_the_csv_beside_its_datapackage() throws IOException {
        HttpResponse<byte[]> response =
                http.bytes("/api/v1/query?region=southwest&period=2023-12&group-by=citizenship&format=zip");

        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(response.body()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        String name = "frontera-encounters-southwest-2023-12-by-citizenship";
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .contains(name + ".zip");
        assertThat(entries).containsOnlyKeys(name + ".csv", "datapackage.json");
        JsonNode descriptor = JSON.readTree(entries.get("datapackage.json"));
        assertThat(descriptor.at("/resources/0/path").asText()).isEqualTo(name + ".csv");
        // Every citizenship the file lists, not the ten largest; shares as fractions.
        List<String> lines = entries.get(name + ".csv").lines().toList();
        assertThat(lines.get(0))
                .isEqualTo("period,start_date,end_date,months,citizenship,name,value,per_day,share,releases");
        assertThat(lines).hasSizeGreaterThan(11);
        assertThat(lines.get(1)).startsWith("2023-12,2023-12-01,2023-12-31,1,mexico,Mexico,");
    }

    @Test
    void breakdowns_hold_every_value_not_the_ten_largest() throws IOException {
        JsonNode cuts = JSON.readTree(
                http.get("/api/v1/breakdowns?region=southwest&period=2023-12").body());

        assertThat(cuts.at("/citizenship/rows").size()).isGreaterThan(10);
        assertThat(cuts.at("/citizenship/provenance/releases/0/title").asText())
                .startsWith("CBP Nationwide Encounters (by state)");
        assertThat(cuts.at("/citizenship/provenance/releases/0/page").asText()).startsWith("/releases.html#release-");
    }

    @Test
    void series_by_fiscal_year_says_each_rows_months_and_releases_and_the_span_it_was_cut_to() throws IOException {
        JsonNode series = JSON.readTree(http.get(FY_SERIES).body());

        assertThat(series.get("requested").asText()).isEqualTo("FY2019..FY2025");
        assertThat(series.at("/available/last_month").asText()).isEqualTo("2025-08");
        JsonNode last = series.get("rows").get(series.get("rows").size() - 1);
        assertThat(last.get("months").asInt()).isEqualTo(11);
        assertThat(last.get("fiscal_year").asInt()).isEqualTo(2025);
        assertThat(last.get("releases").get(0).asText()).hasSize(12);
        assertThat(series.get("title").asText()).isEqualTo("Border Patrol encounters at the southwest border");
    }

    @Test
    void fiscal_year_to_date_compares_the_same_months_of_each_year() throws IOException {
        JsonNode series = JSON.readTree(http.get("/api/v1/series?region=southwest&group-by=fiscal-year-to-date")
                .body());

        JsonNode rows = series.get("rows");
        JsonNode last = rows.get(rows.size() - 1);
        JsonNode before = rows.get(rows.size() - 2);
        assertThat(last.get("period").asText()).isEqualTo("2025-10..2025-11");
        assertThat(before.get("period").asText()).isEqualTo("2024-10..2024-11");
        assertThat(last.at("/year_before/value").asLong())
                .isEqualTo(before.get("value").asLong());
        for (JsonNode row : rows) {
            assertThat(row.get("months").asInt()).isEqualTo(2);
        }
    }

    @Test
    void a_period_outside_the_record_is_refused_in_one_line() throws IOException {
        HttpResponse<String> response =
                http.get("/api/v1/series?region=southwest&group-by=fiscal-year&period=FY2010..FY2012");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(response.body()).get("detail").asText()).contains("covers 2018-10 to");
    }

    @Test
    void dimension_values_list_the_other_names_they_are_found_by() throws IOException {
        JsonNode dimensions = JSON.readTree(http.get("/api/v1/dimensions").body());
        JsonNode mexico = null;
        for (JsonNode dimension : dimensions.get("dimensions")) {
            for (JsonNode value : dimension.get("values")) {
                if (value.get("value").asText().equals("mexico")) {
                    mexico = value;
                }
            }
        }
        assertThat(mexico).isNotNull();
        List<String> aliases = new ArrayList<>();
        mexico.get("aliases").forEach(alias -> aliases.add(alias.asText()));
        assertThat(aliases).contains("MX", "Mexican");
    }

    @Test
    void admin_check_says_whether_the_token_is_right() {
        // This server was started without an admin token: it takes no writes, and says so.
        assertThat(http.get("/api/v1/admin").statusCode()).isEqualTo(403);
    }
}
