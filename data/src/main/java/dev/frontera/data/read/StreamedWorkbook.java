package dev.frontera.data.read;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * An xlsx workbook read with POI's streaming (SAX) reader: only the sheets asked for are parsed,
 * into a grid of cell texts. The DOM reader parses every sheet of a 16- or 35-sheet workbook and
 * takes several times longer. Numbers come back unformatted ({@code 570050}, not {@code 570,050}).
 */
final class StreamedWorkbook {
    static {
        // POI logs through the Log4j API; with no provider on the class path Log4j prints an error line
        // on every run. Its built-in simple logger (errors only, to stderr) keeps real problems visible.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty(
                    "log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }

    private final String file;
    private final Set<String> sheetNames;
    private final byte[] bytes;

    private StreamedWorkbook(String file, Set<String> sheetNames, byte[] bytes) {
        this.file = file;
        this.sheetNames = sheetNames;
        this.bytes = bytes;
    }

    /** Opens a workbook and lists its sheets; a damaged or password-protected file fails naming the file. */
    static StreamedWorkbook open(PublishedDocument document) {
        String name = document.name();
        try (InputStream in = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(document.bytes()))) {
            if (FileMagic.valueOf(in) == FileMagic.OLE2) {
                throw oleWorkbook(name, document.bytes());
            }
        } catch (IOException e) {
            throw damaged(name, e);
        }
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(document.bytes()))) {
            XSSFReader reader = new XSSFReader(pkg);
            Set<String> names = new LinkedHashSet<>();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream ignored = sheets.next()) {
                    names.add(sheets.getSheetName());
                }
            }
            return new StreamedWorkbook(name, names, document.bytes());
        } catch (IOException | OpenXML4JException | RuntimeException e) {
            throw damaged(name, e);
        }
    }

    Set<String> sheetNames() {
        return sheetNames;
    }

    /** The cell texts of the named sheets, row by row (row 0 is the sheet's first row). */
    Map<String, List<List<String>>> read(List<String> wanted) {
        Map<String, List<List<String>>> grids = new HashMap<>();
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    if (wanted.contains(sheets.getSheetName())) {
                        GridCollector grid = new GridCollector();
                        XMLReader parser = XMLHelper.newXMLReader();
                        parser.setContentHandler(
                                new XSSFSheetXMLHandler(styles, null, strings, grid, new RawNumbers(), false));
                        parser.parse(new InputSource(sheet));
                        grids.put(sheets.getSheetName(), grid.rows);
                    }
                }
            }
            return grids;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw damaged(file, e);
        }
    }

    private static FronteraException oleWorkbook(String name, byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (fs.getRoot().hasEntry("EncryptionInfo")) {
                return new FronteraException(
                        ErrorCode.MALFORMED_FILE,
                        "%s: the workbook is password-protected; the official workbooks are not, so download it again"
                                .formatted(name));
            }
            return new FronteraException(
                    ErrorCode.UNSUPPORTED_FILE,
                    "%s: an old binary Excel (.xls) file; DHS publishes these tables as .xlsx".formatted(name));
        } catch (IOException e) {
            return damaged(name, e);
        }
    }

    private static FronteraException damaged(String name, Exception e) {
        return new FronteraException(
                ErrorCode.MALFORMED_FILE,
                "%s: not a readable Excel workbook, the file is damaged or truncated (%s); download it again"
                        .formatted(name, e.getMessage()),
                e);
    }

    /** Numbers as written, not as displayed: a count formatted "#,##0" stays a plain integer. */
    private static final class RawNumbers extends DataFormatter {
        RawNumbers() {
            super(java.util.Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return value == Math.rint(value) && Math.abs(value) < 1e15
                    ? Long.toString((long) value)
                    : Double.toString(value);
        }

        @Override
        public String formatRawCellContents(
                double value, int formatIndex, String formatString, boolean use1904Windowing) {
            return formatRawCellContents(value, formatIndex, formatString);
        }
    }

    /** Collects cells into rows, keeping row and column positions (blank rows become empty lists). */
    private static final class GridCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        final List<List<String>> rows = new ArrayList<>();
        private List<String> current;

        @Override
        public void startRow(int rowNum) {
            while (rows.size() <= rowNum) {
                rows.add(new ArrayList<>());
            }
            current = rows.get(rowNum);
        }

        @Override
        public void endRow(int rowNum) {
            current = null;
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = new CellReference(cellReference).getCol();
            while (current.size() <= column) {
                current.add("");
            }
            current.set(column, formattedValue == null ? "" : formattedValue);
        }
    }
}
