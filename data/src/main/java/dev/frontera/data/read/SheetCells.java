package dev.frontera.data.read;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.util.CellReference;

/**
 * The cells of one worksheet as text, read as text or whole counts, with every failure worded
 * with the file, the sheet and the cell ({@code sheet 'Monthly Rgn and Sector', cell D17}).
 */
record SheetCells(String file, String sheet, List<List<String>> rows) {
    SheetCells {
        rows = List.copyOf(rows);
    }

    int rowCount() {
        return rows.size();
    }

    /** The cell's text, trimmed, with line breaks as spaces; empty for a blank or missing cell. */
    String text(int row, int column) {
        if (row < 0 || row >= rows.size() || column >= rows.get(row).size()) {
            return "";
        }
        return rows.get(row).get(column).replaceAll("\\s+", " ").trim();
    }

    /** A whole, non-negative count; a number with a fraction or any text is refused. */
    long count(int row, int column) {
        String text = text(row, column).replace(",", "");
        if (text.matches("\\d{1,15}")) {
            return Long.parseLong(text);
        }
        throw reject(row, column, "'%s' is not a whole count".formatted(text(row, column)));
    }

    boolean blank(int row) {
        return row >= rows.size() || rows.get(row).stream().allMatch(String::isBlank);
    }

    FronteraException reject(int row, int column, String reason) {
        return new FronteraException(
                ErrorCode.MALFORMED_FILE,
                "%s: sheet '%s', cell %s%d: %s"
                        .formatted(file, sheet, CellReference.convertNumToColString(column), row + 1, reason));
    }

    FronteraException rejectRow(int row, String reason) {
        return new FronteraException(
                ErrorCode.MALFORMED_FILE, "%s: sheet '%s', row %d: %s".formatted(file, sheet, row + 1, reason));
    }

    /** A header cell as compared: lower case, single spaces, footnote digits glued to words removed. */
    static String headerKey(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replaceAll("(?<=[A-Za-z])\\d+$", "")
                .replaceAll("\\s+", " ")
                .trim();
    }
}
