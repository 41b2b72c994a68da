package dev.frontera.data.store;

import static dev.frontera.data.store.Vintages.published;
import static dev.frontera.data.store.Vintages.stateFile;
import static org.assertj.core.api.Assertions.assertThat;

import dev.frontera.core.query.Release;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestRevisionCalculator {
    private static final YearMonth OCT = YearMonth.of(2023, 10);
    private static final YearMonth NOV = YearMonth.of(2023, 11);
    private static final YearMonth DEC = YearMonth.of(2023, 12);
    private static final YearMonth JAN = YearMonth.of(2024, 1);

    @TempDir
    Path folder;

    private Store store;

    @BeforeEach
    void open() {
        store = Store.open(folder.resolve("frontera.duckdb"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void the_first_release_of_a_family_has_nothing_to_revise() {
        RevisionReport report = store.ingest(stateFile("nov.csv", OCT, 100, 200), published("2023-12-22"))
                .revisions();

        assertThat(report.previous()).isEmpty();
        assertThat(report.unrevised()).isTrue();
        assertThat(report.addedMonths()).isEmpty();
    }

    @Test
    void reports_revised_months_with_old_and_new_totals_and_the_months_added() {
        Release nov = store.ingest(stateFile("nov.csv", OCT, 100, 242_418), published("2023-12-22"))
                .release();

        RevisionReport report = store.ingest(stateFile("dec.csv", OCT, 100, 242_407, 302_034), published("2024-01-26"))
                .revisions();

        assertThat(report.previous()).contains(nov);
        assertThat(report.revisedMonths()).containsExactly(new MonthRevision(NOV, 242_418, 242_407));
        assertThat(report.revisedMonths().get(0).change()).isEqualTo(-11);
        assertThat(report.addedMonths()).containsExactly(DEC);
    }

    @Test
    void orders_the_largest_revisions_by_absolute_change() {
        store.ingest(stateFile("dec.csv", OCT, 1_000, 2_000, 3_000), published("2024-01-26"));

        RevisionReport report = store.ingest(
                        stateFile("jan.csv", OCT, 1_003, 1_950, 3_020, 500), published("2024-02-15"))
                .revisions();

        assertThat(report.revisedMonths()).extracting(MonthRevision::month).containsExactly(OCT, NOV, DEC);
        assertThat(report.largestRevisions()).extracting(MonthRevision::month).containsExactly(NOV, DEC, OCT);
        assertThat(report.addedMonths()).containsExactly(JAN);
    }

    @Test
    void compares_with_the_newest_earlier_vintage_not_the_newest_ingested() {
        Release dec = store.ingest(stateFile("dec.csv", OCT, 100, 200, 300), published("2024-01-26"))
                .release();
        Release jan = store.ingest(stateFile("jan.csv", OCT, 100, 200, 310, 400), published("2024-02-15"))
                .release();
        // An older vintage ingested last: compared with nothing before it, and not chosen for later ones.
        Release nov = store.ingest(stateFile("nov.csv", OCT, 100, 210), published("2023-12-22"))
                .release();

        assertThat(store.revisions(nov.id()).previous()).isEmpty();
        assertThat(store.revisions(dec.id()).previous()).contains(nov);
        assertThat(store.revisions(dec.id()).revisedMonths()).containsExactly(new MonthRevision(NOV, 210, 200));
        assertThat(store.revisions(jan.id()).previous()).contains(dec);
        assertThat(store.revisions(jan.id()).revisedMonths()).containsExactly(new MonthRevision(DEC, 300, 310));
    }

    @Test
    void ignores_earlier_releases_that_cover_none_of_the_same_months() {
        store.ingest(stateFile("fy19.csv", YearMonth.of(2018, 10), 5, 6), published("2019-12-15"));

        RevisionReport report = store.ingest(stateFile("nov.csv", OCT, 100, 200), published("2023-12-22"))
                .revisions();

        assertThat(report.previous()).isEmpty();
    }

    @Test
    void the_report_on_demand_equals_the_report_at_ingest() {
        store.ingest(stateFile("nov.csv", OCT, 100, 200), published("2023-12-22"));
        IngestResult dec = store.ingest(stateFile("dec.csv", OCT, 101, 200, 300), published("2024-01-26"));

        assertThat(store.revisions("dec.csv")).isEqualTo(dec.revisions());
        assertThat(store.ingest(stateFile("dec.csv", OCT, 101, 200, 300), published("2024-01-26"))
                        .revisions())
                .isEqualTo(dec.revisions());
    }
}
