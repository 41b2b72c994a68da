package dev.frontera.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import dev.frontera.core.dimension.Region;
import dev.frontera.core.query.Measure;
import dev.frontera.data.PublishedRecord;
import dev.frontera.data.read.OfficialFiles;
import dev.frontera.data.read.ParsedFile;
import dev.frontera.data.store.ReleaseMetadata;
import dev.frontera.data.store.Store;
import dev.frontera.surges.alerts.AlertStore;
import dev.frontera.surges.alerts.Condition;
import dev.frontera.surges.series.SeriesSpec;
import dev.frontera.surges.watch.ReleaseWatch;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The digest and forecast routes and the Atom feeds, on a real server over the official CSV releases. */
class TestSurgeEndpoints {
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
    void digest_of_a_release_leads_with_its_most_notable_change() throws Exception {
        HttpResponse<String> response =
                http.get("/api/v1/digest?release=nationwide-encounters-fy21-fy24-dec-state.csv");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode digest = JSON.readTree(response.body());
        assertThat(digest.get("month").asText()).isEqualTo("2023-12");
        assertThat(digest.get("as_of").asText()).isEqualTo("2024-01-26");
        JsonNode lead = digest.get("items").get(0);
        assertThat(lead.get("kind").asText()).isEqualTo("record-high");
        assertThat(lead.get("series").asText()).isEqualTo("southwest encounters");
        assertThat(lead.get("value").asLong()).isEqualTo(302_034);
        assertThat(lead.get("baseline").get("official").asBoolean()).isFalse();
        assertThat(lead.get("query").asText()).startsWith("frontera query --region southwest --period 2023-12");
        assertThat(http.get("/api/v1/digest?release=nope").statusCode()).isEqualTo(404);
        assertThat(http.get("/api/v1/digest?month=2023-12").statusCode()).isEqualTo(400);
    }

    @Test
    void forecast_gives_the_baseline_band_and_the_next_months_never_as_official_figures() throws Exception {
        HttpResponse<String> response = http.get("/api/v1/forecast?region=southwest");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode view = JSON.readTree(response.body());
        assertThat(view.get("official").asBoolean()).isFalse();
        assertThat(view.get("label").asText()).contains("not an official figure");
        assertThat(view.get("baseline")).hasSize(24);
        assertThat(view.get("forecast")).hasSize(3);
        JsonNode next = view.get("forecast").get(0);
        assertThat(next.get("official").asBoolean()).isFalse();
        assertThat(next.get("low").asLong())
                .isLessThanOrEqualTo(next.get("expected").asLong());
        assertThat(next.get("high").asLong())
                .isGreaterThanOrEqualTo(next.get("expected").asLong());
        assertThat(view.get("baseline").get(23).has("official_value")).isTrue();
        JsonNode one = JSON.readTree(http.get("/api/v1/forecast?region=southwest&period=2023-12&as-of=2024-01-26")
                .body());
        assertThat(one.get("baseline").get(0).get("official_value").asLong()).isEqualTo(302_034);
        assertThat(http.get("/api/v1/forecast?region=southwest&horizon=5").statusCode())
                .isEqualTo(400);
        assertThat(http.get("/api/v1/forecast?region=southwest&group-by=month").statusCode())
                .isEqualTo(400);
    }

    @Test
    void digest_feed_is_atom_with_one_entry_per_release() throws Exception {
        HttpResponse<String> response = http.get("/feeds/digest.atom");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
        assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
        assertThat(feed.getEntries()).isNotEmpty();
        assertThat(feed.getEntries().get(0).getUri()).startsWith("tag:frontera,2024:digest/");
    }

    @Test
    void alerts_feed_of_a_store_without_rules_is_empty_but_valid() throws Exception {
        HttpResponse<String> response = http.get("/feeds/alerts.atom");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new SyndFeedInput().build(new StringReader(response.body())).getEntries())
                .isEmpty();
    }

    @Test
    void fired_alerts_appear_in_the_served_feed(@TempDir Path folder) throws Exception {
        Path state = PublishedRecord.folder().resolve("nationwide-encounters-state");
        try (Store store = Store.open(folder.resolve("frontera.duckdb"))) {
            ingest(store, state.resolve("nationwide-encounters-fy21-fy24-nov-state.csv.gz"));
            try (AlertStore alerts = AlertStore.open(store.connection(), true, Clock.systemUTC())) {
                alerts.add(
                        "southwest record",
                        SeriesSpec.of(Measure.ENCOUNTERS, Region.SOUTHWEST),
                        Optional.empty(),
                        Condition.RECORD,
                        Optional.empty(),
                        false,
                        Optional.empty());
            }
            var december = ingest(store, state.resolve("nationwide-encounters-fy21-fy24-dec-state.csv.gz"));
            try (ReleaseWatch watch = ReleaseWatch.open(store)) {
                assertThat(watch.onStored(List.of(december)).get(0).fired()).hasSize(1);
            }
            try (ServedStore served = ServedStore.over(store);
                    FronteraServer writable = FronteraServer.create(
                                    served, ServerSettings.defaults().withAddress(ServerSettings.LOCALHOST, 0))
                            .start()) {
                String body =
                        new HttpTestClient(writable).get("/feeds/alerts.atom").body();
                SyndFeed feed = new SyndFeedInput().build(new StringReader(body));
                assertThat(feed.getEntries()).singleElement().satisfies(entry -> {
                    assertThat(entry.getTitle()).isEqualTo("southwest record: southwest encounters, 2023-12");
                    assertThat(entry.getDescription().getValue()).contains("the highest month in the record held");
                });
            }
        }
    }

    private static dev.frontera.core.query.Release ingest(Store store, Path file) {
        ParsedFile parsed = OfficialFiles.read(file);
        return store.ingest(parsed, ReleaseMetadata.fromCatalog(parsed)).release();
    }
}
