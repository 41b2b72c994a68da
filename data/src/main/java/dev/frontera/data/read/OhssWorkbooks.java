package dev.frontera.data.read;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.core.query.Family;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Opens a DHS statistics workbook and hands it to the reader whose sheets it has. A workbook is
 * recognised by its sheet names, never its file name; one that has some of a known workbook's
 * sheets but not all is refused naming the missing sheet.
 */
final class OhssWorkbooks {
    private OhssWorkbooks() {}

    static ParsedFile read(PublishedDocument document) {
        StreamedWorkbook workbook = StreamedWorkbook.open(document);
        Set<String> sheets = workbook.sheetNames();
        for (WorkbookReader reader : List.of(new KhsmUsbpReader(), new EnforcementTablesReader())) {
            if (sheets.containsAll(reader.sheets())) {
                Map<String, List<List<String>>> grids = workbook.read(reader.sheets());
                List<Observation> observations =
                        reader.read(sheetName -> new SheetCells(document.name(), sheetName, grids.get(sheetName)));
                return new ParsedFile(document.name(), document.sha256(), reader.family(), observations);
            }
            if (sheets.contains(reader.signatureSheet())) {
                List<String> missing = new ArrayList<>(reader.sheets());
                missing.removeAll(sheets);
                throw new FronteraException(
                        ErrorCode.MALFORMED_FILE,
                        "%s: the workbook looks like %s but has no sheet '%s' (sheets: %s)"
                                .formatted(
                                        document.name(),
                                        reader.family().displayName(),
                                        missing.get(0),
                                        String.join(", ", sheets)));
            }
        }
        throw new FronteraException(
                ErrorCode.UNSUPPORTED_FILE,
                ("%s: not a known DHS statistics workbook (sheets: %s); known: "
                                + "the KHSM Border Patrol encounters workbook and the Immigration Enforcement and Legal Processes tables")
                        .formatted(document.name(), String.join(", ", sheets)));
    }

    /** The cells of a sheet by name. */
    interface Sheets {
        SheetCells sheet(String name);
    }

    /** Reads one kind of workbook. */
    interface WorkbookReader {
        Family family();

        /** The sheets this reader needs. */
        List<String> sheets();

        /** A sheet that only this kind of workbook has, to tell "incomplete" from "unknown". */
        String signatureSheet();

        List<Observation> read(Sheets sheets);
    }
}
