package dev.frontera.surges.watch;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import dev.frontera.core.dimension.Region;
import dev.frontera.core.query.Measure;
import dev.frontera.core.query.Release;
import dev.frontera.data.PublishedRecord;
import dev.frontera.data.read.OfficialFiles;
import dev.frontera.data.read.ParsedFile;
import dev.frontera.data.store.IngestResult;
import dev.frontera.data.store.ReleaseMetadata;
import dev.frontera.data.store.Store;
import dev.frontera.surges.alerts.AlertStore;
import dev.frontera.surges.alerts.Condition;
import dev.frontera.surges.alerts.FiredAlert;
import dev.frontera.surges.alerts.Webhook;
import dev.frontera.surges.alerts.WebhookSender;
import dev.frontera.surges.feed.AtomFeeds;
import dev.frontera.surges.series.SeriesSpec;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An alert rule fires on a real release, into the Atom feed and a loopback webhook, once. */
class TestReleaseWatch {
    private static final String SECRET = "loopback-secret-0123";

    @TempDir
    Path folder;

    @Test
    void a_rule_fires_on_the_new_release_into_the_feed_and_the_webhook() throws Exception {
        Path state = PublishedRecord.folder().resolve("nationwide-encounters-state");
        Path db = folder.resolve("frontera.duckdb");
        try (Store store = Store.open(db);
                dev.frontera.surges.alerts.LoopbackReceiverHandle receiver =
                        dev.frontera.surges.alerts.LoopbackReceiverHandle.start()) {
            for (String name : List.of(
                    "nationwide-encounters-fy20-fy23-state.csv.gz",
                    "nationwide-encounters-fy21-fy24-oct-state.csv.gz",
                    "nationwide-encounters-fy21-fy24-nov-state.csv.gz")) {
                ingest(store, state.resolve(name));
            }
            SeriesSpec southwest = SeriesSpec.of(Measure.ENCOUNTERS, Region.SOUTHWEST);
            try (AlertStore rules = AlertStore.open(store.connection(), true, Clock.systemUTC())) {
                rules.add(
                        "southwest daily",
                        southwest,
                        Optional.empty(),
                        Condition.ABOVE,
                        Optional.of(2500.0),
                        true,
                        Optional.of(new Webhook(receiver.url(), SECRET)));
                rules.add(
                        "southwest quiet",
                        southwest,
                        Optional.empty(),
                        Condition.BELOW,
                        Optional.of(1000.0),
                        true,
                        Optional.empty());
            }
            Release december = ingest(store, state.resolve("nationwide-encounters-fy21-fy24-dec-state.csv.gz"));
            List<FiredAlert> fired;
            try (ReleaseWatch watch = ReleaseWatch.open(
                    store, log -> new WebhookSender(Duration.ofMillis(50), Duration.ofSeconds(5), log))) {
                List<ReleaseWatch.Outcome> outcomes = watch.onStored(List.of(december));
                fired = outcomes.get(0).fired();
                assertThat(outcomes.get(0).digest().lead().orElseThrow().series())
                        .isEqualTo("southwest encounters");
                assertThat(watch.awaitDeliveries(Duration.ofSeconds(20))).isZero();
                // The same release again: the rule already fired for that month.
                assertThat(watch.onStored(List.of(december)).get(0).fired()).isEmpty();
            }
            assertThat(fired).singleElement().satisfies(alert -> {
                assertThat(alert.ruleId()).isEqualTo("southwest-daily");
                assertThat(alert.value()).isEqualTo(302_034);
                assertThat(alert.sentence())
                        .contains(
                                "averaged 9,743 a day",
                                "2,500-a-day threshold",
                                "daily encounters between ports of entry, which CBP does not publish");
                assertThat(alert.releaseName()).isEqualTo("nationwide-encounters-fy21-fy24-dec-state.csv");
            });
            assertThat(receiver.posts()).singleElement().satisfies(post -> {
                assertThat(post.signature())
                        .isEqualTo(WebhookSender.signature(SECRET, post.body().getBytes(StandardCharsets.UTF_8)));
                assertThat(post.body()).contains("\"rule\":\"southwest-daily\"", "\"month\":\"2023-12\"");
            });
            try (AlertStore rules = AlertStore.open(store.connection(), true, Clock.systemUTC())) {
                SyndFeed feed = new SyndFeedInput()
                        .build(new StringReader(AtomFeeds.alerts(rules.firings(10), "http://localhost:8484/")));
                assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
                SyndEntry entry = feed.getEntries().get(0);
                assertThat(entry.getTitle()).isEqualTo("southwest daily: southwest encounters, 2023-12");
                assertThat(entry.getDescription().getValue())
                        .contains(
                                "averaged 9,743 a day",
                                "frontera query --region southwest --period 2023-12 --as-of 2024-01-26 --per-day");
                assertThat(rules.history("southwest-daily"))
                        .extracting(h -> h.action())
                        .containsExactly("added", "fired", "delivered");
            }
        }
    }

    private static Release ingest(Store store, Path file) {
        ParsedFile parsed = OfficialFiles.read(file);
        IngestResult result = store.ingest(parsed, ReleaseMetadata.fromCatalog(parsed));
        return result.release();
    }
}
