package dev.frontera.data.source.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TestLinkExtractor {
    private static final URI PAGE = URI.create("https://www.cbp.gov/document/stats/nationwide-encounters");

    // The structure of CBP's document pages: Drupal file fields, relative links into upload folders.
    private static final String NATIONWIDE_PAGE = """
            <html><body><main>
            <h1>Nationwide Encounters</h1>
            <div class="field field--name-field-file">
              <span class="file file--mime-text-csv file--text">
                <a href="/sites/default/files/2025-11/nationwide-encounters-fy22-fy25-state.csv" type="text/csv">Nationwide Encounters FY22-FY25 (state)</a></span>
              <span class="file file--mime-text-csv file--text">
                <a href="/sites/default/files/2025-12/nationwide-encounters-fy23-fy26-nov-state.csv?v=2#top" type="text/csv">Nationwide Encounters FY23-FY26 (FYTD) November (state)</a></span>
              <span class="file file--mime-text-csv file--text">
                <a href="/sites/default/files/2025-12/nationwide-encounters-fy23-fy26-nov-aor.csv">Nationwide Encounters FY23-FY26 (FYTD) November (AOR)</a></span>
              <span class="file file--mime-text-csv file--text">
                <a href="https://www.cbp.gov/sites/default/files/2025-11/nationwide-encounters-fy22-fy25-aor.csv">Nationwide Encounters FY22-FY25 (AOR)</a></span>
              <a href="/sites/default/files/assets/documents/2023-Sep/nationwide-encounters-data-dictionary.pdf">Data dictionary</a>
              <a href="https://mirror.example.org/sites/default/files/2026-01/nationwide-encounters-fy23-fy26-dec-state.csv">A mirror</a>
              <a href="#main">Back to top</a>
              <a href="mailto:someone@cbp.dhs.gov">Contact</a>
            </div></main></body></html>
            """;

    @Test
    void keeps_official_release_links_made_absolute_and_ignores_the_rest() {
        List<ReleaseLink> links = LinkExtractor.extract(NATIONWIDE_PAGE, PAGE, HostPolicy.official());

        assertThat(links)
                .extracting(link -> link.url().toString())
                .containsExactly(
                        "https://www.cbp.gov/sites/default/files/2025-11/nationwide-encounters-fy22-fy25-state.csv",
                        "https://www.cbp.gov/sites/default/files/2025-12/nationwide-encounters-fy23-fy26-nov-state.csv",
                        "https://www.cbp.gov/sites/default/files/2025-12/nationwide-encounters-fy23-fy26-nov-aor.csv",
                        "https://www.cbp.gov/sites/default/files/2025-11/nationwide-encounters-fy22-fy25-aor.csv");
    }

    @Test
    void picks_the_monthly_release_after_the_final_one_for_each_cut() {
        Map<ReleaseSeries, ReleaseLink> newest =
                NewestReleases.pick(LinkExtractor.extract(NATIONWIDE_PAGE, PAGE, HostPolicy.official()));

        assertThat(newest).containsOnlyKeys(ReleaseSeries.NATIONWIDE_BY_STATE, ReleaseSeries.NATIONWIDE_BY_AREA);
        assertThat(newest.get(ReleaseSeries.NATIONWIDE_BY_STATE).fileName())
                .isEqualTo("nationwide-encounters-fy23-fy26-nov-state.csv");
        assertThat(newest.get(ReleaseSeries.NATIONWIDE_BY_AREA).dataThrough()).isEqualTo(YearMonth.of(2025, 11));
    }

    @Test
    void reads_workbook_links_with_spaces_and_parentheses_in_fiscal_order() {
        // fy25m11 is November 2024 (calendar month 11 of FY2025), after fy25m10 and fy24m12 (December 2023).
        String page = """
                <ul>
                  <li><a href="/sites/default/files/2024-01/KHSM Encounters (USBP) fy24m12.xlsx">USBP Encounters (xlsx)</a></li>
                  <li><a href="/sites/default/files/2024-12/KHSM Encounters (USBP) fy25m10.xlsx">USBP Encounters (xlsx)</a></li>
                  <li><a href="/sites/default/files/2025-01/KHSM%20Encounters%20(USBP)%20fy25m11.xlsx">USBP Encounters (xlsx)</a></li>
                </ul>
                """;

        Map<ReleaseSeries, ReleaseLink> newest = NewestReleases.pick(LinkExtractor.extract(
                page, URI.create("https://ohss.dhs.gov/khsm/cbp-encounters"), HostPolicy.official()));

        ReleaseLink link = newest.get(ReleaseSeries.OHSS_USBP_ENCOUNTERS);
        assertThat(link.fileName()).isEqualTo("KHSM Encounters (USBP) fy25m11.xlsx");
        assertThat(link.url().getRawPath())
                .isEqualTo("/sites/default/files/2025-01/KHSM%20Encounters%20(USBP)%20fy25m11.xlsx");
    }

    @Test
    void a_later_upload_of_the_same_month_wins() {
        String page = """
                <a href="/sites/default/files/2024-11/2024_1108_ohss_immigration-enforcement-and-legal-processes-tables-july-2024.xlsx">July</a>
                <a href="/sites/default/files/2024-12/2024_1206_ohss_immigration-enforcement-and-legal-processes-tables-august-2024.xlsx">August</a>
                <a href="/sites/default/files/2025-01/2025_0110_ohss_immigration-enforcement-and-legal-processes-tables-august-2024.xlsx">August, corrected</a>
                """;

        ReleaseLink newest = NewestReleases.pick(LinkExtractor.extract(
                        page,
                        URI.create(
                                "https://ohss.dhs.gov/topics/immigration/immigration-enforcement/immigration-enforcement-and-legal-processes-monthly"),
                        HostPolicy.official()))
                .get(ReleaseSeries.OHSS_ENFORCEMENT_TABLES);

        assertThat(newest.fileName()).startsWith("2025_0110");
    }
}
