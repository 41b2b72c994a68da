package dev.frontera.data.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.core.query.Family;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Border Patrol PDF tables written in the test with PDFBox: read, reconciled, or refused with the page and row. */
class TestBorderPatrolPdfs {
    @TempDir
    Path folder;

    private Path pdf(String name, List<List<String>> pages) throws IOException {
        Path file = folder.resolve(name);
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<String> lines : pages) {
                PDPage page = new PDPage(new PDRectangle(1400, 900));
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float y = 860;
                    for (String line : lines) {
                        content.beginText();
                        content.setFont(font, 9);
                        content.newLineAtOffset(20, y);
                        content.showText(line);
                        content.endText();
                        y -= 14;
                    }
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    private static String row(String label, long... months) {
        long total = LongStream.of(months).sum();
        return (label + " "
                        + LongStream.of(months)
                                .mapToObj(TestBorderPatrolPdfs::grouped)
                                .collect(Collectors.joining(" ")) + " " + grouped(total))
                .trim();
    }

    private static String grouped(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static long[] twelve(long value) {
        long[] months = new long[12];
        Arrays.fill(months, value);
        return months;
    }

    private static List<String> monthlyPage(int fiscalYear, long tucsonMonth, String southwestRow) {
        List<String> lines = new ArrayList<>(List.of(
                "United States Border Patrol",
                "Total Illegal Alien Apprehensions By Month - FY " + fiscalYear,
                "Yearly",
                "SECTOR October November December January February March April May June July August September",
                "Total",
                row("Miami", twelve(5)),
                row("Blaine", twelve(2)),
                "Big Bend",
                row("", twelve(100)),
                "(formerly Marfa)",
                row("Tucson", twelve(tucsonMonth)),
                row("Coastal Border", twelve(5)),
                row("Northern Border", twelve(2))));
        lines.add(southwestRow);
        lines.add(row("Monthly Total", twelve(107 + tucsonMonth)));
        return lines;
    }

    @Test
    void reads_a_monthly_table_that_reconciles_with_wrapped_and_renamed_sectors() throws IOException {
        Path file = pdf("any name.pdf", List.of(monthlyPage(2000, 1_000, row("Southwest Border", twelve(1_100)))));

        ParsedFile parsed = OfficialFiles.read(file);

        assertThat(parsed.family()).isEqualTo(Family.USBP_MONTHLY_BY_SECTOR);
        assertThat(parsed.observations()).hasSize(48);
        assertThat(parsed.observations())
                .contains(
                        new Observation(
                                YearMonth.of(1999, 10), "southwest", "usbp", "big-bend", null, null, null, null, 100),
                        new Observation(
                                YearMonth.of(2000, 9), "southwest", "usbp", "tucson", null, null, null, null, 1_000),
                        new Observation(YearMonth.of(1999, 12), "other", "usbp", "miami", null, null, null, null, 5),
                        new Observation(
                                YearMonth.of(2000, 1), "northern", "usbp", "blaine", null, null, null, null, 2));
    }

    @Test
    void refuses_a_page_whose_border_row_does_not_add_up_naming_page_and_row() throws IOException {
        long[] wrong = twelve(1_100);
        wrong[3] = 1_101;
        Path file = pdf(
                "monthly.pdf",
                List.of(
                        monthlyPage(2000, 1_000, row("Southwest Border", twelve(1_100))),
                        monthlyPage(2001, 1_000, row("Southwest Border", wrong))));

        assertThatThrownBy(() -> OfficialFiles.read(file))
                .isInstanceOf(FronteraException.class)
                .hasMessageContaining(
                        "monthly.pdf: page 2, row 'southwest border': its sectors add up to 1100 in column 4 but it prints 1101")
                .hasMessageContaining("nothing stored");
    }

    @Test
    void refuses_a_row_whose_printed_total_is_not_the_sum_of_its_months() throws IOException {
        String tampered = row("Southwest Border", twelve(1_100)).replace("13,200", "13,201");
        Path file = pdf("monthly.pdf", List.of(monthlyPage(2000, 1_000, tampered)));

        assertThatThrownBy(() -> OfficialFiles.read(file))
                .hasMessageContaining(
                        "page 1, row 'Southwest Border': the twelve months add up to 13200 but the printed yearly total is 13201");
    }

    @Test
    void reads_the_southwest_sectors_by_year_and_refuses_a_row_that_does_not_reconcile() throws IOException {
        List<String> lines = new ArrayList<>(List.of(
                "United States Border Patrol",
                "Southwest Border Sectors",
                "Total Illegal Alien Apprehensions By Fiscal Year (Oct. 1st through Sept. 30th)",
                "Fiscal Big Bend Del Rio El Centro El Paso Laredo Rio Grande San Diego Tucson Yuma Southwest Border",
                "Year (formerly Marfa) Valley Total",
                "(formerly McAllen)",
                "1987 9,586 64,934 55,291 231,994 74,139 71,038 500,327 47,481 67,277 1,122,067",
                "1986 23,796 123,952 95,186 312,892 143,685 121,783 629,656 71,675 93,219 1,615,844"));
        ParsedFile parsed = OfficialFiles.read(pdf("sw.pdf", List.of(lines)));
        assertThat(parsed.family()).isEqualTo(Family.USBP_SOUTHWEST_BY_SECTOR_YEARLY);
        assertThat(parsed.observations())
                .hasSize(18)
                .contains(new Observation(
                        YearMonth.of(1986, 9),
                        "southwest",
                        "usbp",
                        "rio-grande-valley",
                        null,
                        null,
                        null,
                        null,
                        121_783));

        lines.set(7, lines.get(7).replace("1,615,844", "1,615,845"));
        Path bad = pdf("sw-bad.pdf", List.of(lines));
        assertThatThrownBy(() -> OfficialFiles.read(bad))
                .hasMessageContaining(
                        "sw-bad.pdf: page 1, row '1986': the nine sectors add up to 1615844 but the printed Southwest Border Total is 1615845");
    }

    @Test
    void reads_the_nationwide_years_and_refuses_a_gap() throws IOException {
        List<String> lines = List.of(
                "United States Border Patrol",
                "Nationwide Illegal Alien Apprehensions Fiscal Years 1985 - 1987",
                "Fiscal Year Apprehensions Fiscal Year Apprehensions",
                "1985 1,262,435 1987 1,158,030",
                "1986 1,692,544");
        ParsedFile parsed = OfficialFiles.read(pdf("total.pdf", List.of(lines)));
        assertThat(parsed.family()).isEqualTo(Family.USBP_NATIONWIDE_YEARLY);
        assertThat(parsed.observations())
                .contains(
                        new Observation(YearMonth.of(1986, 9), null, "usbp", null, null, null, null, null, 1_692_544));

        Path gap = pdf("gap.pdf", List.of(lines.subList(0, 4)));
        assertThatThrownBy(() -> OfficialFiles.read(gap))
                .hasMessageContaining("gap.pdf: page 1")
                .hasMessageContaining("gaps");
    }

    @Test
    void refuses_a_pdf_whose_layout_changed_naming_the_page() throws IOException {
        Path file = pdf(
                "monthly.pdf",
                List.of(
                        monthlyPage(2000, 1_000, row("Southwest Border", twelve(1_100))),
                        List.of(
                                "United States Border Patrol",
                                "Total Illegal Alien Apprehensions By Month - FY 2001",
                                "SECTOR October November December January February March April May June July August September",
                                "Miami 1 2 3")));
        assertThatThrownBy(() -> OfficialFiles.read(file))
                .hasMessageContaining(
                        "monthly.pdf: page 2, row 'Miami 1 2 3': expected 12 months and a yearly total, found 3 numbers");

        Path other = pdf("report.pdf", List.of(List.of("Annual Report", "Nothing to see")));
        assertThatThrownBy(() -> OfficialFiles.read(other))
                .hasMessageContaining("report.pdf: page 1: not a known Border Patrol table")
                .satisfies(e -> assertThat(((FronteraException) e).code()).isEqualTo(ErrorCode.UNSUPPORTED_FILE));
    }

    @Test
    void refuses_a_truncated_pdf_naming_the_file() throws IOException {
        byte[] bytes = Files.readAllBytes(pdf(
                "whole.pdf", List.of(monthlyPage(2000, 1_000, row("Southwest Border", twelve(1_100))))));
        Path truncated = folder.resolve("cut.pdf");
        Files.write(truncated, Arrays.copyOf(bytes, 200));

        assertThatThrownBy(() -> OfficialFiles.read(truncated))
                .hasMessageStartingWith("cut.pdf: ")
                .satisfies(e -> assertThat(((FronteraException) e).code()).isEqualTo(ErrorCode.MALFORMED_FILE));
    }
}
