package dev.frontera.data.read;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.core.query.Family;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Opens a Border Patrol historical PDF, reads its text page by page in reading order (PDFBox,
 * sorted by position) and hands the pages to the reader whose title the first page carries.
 * The title decides, never the file name.
 */
final class UsbpPdfs {
    private UsbpPdfs() {}

    /** Reads one kind of PDF table from its pages' text lines. */
    interface PdfReader {
        Family family();

        /** True when the first page's text is this table's. */
        boolean recognizes(String firstPage);

        List<Observation> read(String name, List<List<String>> pages);
    }

    static ParsedFile read(PublishedDocument document) {
        // The first page's text decides the reader; a 39-page table read by position is not also read as plain text.
        List<String> firstLines = pages(document, 1).get(0);
        String firstPage = String.join("\n", firstLines).toLowerCase(Locale.ROOT);
        if (UsbpCitizenshipBySectorReader.recognizes(firstPage)) {
            return new ParsedFile(
                    document.name(),
                    document.sha256(),
                    Family.USBP_CITIZENSHIP_BY_SECTOR_YEARLY,
                    new UsbpCitizenshipBySectorReader().read(document.name(), positionedPages(document)));
        }
        for (PdfReader reader : List.of(
                new UsbpMonthlyBySectorReader(), new UsbpSouthwestYearlyReader(), new UsbpNationwideYearlyReader())) {
            if (reader.recognizes(firstPage)) {
                return new ParsedFile(
                        document.name(),
                        document.sha256(),
                        reader.family(),
                        reader.read(document.name(), pages(document, Integer.MAX_VALUE)));
            }
        }
        String title =
                firstLines.stream().limit(3).reduce((a, b) -> a + " / " + b).orElse("");
        throw new FronteraException(
                ErrorCode.UNSUPPORTED_FILE,
                ("%s: page 1: not a known Border Patrol table (it begins '%s'); "
                                + "known: monthly apprehensions by sector FY2000 onwards, southwest border sectors by fiscal year, "
                                + "nationwide apprehensions by fiscal year, apprehensions by citizenship and sector")
                        .formatted(document.name(), title));
    }

    private static List<List<String>> pages(PublishedDocument document, int lastPage) {
        try (PDDocument pdf = Loader.loadPDF(document.bytes())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            List<List<String>> pages = new ArrayList<>();
            for (int page = 1; page <= Math.min(lastPage, pdf.getNumberOfPages()); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                List<String> lines = new ArrayList<>();
                for (String line : stripper.getText(pdf).split("\\R")) {
                    String trimmed =
                            line.replace('\u00A0', ' ').replaceAll("\\s+", " ").trim();
                    if (!trimmed.isEmpty()) {
                        lines.add(trimmed);
                    }
                }
                pages.add(lines);
            }
            if (pages.isEmpty() || pages.get(0).isEmpty()) {
                throw new FronteraException(
                        ErrorCode.MALFORMED_FILE,
                        "%s: page 1 has no text; a scanned or empty PDF cannot be read".formatted(document.name()));
            }
            return pages;
        } catch (InvalidPasswordException e) {
            throw new FronteraException(
                    ErrorCode.MALFORMED_FILE,
                    "%s: the PDF is password-protected; the official tables are not, so download it again"
                            .formatted(document.name()),
                    e);
        } catch (IOException e) {
            throw new FronteraException(
                    ErrorCode.MALFORMED_FILE,
                    "%s: not a readable PDF, the file is damaged or truncated (%s); download it again"
                            .formatted(document.name(), e.getMessage()),
                    e);
        }
    }

    private static List<List<List<PositionedWords.Word>>> positionedPages(PublishedDocument document) {
        try (PDDocument pdf = Loader.loadPDF(document.bytes())) {
            List<List<List<PositionedWords.Word>>> pages = new ArrayList<>();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                pages.add(PositionedWords.page(pdf, page));
            }
            return pages;
        } catch (IOException e) {
            throw new FronteraException(
                    ErrorCode.MALFORMED_FILE,
                    "%s: not a readable PDF (%s); download it again".formatted(document.name(), e.getMessage()),
                    e);
        }
    }

    /** A whole count printed with thousands separators ({@code 1,643,679}), or -1 for {@code N/A}. */
    static long count(String token) {
        if (token.equalsIgnoreCase("N/A")) {
            return -1;
        }
        return Long.parseLong(token.replace(",", ""));
    }

    static boolean isCount(String token) {
        // FY2019 prints some counts without separators (1557).
        return token.matches("\\d{1,3}(,\\d{3})*|\\d+") || token.equalsIgnoreCase("N/A");
    }

    static FronteraException refuse(String name, int page, String row, String reason) {
        return new FronteraException(
                ErrorCode.MALFORMED_FILE,
                "%s: page %d, row '%s': %s; the table is refused, nothing stored".formatted(name, page, row, reason));
    }
}
