package dev.frontera.data.read;

import static dev.frontera.data.read.CsvFiles.SOUTHWEST_HEADER;
import static dev.frontera.data.read.CsvFiles.STATE_HEADER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.core.query.Family;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading CBP's dialects, and the message for each way a file can be wrong. */
class TestOfficialFiles {
    private static final String NAME = "nationwide-encounters-fy21-fy24-nov-state.csv";
    private static final String[] STATE_ROWS = {
        STATE_HEADER,
        "2024 (FYTD),FYTD,DEC,Southwest Land Border,TX,UC / Single Minors,MEXICO,Title 8,1200",
        "2024 (FYTD),FYTD,OCT,Northern Land Border,WA,FMUA,\"CHINA, PEOPLES REPUBLIC OF\",Title 8,7",
        "2023,Remaining,SEP,Other,FL,Single Adults,OTHER,Title 42,0",
        "2023,FYTD,JAN,Southwest Land Border,AZ,UAC,MYANMAR (BURMA),Title 8,3",
    };
    private static final List<Observation> STATE_OBSERVATIONS = List.of(
            new Observation(
                    YearMonth.of(2023, 12),
                    "southwest",
                    null,
                    null,
                    "TX",
                    "unaccompanied-children",
                    "mexico",
                    "title-8",
                    1200),
            new Observation(
                    YearMonth.of(2023, 10), "northern", null, null, "WA", "family-units", "china", "title-8", 7),
            new Observation(YearMonth.of(2023, 9), "other", null, null, "FL", "single-adults", "other", "title-42", 0),
            new Observation(
                    YearMonth.of(2023, 1),
                    "southwest",
                    null,
                    null,
                    "AZ",
                    "unaccompanied-children",
                    "myanmar",
                    "title-8",
                    3));

    @TempDir
    Path directory;

    static Stream<Arguments> stateDialects() {
        byte[] crlf = CsvFiles.lines("\r\n", STATE_ROWS);
        byte[] lf = CsvFiles.lines("\n", STATE_ROWS);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        return Stream.of(
                Arguments.of("CRLF", NAME, crlf),
                Arguments.of("LF", NAME, lf),
                Arguments.of("no line break at the end", NAME, Arrays.copyOf(crlf, crlf.length - 2)),
                Arguments.of("UTF-8 byte-order mark", NAME, CsvFiles.concat(bom, crlf)),
                Arguments.of("gzipped, named .gz", NAME + ".gz", CsvFiles.gzip(crlf)),
                Arguments.of("gzipped, named .csv", NAME, CsvFiles.gzip(lf)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stateDialects")
    void reads_every_dialect_of_a_state_file_to_the_same_observations(String dialect, String fileName, byte[] bytes) {
        ParsedFile parsed = OfficialFiles.read(CsvFiles.write(directory, fileName, bytes));

        assertThat(parsed.family()).isEqualTo(Family.NATIONWIDE_BY_STATE);
        assertThat(parsed.name()).isEqualTo(NAME);
        assertThat(parsed.observations()).containsExactlyElementsOf(STATE_OBSERVATIONS);
    }

    @Test
    void hashes_the_uncompressed_bytes_of_a_gzipped_file() throws Exception {
        byte[] published = CsvFiles.lines("\r\n", STATE_ROWS);
        String expected =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(published));

        assertThat(OfficialFiles.read(CsvFiles.write(directory, NAME + ".gz", CsvFiles.gzip(published)))
                        .sha256())
                .isEqualTo(expected);
        assertThat(OfficialFiles.read(CsvFiles.write(directory, NAME, published))
                        .sha256())
                .isEqualTo(expected);
    }

    static Stream<Arguments> southwestCounts() {
        return Stream.of(
                Arguments.of("123", 123L),
                Arguments.of("123.0", 123L),
                Arguments.of("0.0", 0L),
                Arguments.of("0", 0L),
                Arguments.of("9584.00", 9584L));
    }

    @ParameterizedTest(name = "count {0}")
    @MethodSource("southwestCounts")
    void reads_whole_counts_written_as_integers_or_floats(String count, long expected) {
        Path file = CsvFiles.writeCrlf(
                directory,
                "sbo-encounters-fy19-fy22.csv",
                SOUTHWEST_HEADER,
                "2019,FYTD,DEC,U.S. Border Patrol,FMUA,Honduras,Title 8,Apprehensions," + count);

        assertThat(OfficialFiles.read(file).observations())
                .extracting(Observation::count)
                .containsExactly(expected);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("fiscalMonths")
    void places_fiscal_months_in_calendar_months(String fiscalYear, String month, String calendarMonth) {
        Path file = CsvFiles.writeCrlf(
                directory,
                NAME,
                STATE_HEADER,
                fiscalYear + ",FYTD," + month + ",Southwest Land Border,TX,Single Adults,MEXICO,Title 8,1");

        assertThat(OfficialFiles.read(file).observations().get(0).month()).isEqualTo(YearMonth.parse(calendarMonth));
    }

    static Stream<Arguments> fiscalMonths() {
        return Stream.of(
                Arguments.of("2024", "OCT", "2023-10"),
                Arguments.of("2024", "NOV", "2023-11"),
                Arguments.of("2024", "DEC", "2023-12"),
                Arguments.of("2024", "JAN", "2024-01"),
                Arguments.of("2024", "SEP", "2024-09"),
                Arguments.of("2024 (FYTD)", "DEC", "2023-12"),
                Arguments.of("2026 (FYTD)", "NOV", "2025-11"));
    }

    @Test
    void reads_the_southwest_file_with_its_own_other_and_region() {
        Path file = CsvFiles.writeCrlf(
                directory,
                "sbo-encounters-fy22-fy25-aug.csv",
                SOUTHWEST_HEADER,
                "2025 (FYTD),FYTD,AUG,Office of Field Operations,UAC,Other,Title 8,Inadmissibles,40",
                "2023,Remaining,MAY,U.S. Border Patrol,FMUA,El Salvador,Title 42,Expulsions,5");

        ParsedFile parsed = OfficialFiles.read(file);

        assertThat(parsed.family()).isEqualTo(Family.SOUTHWEST_BY_COMPONENT);
        assertThat(parsed.observations())
                .containsExactly(
                        new Observation(
                                YearMonth.of(2025, 8),
                                "southwest",
                                "ofo",
                                null,
                                null,
                                "unaccompanied-children",
                                "other-than-mx-gt-hn-sv",
                                "title-8",
                                40),
                        new Observation(
                                YearMonth.of(2023, 5),
                                "southwest",
                                "usbp",
                                null,
                                null,
                                "family-units",
                                "el-salvador",
                                "title-42",
                                5));
    }

    @Test
    void keeps_the_fytd_and_remaining_rows_of_a_year_apart() {
        Path file = CsvFiles.writeCrlf(
                directory,
                NAME,
                STATE_HEADER,
                "2023,FYTD,OCT,Southwest Land Border,TX,Single Adults,MEXICO,Title 8,10",
                "2023,Remaining,SEP,Southwest Land Border,TX,Single Adults,MEXICO,Title 8,20");

        assertThat(OfficialFiles.read(file).observations())
                .extracting(Observation::count)
                .containsExactly(10L, 20L);
    }

    @Test
    void reads_the_columns_of_a_family_in_any_order_and_letter_case() {
        // A release that moves the count first and writes its header in capitals is the same family's file.
        List<String> columns = Arrays.asList(STATE_HEADER.split(","));
        int[] order = {8, 0, 2, 1, 3, 4, 5, 6, 7};
        String[] rows = new String[STATE_ROWS.length];
        for (int i = 0; i < STATE_ROWS.length; i++) {
            List<String> fields = i == 0 ? columns : splitRow(STATE_ROWS[i]);
            StringBuilder line = new StringBuilder();
            for (int column : order) {
                String field = fields.get(column);
                line.append(line.length() == 0 ? "" : ",")
                        .append(i == 0 ? field.toUpperCase(java.util.Locale.ROOT) : quoted(field));
            }
            rows[i] = line.toString();
        }
        ParsedFile parsed = OfficialFiles.read(CsvFiles.write(directory, NAME, CsvFiles.lines("\r\n", rows)));

        assertThat(parsed.family()).isEqualTo(Family.NATIONWIDE_BY_STATE);
        assertThat(parsed.observations()).containsExactlyElementsOf(STATE_OBSERVATIONS);
    }

    @Test
    void names_the_column_where_the_file_has_it_when_its_columns_are_reordered() {
        Path file = CsvFiles.writeCrlf(
                directory,
                NAME,
                "Encounter Count,Fiscal Year,Month Grouping,Month (abbv),Land Border Region,State,Demographic,Citizenship,"
                        + "Title of Authority",
                "12x,2023,FYTD,OCT,Southwest Land Border,TX,Single Adults,MEXICO,Title 8");

        assertThatThrownBy(() -> OfficialFiles.read(file))
                .hasMessageStartingWith(NAME + ": line 2, column 1 (Encounter Count)");
    }

    private static List<String> splitRow(String row) {
        try (org.apache.commons.csv.CSVParser parser =
                org.apache.commons.csv.CSVParser.parse(row, org.apache.commons.csv.CSVFormat.DEFAULT)) {
            return parser.getRecords().get(0).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String quoted(String field) {
        return field.contains(",") ? "\"" + field + "\"" : field;
    }

    // --- what a bad file says ---

    @Test
    void rejects_an_unknown_header_listing_the_known_families() {
        Path file = CsvFiles.writeCrlf(directory, "arrests.csv", "Date,Office,Arrests", "2024-01-01,SEA,3");

        assertThatThrownBy(() -> OfficialFiles.read(file))
                .isInstanceOf(FronteraException.class)
                .satisfies(e -> assertThat(((FronteraException) e).code()).isEqualTo(ErrorCode.UNSUPPORTED_FILE))
                .hasMessageContaining("arrests.csv")
                .hasMessageContaining("'Date,Office,Arrests'")
                .hasMessageContaining("nationwide-by-state")
                .hasMessageContaining(STATE_HEADER)
                .hasMessageContaining(SOUTHWEST_HEADER)
                .hasMessageContaining(CsvFiles.AREA_HEADER);
    }

    @Test
    void rejects_a_header_with_a_renamed_column_naming_it() {
        assertMalformed(
                STATE_HEADER.replace("Encounter Count", "Encounter Cnt"),
                "line 1, column 9 (Encounter Count): expected 'Encounter Count' but found 'Encounter Cnt'");
    }

    @Test
    void rejects_a_header_with_a_missing_column_naming_it() {
        Path file = CsvFiles.writeCrlf(
                directory,
                NAME,
                STATE_HEADER.replace("State,", ""),
                "2023,FYTD,OCT,Southwest Land Border,Single Adults,MEXICO,Title 8,10");

        assertThatThrownBy(() -> OfficialFiles.read(file))
                .satisfies(e -> assertThat(((FronteraException) e).code()).isEqualTo(ErrorCode.MALFORMED_FILE))
                .hasMessageStartingWith(NAME + ": line 1, column 5 (State): column 'State' is missing");
    }

    @Test
    void rejects_a_count_that_is_not_a_number() {
        assertMalformed(
                "2023,FYTD,OCT,Southwest Land Border,TX,Single Adults,MEXICO,Title 8,12x",
                "line 2, column 9 (Encounter Count): '12x' is not a whole number");
    }

    @Test
    void rejects_a_negative_count() {
        assertMalformed(
                "2023,FYTD,OCT,Southwest Land Border,TX,Single Adults,MEXICO,Title 8,-3",
                "line 2, column 9 (Encounter Count): '-3' is negative");
    }

    @Test
    void rejects_a_fractional_count() {
        assertMalformed(
                "2023,FYTD,OCT,Southwest Land Border,TX,Single Adults,MEXICO,Title 8,12.5",
                "line 2, column 9 (Encounter Count): '12.5' is not a whole number");
    }

    @Test
    void rejects_an_empty_count() {
        assertMalformed(
                "2023,FYTD,OCT,Southwest Land Border,TX,Single Adults,MEXICO,Title 8,",
                "line 2, column 9 (Encounter Count): the count is empty");
    }

    @Test
    void rejects_an_unknown_month() {
        assertMalformed(
                "2023,FYTD,OCTO,Southwest Land Border,TX,Single Adults,MEXICO,Title 8,1",
                "line 2, column 3 (Month (abbv)): 'OCTO' is not a month");
    }

    @Test
    void rejects_a_fiscal_year_that_is_not_a_year() {
        assertMalformed(
                "FY24,FYTD,OCT,Southwest Land Border,TX,Single Adults,MEXICO,Title 8,1",
                "line 2, column 1 (Fiscal Year): 'FY24' is not a fiscal year");
    }

    @Test
    void rejects_an_unknown_month_grouping() {
        assertMalformed(
                "2023,YTD,OCT,Southwest Land Border,TX,Single Adults,MEXICO,Title 8,1",
                "line 2, column 2 (Month Grouping): 'YTD' is not a month grouping");
    }

    @Test
    void rejects_an_unknown_region() {
        assertMalformed(
                "2023,FYTD,OCT,Pacific Coast,CA,Single Adults,MEXICO,Title 8,1",
                "line 2, column 4 (Land Border Region): 'Pacific Coast' is not a known border region");
    }

    @Test
    void rejects_an_unknown_demographic() {
        assertMalformed(
                "2023,FYTD,OCT,Southwest Land Border,TX,Teenagers,MEXICO,Title 8,1",
                "line 2, column 6 (Demographic): 'Teenagers' is not a known demographic");
    }

    @Test
    void rejects_an_unknown_title() {
        assertMalformed(
                "2023,FYTD,OCT,Southwest Land Border,TX,Single Adults,MEXICO,Title 19,1",
                "line 2, column 8 (Title of Authority): 'Title 19' is not a known title of authority");
    }

    @Test
    void rejects_an_unknown_state() {
        assertMalformed(
                "2023,FYTD,OCT,Southwest Land Border,XX,Single Adults,MEXICO,Title 8,1",
                "line 2, column 5 (State): 'XX' is not a known state");
    }

    @Test
    void rejects_a_line_with_too_few_fields() {
        assertMalformed(
                "2023,FYTD,OCT,Southwest Land Border,TX,Single Adults,MEXICO,Title 8",
                "line 2, column 9 (Encounter Count): the line has 8 fields where the header has 9");
    }

    @Test
    void rejects_a_line_with_too_many_fields() {
        assertMalformed(
                "2023,FYTD,OCT,Southwest Land Border,TX,Single Adults,CHINA, PEOPLES REPUBLIC OF,Title 8,1",
                "line 2, column 10 (after the last column, Encounter Count): the line has 10 fields where the header has 9");
    }

    @Test
    void rejects_a_repeated_row_naming_both_lines() {
        Path file = CsvFiles.writeCrlf(
                directory,
                NAME,
                STATE_HEADER,
                "2023,FYTD,OCT,Southwest Land Border,TX,Single Adults,MEXICO,Title 8,10",
                "2023,FYTD,NOV,Southwest Land Border,TX,Single Adults,MEXICO,Title 8,10",
                "2023,FYTD,OCT,Southwest Land Border,TX,Single Adults,MEXICO,Title 8,11");

        assertThatThrownBy(() -> OfficialFiles.read(file))
                .satisfies(e -> assertThat(((FronteraException) e).code()).isEqualTo(ErrorCode.MALFORMED_FILE))
                .hasMessageStartingWith(NAME + ": line 4 repeats line 2: columns 1-8 (Fiscal Year, Month Grouping");
    }

    @Test
    void rejects_a_repeated_row_even_when_cbp_relabelled_the_demographic() {
        Path file = CsvFiles.writeCrlf(
                directory,
                NAME,
                STATE_HEADER,
                "2023,FYTD,OCT,Southwest Land Border,TX,UC / Single Minors,MEXICO,Title 8,10",
                "2023,FYTD,OCT,Southwest Land Border,TX,UAC,MEXICO,Title 8,10");

        assertThatThrownBy(() -> OfficialFiles.read(file)).hasMessageContaining("line 3 repeats line 2");
    }

    @Test
    void rejects_an_empty_file() {
        Path file = CsvFiles.write(directory, NAME, new byte[0]);

        assertThatThrownBy(() -> OfficialFiles.read(file))
                .satisfies(e -> assertThat(((FronteraException) e).code()).isEqualTo(ErrorCode.MALFORMED_FILE))
                .hasMessage(NAME + ": line 1: the file is empty; expected the header row of a CBP encounters file");
    }

    @Test
    void rejects_a_header_without_rows() {
        Path file = CsvFiles.writeCrlf(directory, NAME, STATE_HEADER);

        assertThatThrownBy(() -> OfficialFiles.read(file))
                .satisfies(e -> assertThat(((FronteraException) e).code()).isEqualTo(ErrorCode.MALFORMED_FILE))
                .hasMessage(NAME + ": line 2: the file has a header but no data rows");
    }

    @Test
    void rejects_truncated_gzip_with_file_name() {
        StringBuilder rows = new StringBuilder(STATE_HEADER).append("\r\n");
        List<String> months = List.of("OCT", "NOV", "DEC", "JAN", "FEB", "MAR", "APR");
        for (int row = 0; row < 2000; row++) {
            rows.append(1900 + row % 300)
                    .append(",FYTD,")
                    .append(months.get(row / 300))
                    .append(",Southwest Land Border,TX,Single Adults,MEXICO,Title 8,")
                    .append(row)
                    .append("\r\n");
        }
        byte[] gzip = CsvFiles.gzip(rows.toString().getBytes(StandardCharsets.UTF_8));
        Path file = CsvFiles.write(directory, NAME + ".gz", Arrays.copyOf(gzip, gzip.length / 2));

        assertThatThrownBy(() -> OfficialFiles.read(file))
                .satisfies(e -> assertThat(((FronteraException) e).code()).isEqualTo(ErrorCode.MALFORMED_FILE))
                .hasMessageStartingWith(NAME + ": line ")
                .hasMessageContaining("the gzip data is truncated or corrupt");
    }

    @Test
    void rejects_utf16_naming_the_encoding() {
        byte[] utf16 = (STATE_HEADER + "\r\n2023,FYTD,OCT,Southwest Land Border,TX,Single Adults,MEXICO,Title 8,1\r\n")
                .getBytes(StandardCharsets.UTF_16);
        Path file = CsvFiles.write(directory, NAME, utf16);

        assertThatThrownBy(() -> OfficialFiles.read(file))
                .satisfies(e -> assertThat(((FronteraException) e).code()).isEqualTo(ErrorCode.MALFORMED_FILE))
                .hasMessageStartingWith(NAME + ": line 1, column 1: the file is encoded as UTF-16");
    }

    @Test
    void rejects_bytes_that_are_not_utf8_naming_the_line_and_column() {
        byte[] latin1 = (STATE_HEADER + "\r\n"
                        + "2023,FYTD,OCT,Southwest Land Border,TX,Single Adults,MEXICO,Title 8,1\r\n"
                        + "2023,FYTD,OCT,Southwest Land Border,TX,Single Adults,\"CHINA, PEOPLES REPUBLIC OF\",Title 8,1\r\n"
                        + "2023,FYTD,OCT,Northern Land Border,WA,Single Adults,\"C\u00C9TE D'IVOIRE, REPUBLIC\",Title 8,1\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        Path file = CsvFiles.write(directory, NAME, latin1);

        assertThatThrownBy(() -> OfficialFiles.read(file))
                .satisfies(e -> assertThat(((FronteraException) e).code()).isEqualTo(ErrorCode.MALFORMED_FILE))
                .hasMessageStartingWith(
                        NAME + ": line 4, column 7 (Citizenship): byte 0xC9 (byte 55 of the line) is not valid UTF-8");
    }

    @Test
    void rejects_a_southwest_encounter_type_that_contradicts_component_and_title() {
        Path file = CsvFiles.writeCrlf(
                directory,
                "sbo-encounters-fy22-fy25-aug.csv",
                SOUTHWEST_HEADER,
                "2023,FYTD,OCT,Office of Field Operations,FMUA,Mexico,Title 8,Apprehensions,3");

        assertThatThrownBy(() -> OfficialFiles.read(file))
                .hasMessage(
                        "sbo-encounters-fy22-fy25-aug.csv: line 2, column 8 (Encounter Type): 'Apprehensions' "
                                + "contradicts the row's Office of Field Operations and Title 8, which CBP reports as Inadmissibles");
    }

    @Test
    void rejects_a_southwest_citizenship_group_it_does_not_publish() {
        Path file = CsvFiles.writeCrlf(
                directory,
                "sbo-encounters-fy22-fy25-aug.csv",
                SOUTHWEST_HEADER,
                "2023,FYTD,OCT,U.S. Border Patrol,FMUA,Cuba,Title 8,Apprehensions,3");

        assertThatThrownBy(() -> OfficialFiles.read(file))
                .hasMessageStartingWith("sbo-encounters-fy22-fy25-aug.csv: line 2, column 6 (Citizenship Grouping): "
                        + "'Cuba' is not a known citizenship");
    }

    @Test
    void rejects_a_missing_file_as_not_found() {
        assertThatThrownBy(() -> OfficialFiles.read(directory.resolve("absent.csv")))
                .satisfies(e -> assertThat(((FronteraException) e).code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    private void assertMalformed(String line, String expectedPlaceAndReason) {
        boolean isHeader = line.startsWith("Fiscal Year");
        Path file = isHeader
                ? CsvFiles.writeCrlf(
                        directory, NAME, line, "2023,FYTD,OCT,Southwest Land Border,TX,Single Adults,MEXICO,Title 8,1")
                : CsvFiles.writeCrlf(directory, NAME, STATE_HEADER, line);

        assertThatThrownBy(() -> OfficialFiles.read(file))
                .isInstanceOf(FronteraException.class)
                .satisfies(e -> assertThat(((FronteraException) e).code()).isEqualTo(ErrorCode.MALFORMED_FILE))
                .hasMessageStartingWith(NAME + ": " + expectedPlaceAndReason);
    }
}
