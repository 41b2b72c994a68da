package dev.frontera.data.source.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TestReleaseFileNames {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "https://www.cbp.gov/sites/default/files/2025-12/nationwide-encounters-fy23-fy26-nov-state.csv, NATIONWIDE_BY_STATE, 2025-11, 2025-12",
        "https://www.cbp.gov/sites/default/files/2025-12/nationwide-encounters-fy23-fy26-nov-aor.csv, NATIONWIDE_BY_AREA, 2025-11, 2025-12",
        "https://www.cbp.gov/sites/default/files/2024-10/nationwide-encounters-fy21-fy24-state.csv, NATIONWIDE_BY_STATE, 2024-09, 2024-10",
        "https://www.cbp.gov/sites/default/files/assets/documents/2023-Nov/nationwide-encounters-fy20-fy23-aor.csv, NATIONWIDE_BY_AREA, 2023-09, 2023-11",
        "https://www.cbp.gov/sites/default/files/2025-09/sbo-encounters-fy22-fy25-aug.csv, SOUTHWEST_BY_COMPONENT, 2025-08, 2025-09",
        "https://www.cbp.gov/sites/default/files/assets/documents/2022-Oct/sbo-encounters-fy19-fy22.csv, SOUTHWEST_BY_COMPONENT, 2022-09, 2022-10",
        "https://ohss.dhs.gov/sites/default/files/2024-12/2024_1206_ohss_immigration-enforcement-and-legal-processes-tables-august-2024.xlsx, OHSS_ENFORCEMENT_TABLES, 2024-08, 2024-12",
        "https://ohss.dhs.gov/sites/default/files/2025-01/KHSM%20Encounters%20(USBP)%20fy25m11.xlsx, OHSS_USBP_ENCOUNTERS, 2024-11, 2025-01"
    })
    void reads_series_and_last_month_of_data_from_official_names(
            String url, ReleaseSeries series, String through, String uploaded) {
        ReleaseLink link = ReleaseFileNames.recognize(URI.create(url)).orElseThrow();

        assertThat(link.series()).isEqualTo(series);
        assertThat(link.dataThrough()).isEqualTo(YearMonth.parse(through));
        assertThat(link.uploaded()).contains(YearMonth.parse(uploaded));
    }

    @Test
    void fiscal_october_to_december_fall_in_the_previous_calendar_year() {
        ReleaseLink link = ReleaseFileNames.recognize(
                        URI.create(
                                "https://www.cbp.gov/sites/default/files/2024-01/nationwide-encounters-fy21-fy24-dec-state.csv"))
                .orElseThrow();

        assertThat(link.dataThrough()).isEqualTo(YearMonth.of(2023, 12));
    }

    @Test
    void reads_the_reupload_suffix_as_a_copy_number() {
        ReleaseLink link = ReleaseFileNames.recognize(URI.create("https://ohss.dhs.gov/sites/default/files/2024-10/"
                        + "24-1011_ohss_immigration-enforcement-and-legal-processes-tables-june-2024_2.xlsx"))
                .orElseThrow();

        assertThat(link.copy()).isEqualTo(2);
        assertThat(link.dataThrough()).isEqualTo(YearMonth.of(2024, 6));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://www.cbp.gov/sites/default/files/assets/documents/2023-Sep/nationwide-encounters-data-dictionary.pdf",
                "https://www.cbp.gov/sites/default/files/2025-12/nationwide-encounters-fy23-fy26-xyz-state.csv",
                "https://ohss.dhs.gov/sites/default/files/2025-01/KHSM%20Encounters%20(USBP)%20fy25m13.xlsx",
                "https://ohss.dhs.gov/sites/default/files/2024-12/2024_1206_ohss_immigration-enforcement-and-legal-processes-tables-smarch-2024.xlsx",
                "https://www.cbp.gov/document/stats/nationwide-encounters"
            })
    void ignores_files_that_are_not_releases(String url) {
        assertThat(ReleaseFileNames.recognize(URI.create(url))).isEqualTo(Optional.empty());
    }
}
