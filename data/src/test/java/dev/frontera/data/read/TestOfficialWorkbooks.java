package dev.frontera.data.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.core.query.Family;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DHS workbooks made in the test with POI: the KHSM layout, its variants and its failures. */
class TestOfficialWorkbooks {
    @TempDir
    Path folder;

    private static void khsmSheet(XSSFWorkbook workbook, String name, String cut, Object[]... rows) {
        Sheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        String[] titles = {"Fiscal\nYear", "Month", "Region", cut, "Quantity"};
        for (int i = 0; i < titles.length; i++) {
            header.createCell(i).setCellValue(titles[i]);
        }
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r + 1);
            for (int c = 0; c < rows[r].length; c++) {
                if (rows[r][c] instanceof Number number) {
                    row.createCell(c).setCellValue(number.doubleValue());
                } else {
                    row.createCell(c).setCellValue((String) rows[r][c]);
                }
            }
        }
    }

    private Path khsm(String fileName, boolean withFamilyStatus, Object[] sectorRow) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            khsmSheet(workbook, "Monthly Count", "Unused", new Object[] {2000, "01 October", "x", "x", 1});
            khsmSheet(workbook, "Monthly Rgn and Sector", "Sector", sectorRow, new Object[] {
                2000, "01 October", "Northern Land Border", "Blaine, WA", 230
            });
            khsmSheet(
                    workbook,
                    "Monthly Rgn and Citp",
                    "Citizenship",
                    new Object[] {2024, "03 December", "Southwest Land Border", "Mexico", 56240},
                    new Object[] {2024, "03 December", "Coastal Border", "China, People's Republic", 10});
            if (withFamilyStatus) {
                khsmSheet(workbook, "Monthly Rgn and Fam Status", "Family Status", new Object[] {
                    2024, "03 December", "Southwest Land Border", "Unaccompanied Children", 4000
                });
            }
            Path file = folder.resolve(fileName);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            return file;
        }
    }

    private static final Object[] RGV_OCTOBER_1999 = {
        2000, "01 October", "Southwest Land Border", "Rio Grande Valley, TX", 8420
    };

    @Test
    void reads_the_three_cuts_of_a_khsm_workbook_each_row_with_its_own_cut_only() throws IOException {
        ParsedFile parsed = OfficialFiles.read(khsm("renamed.xlsx", true, RGV_OCTOBER_1999));

        assertThat(parsed.family()).isEqualTo(Family.OHSS_USBP_MONTHLY);
        assertThat(parsed.observations())
                .containsExactly(
                        new Observation(
                                YearMonth.of(1999, 10),
                                "southwest",
                                "usbp",
                                "rio-grande-valley",
                                null,
                                null,
                                null,
                                null,
                                8420),
                        new Observation(
                                YearMonth.of(1999, 10), "northern", "usbp", "blaine", null, null, null, null, 230),
                        new Observation(
                                YearMonth.of(2023, 12), "southwest", "usbp", null, null, null, "mexico", null, 56240),
                        new Observation(YearMonth.of(2023, 12), "other", "usbp", null, null, null, "china", null, 10),
                        new Observation(
                                YearMonth.of(2023, 12),
                                "southwest",
                                "usbp",
                                null,
                                null,
                                "unaccompanied-children",
                                null,
                                null,
                                4000));
    }

    @Test
    void maps_an_old_sector_name_to_the_current_sector() throws IOException {
        Object[] mcallen = {2000, "01 October", "Southwest Land Border", "McAllen, TX", 8420};
        assertThat(OfficialFiles.read(khsm("k.xlsx", true, mcallen))
                        .observations()
                        .get(0)
                        .area())
                .isEqualTo("rio-grande-valley");
    }

    @Test
    void refuses_a_workbook_missing_a_sheet_naming_it() throws IOException {
        Path file = khsm("KHSM.xlsx", false, RGV_OCTOBER_1999);

        assertThatThrownBy(() -> OfficialFiles.read(file))
                .isInstanceOf(FronteraException.class)
                .hasMessageContaining("KHSM.xlsx")
                .hasMessageContaining("no sheet 'Monthly Rgn and Fam Status'")
                .satisfies(e -> assertThat(((FronteraException) e).code()).isEqualTo(ErrorCode.MALFORMED_FILE));
    }

    @Test
    void refuses_a_bad_cell_naming_file_sheet_and_cell() throws IOException {
        Object[] text = {2000, "01 October", "Southwest Land Border", "Rio Grande Valley, TX", "about 8,000"};
        assertThatThrownBy(() -> OfficialFiles.read(khsm("k.xlsx", true, text)))
                .hasMessageContaining(
                        "k.xlsx: sheet 'Monthly Rgn and Sector', cell E2: 'about 8,000' is not a whole count");
        Object[] month = {2000, "02 October", "Southwest Land Border", "Rio Grande Valley, TX", 1};
        assertThatThrownBy(() -> OfficialFiles.read(khsm("k.xlsx", true, month)))
                .hasMessageContaining("cell B2: '02 October' is not a month label");
        Object[] region = {2000, "01 October", "Moon", "Rio Grande Valley, TX", 1};
        assertThatThrownBy(() -> OfficialFiles.read(khsm("k.xlsx", true, region)))
                .hasMessageContaining("cell C2: 'Moon' is not a known border region");
    }

    @Test
    void refuses_a_corrupt_workbook_naming_the_file() throws IOException {
        byte[] bytes = Files.readAllBytes(khsm("whole.xlsx", true, RGV_OCTOBER_1999));
        Path truncated = folder.resolve("KHSM truncated.xlsx");
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> OfficialFiles.read(truncated))
                .isInstanceOf(FronteraException.class)
                .hasMessageStartingWith("KHSM truncated.xlsx: not a readable Excel workbook")
                .satisfies(e -> assertThat(((FronteraException) e).code()).isEqualTo(ErrorCode.MALFORMED_FILE));
    }

    @Test
    void refuses_a_password_protected_workbook() throws Exception {
        Path plain = khsm("plain.xlsx", true, RGV_OCTOBER_1999);
        Path locked = folder.resolve("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream out = encryptor.getDataStream(fs)) {
                Files.copy(plain, out);
            }
            try (OutputStream out = Files.newOutputStream(locked)) {
                fs.writeFilesystem(out);
            }
        }

        assertThatThrownBy(() -> OfficialFiles.read(locked))
                .hasMessage(
                        "locked.xlsx: the workbook is password-protected; the official workbooks are not, so download it again");
    }

    @Test
    void refuses_an_unknown_workbook_listing_its_sheets() throws IOException {
        Path file = folder.resolve("budget.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("Budget");
            workbook.write(out);
        }
        assertThatThrownBy(() -> OfficialFiles.read(file))
                .hasMessageContaining("budget.xlsx: not a known DHS statistics workbook (sheets: Budget)")
                .satisfies(e -> assertThat(((FronteraException) e).code()).isEqualTo(ErrorCode.UNSUPPORTED_FILE));
    }

    @Test
    void reads_the_report_layout_of_the_enforcement_tables() throws IOException {
        Path file = folder.resolve("tables.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            report(
                    workbook.createSheet("SWB Enc by Sector+Field Ofc"),
                    List.of("", "", "", "USBP", "", "OFO"),
                    List.of("Fiscal Year", "Month", "Total CBP", "Total USBP", "Rio Grande Valley, TX", "Laredo, TX2"));
            report(
                    workbook.createSheet("SWB Encounters by Citizenship"),
                    List.of("", "", "Total CBP", "", "USBP", "OFO"),
                    List.of("Fiscal Year", "Month", "Total", "Mexico", "Other", "Mexico1"));
            workbook.write(out);
        }

        ParsedFile parsed = OfficialFiles.read(file);

        assertThat(parsed.family()).isEqualTo(Family.OHSS_SOUTHWEST_MONTHLY);
        assertThat(parsed.observations())
                .containsExactly(
                        new Observation(
                                YearMonth.of(2023, 10),
                                "southwest",
                                "usbp",
                                "rio-grande-valley",
                                null,
                                null,
                                null,
                                null,
                                30),
                        new Observation(
                                YearMonth.of(2023, 10),
                                "southwest",
                                "ofo",
                                "laredo-field-office",
                                null,
                                null,
                                null,
                                null,
                                40),
                        new Observation(
                                YearMonth.of(2023, 10),
                                "southwest",
                                "usbp",
                                null,
                                null,
                                null,
                                "other-than-top-ten",
                                null,
                                30),
                        new Observation(
                                YearMonth.of(2023, 10), "southwest", "ofo", null, null, null, "mexico", null, 40));
    }

    /** A report sheet: title, groups, header, a "2024 YTD / Total" row, October, an X month, a note. */
    private static void report(Sheet sheet, List<String> groups, List<String> header) {
        sheet.createRow(0).createCell(0).setCellValue("Return to Table of Contents.");
        sheet.createRow(1).createCell(0).setCellValue("CBP SW Border Encounters: Fiscal Years 2014 to 2024 YTD");
        Row groupRow = sheet.createRow(2);
        Row headerRow = sheet.createRow(3);
        for (int i = 0; i < header.size(); i++) {
            groupRow.createCell(i).setCellValue(groups.get(i));
            headerRow.createCell(i).setCellValue(header.get(i));
        }
        Row total = sheet.createRow(4);
        total.createCell(0).setCellValue("2024 YTD");
        total.createCell(1).setCellValue("Total");
        Row october = sheet.createRow(5);
        october.createCell(1).setCellValue("October");
        double[] values = {90, 50, 30, 40};
        for (int i = 0; i < values.length; i++) {
            october.createCell(i + 2).setCellValue(values[i]);
        }
        Row november = sheet.createRow(6);
        november.createCell(1).setCellValue("November");
        for (int i = 2; i < 6; i++) {
            november.createCell(i).setCellValue("X");
        }
        sheet.createRow(8)
                .createCell(0)
                .setCellValue("Notes: To protect privacy, table cells are rounded to the nearest ten.");
    }
}
