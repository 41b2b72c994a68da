package dev.frontera.surges.digest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontera.core.query.Release;
import dev.frontera.data.query.QueryEngine;
import dev.frontera.data.store.MonthRevision;
import dev.frontera.data.store.RevisionReport;
import dev.frontera.data.store.Store;
import dev.frontera.surges.SeasonalBaseline;
import dev.frontera.surges.StateReleases;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The digest on CBP's real releases, ingested in publication order into an empty store. */
class TestDigestOnPublishedReleases {
    private static Store store;
    private static DigestBuilder builder;

    @BeforeAll
    static void open() {
        store = Store.openReadOnly(StateReleases.store());
        QueryEngine engine = QueryEngine.over(store).warm();
        builder = new DigestBuilder(engine, SeasonalBaseline.over(engine), store::revisions);
    }

    @AfterAll
    static void close() {
        if (store != null) {
            store.close();
        }
    }

    @Test
    void december_2023_release_leads_with_the_highest_southwest_month_then_held() {
        Digest digest = builder.digest(release("nationwide-encounters-fy21-fy24-dec-state.csv"));
        assertThat(digest.month()).isEqualTo(YearMonth.of(2023, 12));
        DigestItem lead = digest.lead().orElseThrow();
        assertThat(lead.kind()).isEqualTo(DigestItem.Kind.RECORD_HIGH);
        assertThat(lead.series()).isEqualTo("southwest encounters");
        assertThat(lead.month()).isEqualTo(YearMonth.of(2023, 12));
        // As first published (the next release revised it to 301,981).
        assertThat(lead.value()).isEqualTo(302_034);
        assertThat(lead.sentence())
                .startsWith("Encounters at the southwest border in December 2023 were 302,034,"
                        + " the highest month in the record then held");
        assertThat(lead.query()).isEqualTo("frontera query --region southwest --period 2023-12 --as-of 2024-01-26");
        assertThat(lead.release().name()).isEqualTo("nationwide-encounters-fy21-fy24-dec-state.csv");
        assertThat(lead.baseline()).isPresent();
    }

    @Test
    void every_revision_item_agrees_with_what_the_release_revised() {
        int revisionItems = 0;
        for (Release release : store.releases()) {
            RevisionReport report = store.revisions(release.id());
            for (DigestItem item : builder.digest(release).items()) {
                if (item.kind() != DigestItem.Kind.REVISION) {
                    continue;
                }
                assertThat(report.previous()).isPresent();
                assertThat(item.sentence()).contains(report.previous().get().name());
                MonthRevision revision = report.largestRevisions().stream()
                        .filter(r -> r.month().equals(item.month()))
                        .findFirst()
                        .orElseThrow();
                assertThat(item.compared()).contains(revision.previousTotal());
                assertThat(item.value()).isEqualTo(revision.newTotal());
                assertThat(item.query()).isEqualTo("frontera releases " + release.id());
                revisionItems++;
            }
        }
        assertThat(revisionItems)
                .as("CBP revises earlier months in most releases")
                .isGreaterThan(3);
    }

    private static Release release(String name) {
        return store.release(name).orElseThrow();
    }
}
