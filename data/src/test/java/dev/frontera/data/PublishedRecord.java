package dev.frontera.data;

import dev.frontera.data.query.FolderSource;
import dev.frontera.data.query.QueryEngine;
import dev.frontera.data.query.ReleaseSource;
import dev.frontera.data.source.BundledRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The official record as published: the snapshot in the repository's {@code record/} folder
 * (on the class path as {@link BundledRecord}), and query engines over it read once per test JVM
 * without a database ({@link FolderSource}). Tests of the readers, the claim checker, the server
 * and the Spark job use it to check real figures.
 */
public final class PublishedRecord {
    private static QueryEngine engine;
    private static QueryEngine full;

    private PublishedRecord() {}

    /** The snapshot's folder: publisher folders of official files, and PROVENANCE.md. */
    public static Path folder() {
        return BundledRecord.folder();
    }

    /** One file of the snapshot, such as {@code "southwest-land-border-encounters/sbo-encounters-fy19-fy22.csv"}. */
    public static Path file(String relative) {
        Path file = folder().resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("the official record has no file " + relative);
        }
        return file;
    }

    /**
     * A copy of one file of the snapshot in {@code directory}, for code that needs a file on disk
     * (a command line argument, a symbolic link): inside a jar the snapshot is not one.
     */
    public static Path copy(String relative, Path directory) throws IOException {
        Path file = file(relative);
        return Files.copy(file, directory.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING);
    }

    /** The CBP CSV releases. */
    public static synchronized QueryEngine engine() {
        if (engine == null) {
            engine = QueryEngine.over(source(folder())).warm();
        }
        return engine;
    }

    /**
     * The whole record: CSV releases, DHS workbooks and Border Patrol PDF tables, joined into one
     * history. Reading the workbooks and PDFs takes tens of seconds: once per JVM.
     */
    public static synchronized QueryEngine full() {
        if (full == null) {
            full = QueryEngine.over(source(folder(), PublishedRecord::isOfficialFile))
                    .warm();
        }
        return full;
    }

    /** The CSV releases of a folder as a release source, dated by the release catalog. */
    public static ReleaseSource source(Path folder) {
        return FolderSource.read(folder, FolderSource::isCsv);
    }

    /** Every official file: CSV, workbook or PDF table; not the data dictionary. */
    public static boolean isOfficialFile(String lowerCaseName) {
        return (lowerCaseName.endsWith(".csv")
                        || lowerCaseName.endsWith(".csv.gz")
                        || lowerCaseName.endsWith(".xlsx")
                        || lowerCaseName.endsWith(".pdf"))
                && !lowerCaseName.contains("dictionary");
    }

    /** The official files of a folder whose lower-case name passes {@code keep}, as a release source. */
    public static ReleaseSource source(Path folder, Predicate<String> keep) {
        return FolderSource.read(
                folder, file -> keep.test(file.getFileName().toString().toLowerCase(Locale.ROOT)));
    }
}
