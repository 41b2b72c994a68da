package dev.frontera.data.store;

import static dev.frontera.data.store.Vintages.published;
import static dev.frontera.data.store.Vintages.stateFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.query.Family;
import dev.frontera.core.query.Release;
import dev.frontera.data.read.Observation;
import dev.frontera.data.read.ParsedFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestStore {
    private static final YearMonth OCT_2023 = YearMonth.of(2023, 10);

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
    void stores_a_file_as_a_release_and_reads_it_back() {
        ParsedFile file = stateFile("nationwide-encounters-fy21-fy24-nov-state.csv", OCT_2023, 100, 200);

        IngestResult result = store.ingest(file, published("2023-12-22"));

        Release release = result.release();
        assertThat(result.status()).isEqualTo(IngestResult.Status.STORED);
        assertThat(release.id()).isEqualTo(file.sha256().substring(0, 12));
        assertThat(release.family().slug()).isEqualTo("nationwide-by-state");
        assertThat(release.published()).isEqualTo(LocalDate.of(2023, 12, 22));
        assertThat(release.publishedEstimated()).isFalse();
        assertThat(release.sourceUrl()).contains("https://www.cbp.gov/document/stats/nationwide-encounters");
        assertThat(release.firstMonth()).isEqualTo(OCT_2023);
        assertThat(release.lastMonth()).isEqualTo(YearMonth.of(2023, 11));
        assertThat(release.rows()).isEqualTo(4);
        assertThat(release.rounded()).isFalse();
        assertThat(store.releases()).containsExactly(release);
        assertThat(store.observations(release.id())).containsExactlyElementsOf(file.observations());
    }

    @Test
    void keeps_missing_dimensions_as_null_when_reading_observations_back() {
        ParsedFile file = new ParsedFile(
                "sbo-encounters-fy22-fy25-aug.csv",
                Vintages.sha256("sbo"),
                Family.SOUTHWEST_BY_COMPONENT,
                List.of(new Observation(
                        YearMonth.of(2025, 8),
                        "southwest",
                        "border-patrol",
                        null,
                        null,
                        "uac",
                        "mexico",
                        "title-8",
                        1234)));

        Release release = store.ingest(file, published("2025-09-16")).release();

        Observation read = store.observations(release.id()).get(0);
        assertThat(read).isEqualTo(file.observations().get(0));
        assertThat(read.value(Dimension.STATE)).isNull();
    }

    @Test
    void ingesting_the_same_file_again_changes_nothing() {
        ParsedFile file = stateFile("a-fy21-fy24-nov-state.csv", OCT_2023, 100, 200);
        Release first = store.ingest(file, published("2023-12-22")).release();
        List<String> before = StoreContent.of(store);
        String fingerprint = store.fingerprint();

        IngestResult again = store.ingest(file, published("2030-01-01"));

        assertThat(again.status()).isEqualTo(IngestResult.Status.ALREADY_STORED);
        assertThat(again.release()).isEqualTo(first);
        assertThat(StoreContent.of(store)).isEqualTo(before);
        assertThat(store.fingerprint()).isEqualTo(fingerprint);
    }

    @Test
    void a_failure_in_the_middle_of_appending_leaves_the_store_exactly_as_it_was() {
        store.ingest(stateFile("a-fy21-fy24-oct-state.csv", OCT_2023, 100), published("2023-11-14"));
        List<String> before = StoreContent.of(store);
        String fingerprint = store.fingerprint();
        ParsedFile big = Vintages.bigFile("big-fy23-fy24-state.csv", 60_000);
        store.ingestHook(row -> {
            if (row == 50_000) {
                throw new IllegalStateException("disk unplugged at row 50000");
            }
        });

        assertThatThrownBy(() -> store.ingest(big, published("2024-01-15"))).hasMessageContaining("disk unplugged");

        assertThat(StoreContent.of(store)).isEqualTo(before);
        assertThat(store.fingerprint()).isEqualTo(fingerprint);
        store.ingestHook(IngestHook.none());
        assertThat(store.ingest(big, published("2024-01-15")).status()).isEqualTo(IngestResult.Status.STORED);
        assertThat(store.observations(big.sha256().substring(0, 12))).hasSize(60_000);
    }

    @Test
    void a_row_that_breaks_a_store_constraint_rolls_back_the_whole_release() {
        store.ingest(stateFile("a-fy21-fy24-oct-state.csv", OCT_2023, 100), published("2023-11-14"));
        List<String> before = StoreContent.of(store);
        List<Observation> rows =
                new ArrayList<>(Vintages.bigFile("bad.csv", 20_000).observations());
        rows.add(new Observation(YearMonth.of(1850, 1), "southwest", null, null, "tx", null, null, null, 1));
        ParsedFile bad = new ParsedFile("bad.csv", Vintages.sha256("bad"), Family.NATIONWIDE_BY_STATE, rows);

        assertThatThrownBy(() -> store.ingest(bad, published("2024-01-15")))
                .isInstanceOfSatisfying(
                        FronteraException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.MALFORMED_FILE))
                .hasMessageContaining("bad.csv");

        assertThat(StoreContent.of(store)).isEqualTo(before);
    }

    @Test
    void readers_do_not_see_a_release_before_its_ingest_commits() {
        Release stored = store.ingest(stateFile("a-fy21-fy24-oct-state.csv", OCT_2023, 100), published("2023-11-14"))
                .release();
        List<List<Release>> seenDuringIngest = new ArrayList<>();
        List<Integer> coveredMonthsDuringIngest = new ArrayList<>();
        store.ingestHook(row -> {
            if (row == 30_000) {
                seenDuringIngest.add(store.releases());
                coveredMonthsDuringIngest.add(
                        store.coverage().families().get(0).months().size());
            }
        });

        store.ingest(Vintages.bigFile("big-fy23-fy24-state.csv", 40_000), published("2024-01-15"));

        assertThat(seenDuringIngest).containsExactly(List.of(stored));
        assertThat(coveredMonthsDuringIngest).containsExactly(1);
        assertThat(store.releases()).hasSize(2);
    }

    @Test
    void reports_progress_up_to_the_number_of_rows() {
        List<long[]> reports = new ArrayList<>();

        store.ingest(
                Vintages.bigFile("big.csv", 20_000),
                published("2024-01-15"),
                (appended, total) -> reports.add(new long[] {appended, total}));

        assertThat(reports).isNotEmpty();
        assertThat(reports).isSortedAccordingTo((a, b) -> Long.compare(a[0], b[0]));
        assertThat(reports.get(reports.size() - 1)).containsExactly(20_000, 20_000);
    }

    @Test
    void lists_releases_newest_publication_first() {
        store.ingest(stateFile("b-nov.csv", OCT_2023, 1, 2), published("2023-12-22"));
        store.ingest(stateFile("c-dec.csv", OCT_2023, 1, 2, 3), published("2024-01-26"));
        store.ingest(stateFile("a-oct.csv", OCT_2023, 1), published("2023-11-14"));

        assertThat(store.releases()).extracting(Release::name).containsExactly("c-dec.csv", "b-nov.csv", "a-oct.csv");
    }

    @Test
    void finds_a_release_by_id_prefix_sha_or_file_name() {
        ParsedFile file = stateFile("nationwide-encounters-fy21-fy24-nov-state.csv", OCT_2023, 100, 200);
        Release release = store.ingest(file, published("2023-12-22")).release();

        assertThat(store.release(release.id())).contains(release);
        assertThat(store.release(release.id().substring(0, 6).toUpperCase(java.util.Locale.ROOT)))
                .contains(release);
        assertThat(store.release(file.sha256())).contains(release);
        assertThat(store.release("nationwide-encounters-fy21-fy24-nov-state.csv"))
                .contains(release);
        assertThat(store.release("nationwide-encounters-fy21-fy24-nov-state.csv.gz"))
                .contains(release);
        assertThat(store.release("nationwide-encounters-fy21-fy24-dec-state.csv"))
                .isEmpty();
        assertThat(store.release("ffffffffffff".equals(release.id()) ? "eeee" : "ffff0"))
                .isEmpty();
    }

    @Test
    void refuses_an_id_prefix_that_matches_two_releases() {
        List<Release> releases = twoReleasesSharingAPrefix();
        String prefix = releases.get(0).id().substring(0, 4);

        assertThatThrownBy(() -> store.release(prefix))
                .isInstanceOfSatisfying(
                        FronteraException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT))
                .hasMessageContaining(releases.get(0).id())
                .hasMessageContaining(releases.get(1).id());
    }

    @Test
    void observations_of_an_unknown_release_is_not_found() {
        assertThatThrownBy(() -> store.observations("nope.csv"))
                .isInstanceOfSatisfying(
                        FronteraException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND))
                .hasMessageContaining("nope.csv");
    }

    @Test
    void coverage_lists_each_month_with_its_releases_newest_first_and_the_family_dimensions() {
        Release oct = store.ingest(stateFile("a-oct.csv", OCT_2023, 1), published("2023-11-14"))
                .release();
        Release nov = store.ingest(stateFile("b-nov.csv", OCT_2023, 1, 2), published("2023-12-22"))
                .release();

        FamilyCoverage family =
                store.coverage().family(Family.NATIONWIDE_BY_STATE).orElseThrow();

        assertThat(family.dimensions()).isEqualTo(Family.NATIONWIDE_BY_STATE.dimensions());
        assertThat(family.months())
                .containsExactly(
                        new MonthCoverage(OCT_2023, List.of(nov.id(), oct.id())),
                        new MonthCoverage(YearMonth.of(2023, 11), List.of(nov.id())));
        assertThat(store.coverage().family(Family.SOUTHWEST_BY_COMPONENT)).isEmpty();
    }

    @Test
    void fingerprint_changes_when_a_release_is_added_and_survives_reopening() {
        String empty = store.fingerprint();
        store.ingest(stateFile("a-oct.csv", OCT_2023, 1), published("2023-11-14"));
        String one = store.fingerprint();
        store.close();
        store = Store.open(folder.resolve("frontera.duckdb"));

        assertThat(one).isNotEqualTo(empty);
        assertThat(store.fingerprint()).isEqualTo(one);
    }

    private List<Release> twoReleasesSharingAPrefix() {
        java.util.Map<String, String> namesByPrefix = new java.util.HashMap<>();
        for (int i = 0; ; i++) {
            ParsedFile file = stateFile("file-" + i + ".csv", OCT_2023, 1);
            String prefix = file.sha256().substring(0, 4);
            String earlier = namesByPrefix.putIfAbsent(prefix, file.name());
            if (earlier != null) {
                Release first = store.ingest(stateFile(earlier, OCT_2023, 1), published("2023-11-14"))
                        .release();
                Release second = store.ingest(file, published("2023-11-14")).release();
                return List.of(first, second);
            }
        }
    }
}
