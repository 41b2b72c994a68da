package dev.frontera.spark.record;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.data.query.FolderSource;
import dev.frontera.data.query.ReleaseSource;
import dev.frontera.data.read.OfficialFiles;
import dev.frontera.data.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the driver reads the official record from before broadcasting it: a store file, read-only,
 * or a folder of official files dated by the release catalog (no database needed). A folder is
 * read exactly as {@code frontera ingest} reads it ({@link OfficialFiles#inFolder}: CSV releases,
 * DHS workbooks, Border Patrol PDF tables), so both give the same record and the same verdicts.
 */
public final class OfficialSources {
    private OfficialSources() {}

    /** The snapshot of every release in the store at {@code db}; the store is closed on return. */
    public static byte[] fromStore(Path db) {
        if (!Files.isRegularFile(db)) {
            throw new FronteraException(
                    ErrorCode.NOT_FOUND, "store '%s' does not exist: run 'frontera ingest' first".formatted(db));
        }
        try (Store store = Store.openReadOnly(db)) {
            return RecordSnapshot.encode(store);
        }
    }

    /** The snapshot of every official file under {@code folder}, as {@code frontera ingest} reads them. */
    public static byte[] fromFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new FronteraException(ErrorCode.NOT_FOUND, "--data: no such folder: " + folder);
        }
        ReleaseSource source = FolderSource.read(folder, file -> true);
        if (source.releases().isEmpty()) {
            throw new FronteraException(
                    ErrorCode.NOT_FOUND,
                    ("folder '%s' holds no official files (CSV releases, DHS" + " workbooks, Border Patrol PDF tables)")
                            .formatted(folder));
        }
        return RecordSnapshot.encode(source);
    }
}
