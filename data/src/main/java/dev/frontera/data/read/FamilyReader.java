package dev.frontera.data.read;

import dev.frontera.core.query.Family;
import java.util.List;

/**
 * Reads the data rows of one {@link Family}. A reader is recognised by its header row alone
 * (never the file name) and keeps per-file caches, so each file gets a fresh instance.
 */
interface FamilyReader {
    Family family();

    /** The header row CBP publishes for this family, column by column. */
    List<String> header();

    /** True when a file with this header row belongs to this family. */
    default boolean recognizes(List<String> header) {
        return header().equals(header);
    }

    /**
     * One data row in canonical form, or a {@link dev.frontera.core.FronteraException} naming
     * the row's line and the offending column. The row has as many fields as the header.
     */
    ReadRow read(CsvRow row);

    /** An observation with the {@code Month Grouping} it came under, for the duplicate check. */
    record ReadRow(String grouping, Observation observation) {}
}
