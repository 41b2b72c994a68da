package dev.frontera.data.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontera.core.query.Family;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestReleaseCatalog {
    private final ReleaseCatalog catalog = ReleaseCatalog.official();
    private static final YearMonth IRRELEVANT = YearMonth.of(2000, 1);

    @ParameterizedTest
    @CsvSource({
        "nationwide-encounters-fy20-fy23-state.csv, 2023-11-14",
        "nationwide-encounters-fy21-fy24-oct-state.csv, 2023-11-14",
        "nationwide-encounters-fy21-fy24-nov-state.csv, 2023-12-22",
        "nationwide-encounters-fy21-fy24-dec-state.csv, 2024-01-26",
        "nationwide-encounters-fy21-fy24-jan-state.csv, 2024-02-15",
        "nationwide-encounters-fy21-fy24-feb-state.csv, 2024-03-15",
        "nationwide-encounters-fy21-fy24-mar-state.csv, 2024-04-15",
        "nationwide-encounters-fy21-fy24-apr-state.csv, 2024-05-15",
        "nationwide-encounters-fy21-fy24-may-state.csv, 2024-06-15",
        "nationwide-encounters-fy21-fy24-state.csv, 2024-10-22",
        "nationwide-encounters-fy22-fy25-state.csv, 2025-11-14",
        "nationwide-encounters-fy23-fy26-nov-state.csv, 2025-12-15"
    })
    void knows_the_publication_date_of_each_state_release(String name, String published) {
        Publication publication = catalog.describe(name, Family.NATIONWIDE_BY_STATE, IRRELEVANT);

        assertThat(publication.published()).isEqualTo(LocalDate.parse(published));
        assertThat(publication.estimated()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "sbo-encounters-fy19-fy22.csv, 2022-10-22",
        "sbo-encounters-fy22-fy25-nov.csv, 2024-12-17",
        "sbo-encounters-fy22-fy25-aug.csv, 2025-09-16"
    })
    void knows_the_publication_date_of_each_southwest_release(String name, String published) {
        Publication publication = catalog.describe(name, Family.SOUTHWEST_BY_COMPONENT, IRRELEVANT);

        assertThat(publication.published()).isEqualTo(LocalDate.parse(published));
        assertThat(publication.basis()).isEqualTo(Publication.Basis.KNOWN);
    }

    @Test
    void gives_the_direct_url_where_one_is_recorded() {
        assertThat(catalog.describe("nationwide-encounters-fy21-fy24-state.csv", Family.NATIONWIDE_BY_STATE, IRRELEVANT)
                        .sourceUrl())
                .contains("https://www.cbp.gov/sites/default/files/2024-10/nationwide-encounters-fy21-fy24-state.csv");
        assertThat(catalog.describe("sbo-encounters-fy19-fy22.csv", Family.SOUTHWEST_BY_COMPONENT, IRRELEVANT)
                        .sourceUrl())
                .contains(
                        "https://www.cbp.gov/sites/default/files/assets/documents/2022-Oct/sbo-encounters-fy19-fy22.csv");
    }

    @Test
    void falls_back_to_the_family_landing_page_when_no_direct_url_is_recorded() {
        assertThat(catalog.describe(
                                "nationwide-encounters-fy21-fy24-nov-state.csv", Family.NATIONWIDE_BY_STATE, IRRELEVANT)
                        .sourceUrl())
                .contains("https://www.cbp.gov/document/stats/nationwide-encounters");
        assertThat(catalog.describe("sbo-encounters-fy22-fy25-aug.csv", Family.SOUTHWEST_BY_COMPONENT, IRRELEVANT)
                        .sourceUrl())
                .contains("https://www.cbp.gov/document/stats/southwest-land-border-encounters");
    }

    @Test
    void ignores_a_gz_suffix_and_letter_case() {
        Publication publication = catalog.describe(
                "Nationwide-Encounters-FY21-FY24-NOV-State.csv.gz", Family.NATIONWIDE_BY_STATE, IRRELEVANT);

        assertThat(publication.published()).isEqualTo(LocalDate.of(2023, 12, 22));
        assertThat(publication.estimated()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        // data through a month: about the 15th of the following month, fiscal months Oct-Dec in the prior year
        "nationwide-encounters-fy23-fy26-dec-state.csv, 2026-01-15",
        "nationwide-encounters-fy23-fy26-oct-aor.csv, 2025-11-15",
        "nationwide-encounters-fy23-fy26-jul-aor.csv, 2026-08-15",
        "sbo-encounters-fy23-fy26-sep.csv, 2026-10-15",
        // a name without a month: the final release of FY BB, mid-November of calendar year BB
        "nationwide-encounters-fy23-fy26-state.csv, 2026-11-15",
        "sbo-encounters-fy20-fy23.csv, 2023-11-15"
    })
    void estimates_an_unknown_release_from_its_name(String name, String expected) {
        Publication publication = catalog.describe(name, Family.NATIONWIDE_BY_STATE, IRRELEVANT);

        assertThat(publication.published()).isEqualTo(LocalDate.parse(expected));
        assertThat(publication.basis()).isEqualTo(Publication.Basis.FILE_NAME);
        assertThat(publication.estimated()).isTrue();
        assertThat(publication.sourceUrl()).contains(ReleaseCatalog.landingPage(Family.NATIONWIDE_BY_STATE));
    }

    @Test
    void estimates_from_the_last_month_of_data_when_the_name_says_nothing() {
        Publication publication =
                catalog.describe("encounters-export.csv", Family.SOUTHWEST_BY_COMPONENT, YearMonth.of(2025, 12));

        assertThat(publication.published()).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(publication.basis()).isEqualTo(Publication.Basis.LAST_MONTH);
        assertThat(publication.estimated()).isTrue();
    }

    @Test
    void does_not_read_a_month_out_of_a_longer_word() {
        // "-novel" is not "-nov": the name still says final FY2026
        Publication publication =
                catalog.describe("encounters-fy23-fy26-novel.csv", Family.NATIONWIDE_BY_STATE, IRRELEVANT);

        assertThat(publication.published()).isEqualTo(LocalDate.of(2026, 11, 15));
        assertThat(publication.sourceUrl())
                .isEqualTo(Optional.of(ReleaseCatalog.landingPage(Family.NATIONWIDE_BY_STATE)));
    }

    @Test
    void knows_the_dhs_workbooks_dates_and_marks_the_border_patrol_pdfs_estimated() {
        Publication khsm =
                catalog.describe("KHSM Encounters (USBP) fy25m11.xlsx", Family.OHSS_USBP_MONTHLY, IRRELEVANT);
        assertThat(khsm.published()).isEqualTo(LocalDate.of(2025, 1, 16));
        assertThat(khsm.estimated()).isFalse();
        assertThat(khsm.sourceUrl()).contains("https://ohss.dhs.gov/khsm/cbp-encounters");
        assertThat(catalog.describe(
                                "2024_1206_ohss_immigration-enforcement-and-legal-processes-tables-august-2024.xlsx",
                                Family.OHSS_SOUTHWEST_MONTHLY,
                                IRRELEVANT)
                        .published())
                .isEqualTo(LocalDate.of(2024, 12, 6));

        Publication monthly = catalog.describe(
                "us_border_patrol_monthly_encounters_fy2000-fy2020-508.pdf", Family.USBP_MONTHLY_BY_SECTOR, IRRELEVANT);
        assertThat(monthly.estimated()).isTrue();
        assertThat(monthly.basis()).isEqualTo(Publication.Basis.CATALOG_ESTIMATE);
        assertThat(monthly.published())
                .isAfter(catalog.describe(
                                "u.s._border_patrol_monthly_apprehensions_fy_2000_fy_2019_1.pdf",
                                Family.USBP_MONTHLY_BY_SECTOR,
                                IRRELEVANT)
                        .published());
    }
}
