package dev.frontera.data.source.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.core.query.Release;
import dev.frontera.data.store.IngestProgress;
import dev.frontera.data.store.IngestResult;
import dev.frontera.data.store.Store;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestOfficialFetcher {
    private static final String STATE_PATH =
            "/sites/default/files/2025-12/nationwide-encounters-fy23-fy26-nov-state.csv";
    private static final String OLDER_STATE_PATH =
            "/sites/default/files/2025-11/nationwide-encounters-fy22-fy25-state.csv";
    private static final String AREA_PATH = "/sites/default/files/2025-12/nationwide-encounters-fy23-fy26-nov-aor.csv";
    private static final String SOUTHWEST_LINK = "/sites/default/files/2025-09/sbo-encounters-fy22-fy25-aug.csv";
    private static final String SOUTHWEST_PATH = "/sites/default/files/2025-10/sbo-encounters-fy22-fy25-aug.csv";
    private static final String WORKBOOK_PATH =
            "/sites/default/files/2025-01/KHSM%20Encounters%20(USBP)%20fy25m11.xlsx";

    private static final String STATE_HEADER = "Fiscal Year,Month Grouping,Month (abbv),Land Border Region,State,"
            + "Demographic,Citizenship,Title of Authority,Encounter Count";
    private static final String STATE_FILE = String.join(
                    "\r\n",
                    STATE_HEADER,
                    "2026 (FYTD),FYTD,NOV,Southwest Land Border,TX,Single Adults,MEXICO,Title 8,120",
                    "2026 (FYTD),FYTD,OCT,Southwest Land Border,AZ,FMUA,GUATEMALA,Title 8,45",
                    "2025,FYTD,NOV,Northern Land Border,WA,Single Adults,\"CHINA, PEOPLES REPUBLIC OF\",Title 8,7")
            + "\r\n";
    private static final String SOUTHWEST_FILE = String.join(
                    "\r\n",
                    "Fiscal Year,Month Grouping,Month (abbv),Component,Demographic,Citizenship Grouping,Title of Authority,"
                            + "Encounter Type,Encounter Count",
                    "2025 (FYTD),FYTD,AUG,Office of Field Operations,Single Adults,Other,Title 8,Inadmissibles,40",
                    "2025 (FYTD),FYTD,JUL,U.S. Border Patrol,Single Adults,Mexico,Title 8,Apprehensions,300")
            + "\r\n";

    @TempDir
    Path folder;

    private OfficialSiteServer server;
    private Path cache;

    @BeforeEach
    void serve() {
        cache = folder.resolve("cache");
        server = OfficialSiteServer.start()
                .page("/document/stats/nationwide-encounters", """
                        <html><body><div class="field field--name-field-file">
                        <span class="file file--mime-text-csv"><a href="%s">Nationwide Encounters FY22-FY25 (state)</a></span>
                        <span class="file file--mime-text-csv"><a href="%s">Nationwide Encounters FY23-FY26 (FYTD) November (state)</a></span>
                        <span class="file file--mime-text-csv"><a href="%s">Nationwide Encounters FY23-FY26 (FYTD) November (AOR)</a></span>
                        </div></body></html>""".formatted(OLDER_STATE_PATH, STATE_PATH, AREA_PATH))
                .page("/document/stats/southwest-land-border-encounters", """
                        <html><body><a href="%s">FY22-FY25 (FYTD) Southwest Land Border Encounters - August</a></body></html>
                        """.formatted(SOUTHWEST_LINK))
                .page("/khsm/cbp-encounters", """
                        <html><body><a href="%s">Download the USBP encounters data (xlsx)</a></body></html>
                        """.formatted(WORKBOOK_PATH))
                .file(OLDER_STATE_PATH, STATE_FILE.replace("120", "121"), "\"older\"")
                .file(STATE_PATH, STATE_FILE, "\"state-v1\"")
                .moved(SOUTHWEST_LINK, SOUTHWEST_PATH)
                .file(SOUTHWEST_PATH, SOUTHWEST_FILE, "\"sbo-v1\"")
                .truncated(WORKBOOK_PATH, "PK".repeat(500), 300);
        // AREA_PATH is not served (404), nor is the monthly tables page.
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private FetchReport fetch() {
        return OfficialFetcher.create(OfficialSite.at(server.base()), cache).fetch(FetchListener.silent());
    }

    @Test
    void downloads_the_newest_release_of_each_series_and_follows_a_moved_link() {
        FetchReport report = fetch();

        assertThat(report.newest())
                .extracting(ReleaseLink::fileName)
                .containsExactly(
                        "nationwide-encounters-fy23-fy26-nov-state.csv", "nationwide-encounters-fy23-fy26-nov-aor.csv",
                        "sbo-encounters-fy22-fy25-aug.csv", "KHSM Encounters (USBP) fy25m11.xlsx");
        assertThat(report.downloads()).extracting(Download::status).containsOnly(Download.Status.NEW);
        Download southwest = report.downloads().get(1);
        assertThat(southwest.source()).isEqualTo(server.base().resolve(SOUTHWEST_PATH.substring(1)));
        assertThat(southwest.file())
                .hasContent(SOUTHWEST_FILE.replace("\r\n", "\n").strip());
        assertThat(server.log).doesNotContain(OLDER_STATE_PATH + " 200");
    }

    @Test
    void reports_a_missing_file_and_a_missing_page_with_their_urls() {
        FetchReport report = fetch();

        assertThat(report.complete()).isFalse();
        assertThat(report.failures())
                .extracting(FetchFailure::message)
                .anySatisfy(message -> assertThat(message).contains(AREA_PATH).contains("HTTP 404"))
                .anySatisfy(message -> assertThat(message)
                        .contains("immigration-enforcement-and-legal-processes-monthly")
                        .contains("HTTP 404"));
        assertThat(report.failures()).noneMatch(FetchFailure::unreachable);
    }

    @Test
    void rejects_a_truncated_download_and_leaves_nothing_in_the_cache() throws IOException {
        FetchReport report = fetch();

        assertThat(report.failures())
                .extracting(FetchFailure::message)
                .anySatisfy(
                        message -> assertThat(message).contains("fy25m11.xlsx").contains("incomplete"));
        try (Stream<Path> files = Files.walk(cache)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .noneMatch(name -> name.contains("KHSM") || name.endsWith(".part"));
        }
    }

    @Test
    void asks_again_conditionally_and_does_not_download_an_unchanged_file() {
        fetch();
        server.log.clear();

        FetchReport again = fetch();

        assertThat(again.downloads()).extracting(Download::status).containsOnly(Download.Status.UNCHANGED);
        assertThat(server.log).contains(STATE_PATH + " 304", SOUTHWEST_PATH + " 304");
    }

    @Test
    void downloads_a_changed_file_again_and_stores_it_as_a_new_release() {
        Path db = folder.resolve("frontera.duckdb");
        try (Store store = Store.open(db)) {
            for (Download download : fetch().downloads()) {
                FetchedReleases.ingest(store, download, IngestProgress.none());
            }
            server.file(STATE_PATH, STATE_FILE.replace(",120", ",125"), "\"state-v2\"");

            Download changed = fetch().downloads().get(0);
            IngestResult result = FetchedReleases.ingest(store, changed, IngestProgress.none());

            assertThat(changed.status()).isEqualTo(Download.Status.CHANGED);
            assertThat(changed.file()).content().contains(",125");
            assertThat(result.status()).isEqualTo(IngestResult.Status.STORED);
            List<Release> states = store.releases().stream()
                    .filter(release -> release.name().equals("nationwide-encounters-fy23-fy26-nov-state.csv"))
                    .toList();
            assertThat(states).hasSize(2);
            assertThat(states)
                    .extracting(Release::sourceUrl)
                    .containsOnly(java.util.Optional.of(
                            server.base().resolve(STATE_PATH.substring(1)).toString()));
        }
    }

    @Test
    void stores_fetched_files_with_the_url_they_came_from() {
        Path db = folder.resolve("frontera.duckdb");
        try (Store store = Store.open(db)) {
            for (Download download : fetch().downloads()) {
                FetchedReleases.ingest(store, download, IngestProgress.none());
            }

            assertThat(store.releases())
                    .extracting(Release::name, release -> release.sourceUrl().orElseThrow())
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(
                                    "nationwide-encounters-fy23-fy26-nov-state.csv",
                                    server.base()
                                            .resolve(STATE_PATH.substring(1))
                                            .toString()),
                            org.assertj.core.groups.Tuple.tuple(
                                    "sbo-encounters-fy22-fy25-aug.csv",
                                    server.base()
                                            .resolve(SOUTHWEST_PATH.substring(1))
                                            .toString()));
            assertThat(FetchedReleases.stored(store, fetch().downloads().get(0)))
                    .isPresent();
        }
    }

    @Test
    void rejects_a_web_page_served_in_place_of_a_file() {
        server.htmlInsteadOfFile(STATE_PATH);

        FetchReport report = fetch();

        assertThat(report.failures())
                .extracting(FetchFailure::message)
                .anySatisfy(message -> assertThat(message).contains(STATE_PATH).contains("web page"));
        assertThat(Files.exists(cache.resolve("127.0.0.1").resolve(STATE_PATH.substring(1))))
                .isFalse();
    }

    @Test
    void does_not_follow_a_redirect_off_the_allowed_hosts() {
        server.moved(SOUTHWEST_LINK, "https://elsewhere.example.org/sbo-encounters-fy22-fy25-aug.csv");

        FetchReport report = fetch();

        assertThat(report.failures())
                .extracting(FetchFailure::message)
                .anySatisfy(message ->
                        assertThat(message).contains("elsewhere.example.org").contains("not followed"));
    }

    @Test
    void says_what_to_do_when_no_site_can_be_reached() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        OfficialFetcher fetcher =
                OfficialFetcher.create(OfficialSite.at(URI.create("http://127.0.0.1:" + closedPort)), cache);

        assertThatThrownBy(() -> fetcher.fetch(FetchListener.silent()))
                .isInstanceOfSatisfying(
                        FronteraException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NETWORK))
                .hasMessageContaining("cannot reach")
                .hasMessageContaining("connection refused")
                .hasMessageContaining("not tried")
                .hasMessageContaining("frontera ingest DIR");
    }
}
