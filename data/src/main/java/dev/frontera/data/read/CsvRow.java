package dev.frontera.data.read;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVRecord;

/**
 * One data row of an official file, with what a rejection must say: the file, the line and
 * the column. Columns are counted from 0 here and shown counted from 1.
 */
final class CsvRow {
    private final String file;
    private final List<String> header;
    private final int[] columns;
    private final long line;
    private final CSVRecord record;

    /**
     * A row read in its family's column order: {@code header} is the family's, and {@code columns}
     * gives, for each of its columns, where the file has it (CBP may reorder columns between releases).
     */
    CsvRow(String file, List<String> header, int[] columns, long line, CSVRecord record) {
        this.file = file;
        this.header = header;
        this.columns = columns;
        this.line = line;
        this.record = record;
    }

    String field(int column) {
        return record.get(columns[column]);
    }

    long line() {
        return line;
    }

    String file() {
        return file;
    }

    /** A rejection of one cell: {@code file: line 1,204, column 9 (Encounter Count): reason}. */
    FronteraException reject(int column, String reason) {
        return malformed(file, line, columns[column], header.get(column), reason);
    }

    static FronteraException malformed(String file, long line, int column, String columnName, String reason) {
        return new FronteraException(
                ErrorCode.MALFORMED_FILE, "%s: %s: %s".formatted(file, place(line, column, columnName), reason));
    }

    static String place(long line, int column, String columnName) {
        return "%s, column %d (%s)".formatted(line(line), column + 1, columnName);
    }

    static String line(long line) {
        return String.format(Locale.ROOT, "line %,d", line);
    }
}
