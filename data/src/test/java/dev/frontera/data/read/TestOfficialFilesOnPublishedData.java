package dev.frontera.data.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontera.core.query.Family;
import dev.frontera.data.PublishedRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The published files of the record in the repository read without error and give
 * back the row counts and totals checked by hand in PROVENANCE.md.
 */
class TestOfficialFilesOnPublishedData {
    private static final String STATE = "nationwide-encounters-state/";
    private static final String SOUTHWEST = "southwest-land-border-encounters/";

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "nationwide-encounters-fy20-fy23-state.csv.gz, 42532, 2019-10, 2023-09",
        "nationwide-encounters-fy21-fy24-oct-state.csv.gz, 35630, 2020-10, 2023-10",
        "nationwide-encounters-fy21-fy24-nov-state.csv.gz, 36642, 2020-10, 2023-11",
        "nationwide-encounters-fy21-fy24-dec-state.csv.gz, 37664, 2020-10, 2023-12",
        "nationwide-encounters-fy21-fy24-jan-state.csv.gz, 38666, 2020-10, 2024-01",
        "nationwide-encounters-fy21-fy24-feb-state.csv.gz, 39670, 2020-10, 2024-02",
        "nationwide-encounters-fy21-fy24-mar-state.csv.gz, 40699, 2020-10, 2024-03",
        "nationwide-encounters-fy21-fy24-apr-state.csv.gz, 41733, 2020-10, 2024-04",
        "nationwide-encounters-fy21-fy24-may-state.csv.gz, 42815, 2020-10, 2024-05",
        "nationwide-encounters-fy21-fy24-state.csv.gz, 46995, 2020-10, 2024-09",
        "nationwide-encounters-fy22-fy25-state.csv.gz, 47100, 2021-10, 2025-09",
        "nationwide-encounters-fy23-fy26-nov-state.csv.gz, 37161, 2022-10, 2025-11",
    })
    void reads_every_state_release_with_its_row_count_and_months(String file, int rows, String first, String last) {
        ParsedFile parsed = published(STATE + file);

        assertThat(parsed.family()).isEqualTo(Family.NATIONWIDE_BY_STATE);
        assertThat(parsed.name()).isEqualTo(file.replace(".gz", ""));
        assertThat(parsed.observations()).hasSize(rows);
        assertThat(parsed.firstMonth()).isEqualTo(YearMonth.parse(first));
        assertThat(parsed.lastMonth()).isEqualTo(YearMonth.parse(last));
        assertThat(parsed.observations()).allSatisfy(o -> {
            assertThat(o.component()).isNull();
            assertThat(o.area()).isNull();
            assertThat(o.region()).isIn("southwest", "northern", "other");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "sbo-encounters-fy19-fy22.csv, 2264, 2018-10, 2022-09",
        "sbo-encounters-fy22-fy25-nov.csv, 1665, 2021-10, 2024-11",
        "sbo-encounters-fy22-fy25-aug.csv, 1936, 2021-10, 2025-08",
    })
    void reads_every_southwest_release_with_its_row_count_and_months(String file, int rows, String first, String last) {
        ParsedFile parsed = published(SOUTHWEST + file);

        assertThat(parsed.family()).isEqualTo(Family.SOUTHWEST_BY_COMPONENT);
        assertThat(parsed.observations()).hasSize(rows);
        assertThat(parsed.firstMonth()).isEqualTo(YearMonth.parse(first));
        assertThat(parsed.lastMonth()).isEqualTo(YearMonth.parse(last));
        assertThat(parsed.observations()).allSatisfy(o -> {
            assertThat(o.region()).isEqualTo("southwest");
            assertThat(o.state()).isNull();
            assertThat(o.citizenship())
                    .isIn("mexico", "guatemala", "honduras", "el-salvador", "other-than-mx-gt-hn-sv");
        });
    }

    @Test
    void hashes_the_published_bytes_not_our_gzip() {
        ParsedFile gzipped = published(STATE + "nationwide-encounters-fy20-fy23-state.csv.gz");
        ParsedFile plain = published(SOUTHWEST + "sbo-encounters-fy22-fy25-aug.csv");

        assertThat(gzipped.sha256()).isEqualTo("5b8fbc01f91f1d5d22091357fdb28e9ab5d91b6d4e1211ceafff32399f3803d0");
        assertThat(plain.sha256()).isEqualTo("644a70518bea08884f29483c4aa6aee5fcceadc85a0bd8f09043fa6d356fedc4");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "nationwide-encounters-fy21-fy24-nov-state.csv.gz",
        "nationwide-encounters-fy21-fy24-state.csv.gz",
        "nationwide-encounters-fy23-fy26-nov-state.csv.gz",
    })
    void hash_equals_the_sha256_of_the_decompressed_file(String file) throws IOException {
        Path path = PublishedRecord.file(STATE + file);
        String expected;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
            expected = HexFormat.of().formatHex(sha256().digest(in.readAllBytes()));
        }

        assertThat(OfficialFiles.read(path).sha256()).isEqualTo(expected);
    }

    @Test
    void southwest_totals_from_the_state_files_match_the_reported_figures() {
        ParsedFile fy20To23 = published(STATE + "nationwide-encounters-fy20-fy23-state.csv.gz");

        assertThat(total(fy20To23, fiscalYear(2022).and(region("southwest")))).isEqualTo(2_378_944);
        assertThat(total(fy20To23, fiscalYear(2023).and(region("southwest")))).isEqualTo(2_475_669);
        assertThat(total(fy20To23, fiscalYear(2021).and(region("southwest")))).isEqualTo(1_734_686);
        assertThat(total(fy20To23, fiscalYear(2023))).isEqualTo(3_201_144);
        assertThat(total(fy20To23, fiscalYear(2020))).isEqualTo(646_822);
    }

    @Test
    void full_year_totals_of_a_monthly_release_need_both_month_groupings() {
        ParsedFile may = published(STATE + "nationwide-encounters-fy21-fy24-may-state.csv.gz");

        assertThat(total(may, fiscalYear(2023))).isEqualTo(3_201_144);
        assertThat(total(may, fiscalYear(2022).and(region("southwest")))).isEqualTo(2_378_944);
    }

    @Test
    void november_2023_as_first_reported_and_as_finally_reported() {
        ParsedFile firstReport = published(STATE + "nationwide-encounters-fy21-fy24-nov-state.csv.gz");
        ParsedFile finalReport = published(STATE + "nationwide-encounters-fy21-fy24-state.csv.gz");
        Predicate<Observation> november2023Southwest = month("2023-11").and(region("southwest"));

        assertThat(total(firstReport, november2023Southwest)).isEqualTo(242_418);
        assertThat(total(finalReport, november2023Southwest)).isEqualTo(242_399);
        assertThat(total(firstReport, month("2023-11"))).isEqualTo(308_728);
        assertThat(total(finalReport, month("2023-11"))).isEqualTo(308_605);
    }

    @Test
    void december_2023_first_report_and_the_next_months_revision() {
        ParsedFile december = published(STATE + "nationwide-encounters-fy21-fy24-dec-state.csv.gz");
        ParsedFile january = published(STATE + "nationwide-encounters-fy21-fy24-jan-state.csv.gz");

        assertThat(total(december, month("2023-12").and(region("southwest")))).isEqualTo(302_034);
        assertThat(total(january, month("2023-12").and(region("southwest")))).isEqualTo(301_983);
    }

    @Test
    void later_releases_report_fiscal_2024_and_2025_totals() {
        ParsedFile fy22To25 = published(STATE + "nationwide-encounters-fy22-fy25-state.csv.gz");
        ParsedFile fy23To26 = published(STATE + "nationwide-encounters-fy23-fy26-nov-state.csv.gz");

        assertThat(total(fy22To25, fiscalYear(2024).and(region("southwest")))).isEqualTo(2_135_005);
        assertThat(total(fy22To25, fiscalYear(2024))).isEqualTo(2_901_142);
        assertThat(total(fy22To25, fiscalYear(2025))).isEqualTo(691_906);
        assertThat(total(fy23To26, fiscalYear(2026))).isEqualTo(60_926);
        assertThat(total(fy23To26, fiscalYear(2026).and(region("southwest")))).isEqualTo(22_667);
    }

    @Test
    void component_split_of_the_southwest_files() {
        ParsedFile fy19To22 = published(SOUTHWEST + "sbo-encounters-fy19-fy22.csv");
        ParsedFile august2025 = published(SOUTHWEST + "sbo-encounters-fy22-fy25-aug.csv");

        assertThat(total(fy19To22, fiscalYear(2019).and(component("usbp")))).isEqualTo(851_508);
        assertThat(total(fy19To22, fiscalYear(2019).and(component("ofo")))).isEqualTo(126_001);
        assertThat(total(fy19To22, fiscalYear(2022))).isEqualTo(2_378_944);
        assertThat(total(august2025, month("2023-12").and(component("usbp")))).isEqualTo(249_740);
        assertThat(total(august2025, month("2023-11").and(component("usbp")))).isEqualTo(191_106);
        assertThat(total(august2025, month("2023-12"))).isEqualTo(301_981);
        assertThat(total(august2025, fiscalYear(2025).and(component("ofo")))).isEqualTo(202_876);
    }

    @Test
    void both_spellings_of_unaccompanied_children_become_one_slug() {
        ParsedFile oldLabel = published(STATE + "nationwide-encounters-fy21-fy24-state.csv.gz");
        ParsedFile newLabel = published(STATE + "nationwide-encounters-fy22-fy25-state.csv.gz");
        Predicate<Observation> children =
                fiscalYear(2023).and(o -> o.demographic().equals("unaccompanied-children"));

        assertThat(total(oldLabel, children)).isPositive().isEqualTo(total(newLabel, children));
        assertThat(newLabel.observations())
                .extracting(Observation::demographic)
                .containsOnly("single-adults", "family-units", "unaccompanied-children", "accompanied-minors");
    }

    /** Each file is read once for the whole class: the assertions only look at the result. */
    private static final Map<String, ParsedFile> PARSED = new ConcurrentHashMap<>();

    private static ParsedFile published(String relative) {
        Path path = PublishedRecord.file(relative);
        return PARSED.computeIfAbsent(relative, unused -> OfficialFiles.read(path));
    }

    private static long total(ParsedFile file, Predicate<Observation> filter) {
        return file.observations().stream()
                .filter(filter)
                .mapToLong(Observation::count)
                .sum();
    }

    private static Predicate<Observation> fiscalYear(int year) {
        YearMonth first = YearMonth.of(year - 1, 10);
        YearMonth last = YearMonth.of(year, 9);
        return o -> !o.month().isBefore(first) && !o.month().isAfter(last);
    }

    private static Predicate<Observation> month(String month) {
        YearMonth wanted = YearMonth.parse(month);
        return o -> o.month().equals(wanted);
    }

    private static Predicate<Observation> region(String region) {
        return o -> region.equals(o.region());
    }

    private static Predicate<Observation> component(String component) {
        return o -> component.equals(o.component());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
