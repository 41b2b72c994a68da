package dev.frontera.data;

import dev.frontera.data.query.FolderSource;
import dev.frontera.data.query.QueryEngine;
import dev.frontera.data.query.ReleaseSource;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Predicate;


/**
 * The official record as published: a query engine over the releases in the shared folder,
 * read once per test JVM without a database ({@link FolderSource}). Tests of the claim checker, the server and the
 * Spark job use it to check real figures; it skips the calling test when the folder is absent.
 */
public final class PublishedRecord {
    private static QueryEngine engine;
    private static QueryEngine full;

    private PublishedRecord() {}

    public static synchronized QueryEngine engine() {
        Path folder = SharedFiles.cbp();
        if (engine == null) {
            engine = QueryEngine.over(source(folder)).warm();
        }
        return engine;
    }

    /**
     * The whole record the folder holds: CSV releases, DHS workbooks and Border Patrol PDF tables,
     * joined into one history. Reading the workbooks and PDFs takes tens of seconds: once per JVM.
     */
    public static synchronized QueryEngine full() {
        Path folder = SharedFiles.cbp();
        if (full == null) {
            full = QueryEngine.over(source(folder, PublishedRecord::isOfficialFile)).warm();
        }
        return full;
    }

    /** The CSV releases of a folder as a release source, dated by the release catalog. */
    public static ReleaseSource source(Path folder) {
        return FolderSource.read(folder, FolderSource::isCsv);
    }

    /** Every official file: CSV, workbook or PDF table; not the data dictionary. */
    public static boolean isOfficialFile(String lowerCaseName) {
        return (lowerCaseName.endsWith(".csv") || lowerCaseName.endsWith(".csv.gz") || lowerCaseName.endsWith(".xlsx")
                || lowerCaseName.endsWith(".pdf")) && !lowerCaseName.contains("dictionary");
    }

    /** The official files of a folder whose lower-case name passes {@code keep}, as a release source. */
    public static ReleaseSource source(Path folder, Predicate<String> keep) {
        return FolderSource.read(folder, file -> keep.test(file.getFileName().toString().toLowerCase(Locale.ROOT)));
    }
}
