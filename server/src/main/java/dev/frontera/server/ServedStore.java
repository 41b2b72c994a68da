package dev.frontera.server;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.data.query.QueryEngine;
import dev.frontera.data.read.OfficialFiles;
import dev.frontera.data.read.ParsedFile;
import dev.frontera.data.read.ReadAhead;
import dev.frontera.data.store.IngestResult;
import dev.frontera.data.store.ReleaseMetadata;
import dev.frontera.data.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A store with a warmed query engine over it: what the server serves.
 *
 * <p>Opened read-only unless the server accepts writes. DuckDB's file lock allows several
 * read-only processes, or one read-write process and nothing else, and one JVM cannot hold the
 * same file in both modes. So:
 * <ul>
 * <li>read-only (no admin token): {@code frontera query} and other readers can run beside the
 *     server;</li>
 * <li>writable (an admin token was given, so movements can be recorded through the API): the
 *     server holds the file read-write for its whole life, movement writes go through a
 *     connection to that same database, and any other process opening the file (even
 *     {@code frontera query}) fails with the store's "locked by process N" message.</li>
 * </ul>
 * Keeping movements in a second file would leave readers free, but the movements belong in the
 * same store as the statistics (one file to back up, one transaction log). The statistics never
 * change while serving either way: they are ingested before the engine warms, and movement writes
 * touch only the {@code movement_} tables, so the engine never sees half-loaded data.
 */
public final class ServedStore implements AutoCloseable {
    private final Store store;
    private final QueryEngine engine;

    private ServedStore(Store store, QueryEngine engine) {
        this.store = store;
        this.engine = engine;
    }

    /**
     * Opens {@code db} for serving. When it holds no release, ingests the official files of
     * {@code data} first (read-write, then closed), reporting each step to {@code progress};
     * without {@code data} it fails with what to do. The engine is warmed before this returns,
     * so the server never answers from half-loaded data.
     */
    public static ServedStore prepare(Path db, Optional<Path> data, Consumer<String> progress) {
        return prepare(db, data, false, progress);
    }

    /**
     * {@link #prepare(Path, Optional, Consumer)}, opening the store read-write for the server's
     * life when {@code writable} (movement writes through the API), read-only otherwise.
     */
    public static ServedStore prepare(Path db, Optional<Path> data, boolean writable, Consumer<String> progress) {
        requireNonNull(db, "db is null");
        requireNonNull(data, "data is null");
        requireNonNull(progress, "progress is null");
        if (isEmpty(db)) {
            Path folder = data.orElseThrow(() -> new FronteraException(ErrorCode.NOT_FOUND, ("the store %s holds no"
                    + " release yet, and the official download ('frontera fetch') is not available yet: start with"
                    + " 'frontera serve --data DIR', DIR being a folder of official CBP files (e.g. ../shared/data/cbp)")
                    .formatted(db)));
            ingest(db, folder, progress);
        } else {
            data.ifPresent(folder -> progress.accept("The store already holds releases; not ingesting " + folder
                    + " (run 'frontera ingest' to add files)."));
        }
        Store store = writable ? Store.open(db) : Store.openReadOnly(db);
        try {
            progress.accept("Loading the official record into memory...");
            QueryEngine engine = QueryEngine.over(store).warm();
            progress.accept("Loaded %d releases.".formatted(engine.releases().size()));
            return new ServedStore(store, engine);
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** A store already open (tests): warms an engine over it; writable when the store was opened read-write. */
    public static ServedStore over(Store store) {
        return new ServedStore(requireNonNull(store, "store is null"), QueryEngine.over(store).warm());
    }

    public Store store() {
        return store;
    }

    public QueryEngine engine() {
        return engine;
    }

    /** Whether the store is open read-write, so the API may record movements in it. */
    public boolean writable() {
        return !store.readOnly();
    }

    @Override
    public void close() {
        store.close();
    }

    private static boolean isEmpty(Path db) {
        if (!Files.exists(db)) {
            return true;
        }
        try (Store store = Store.openReadOnly(db)) {
            return store.releases().isEmpty();
        }
    }

    private static void ingest(Path db, Path folder, Consumer<String> progress) {
        List<Path> files = officialFiles(folder);
        if (files.isEmpty()) {
            throw new FronteraException(ErrorCode.NOT_FOUND, "no official files (.csv, .csv.gz, .xlsx, .pdf) in " + folder);
        }
        progress.accept("The store %s is empty: ingesting %d files from %s".formatted(db, files.size(), folder));
        try (Store store = Store.open(db); ReadAhead reading = ReadAhead.of(files)) {
            int index = 0;
            while (reading.hasNext()) {
                index++;
                ReadAhead.Result read = reading.next();
                // Any file that cannot be read stops the start: a server never serves half-loaded data.
                ParsedFile parsed = read.parsed().orElseThrow(() -> read.failure().orElseThrow());
                IngestResult result = store.ingest(parsed, ReleaseMetadata.fromCatalog(parsed));
                progress.accept(String.format(Locale.ROOT, "[%d/%d] %s: %s, %s to %s, %,d rows", index, files.size(),
                        parsed.name(), result.status() == IngestResult.Status.STORED ? "stored" : "already stored",
                        parsed.firstMonth(), parsed.lastMonth(), parsed.observations().size()));
            }
        }
    }

    /** The official files under the --data folder (see {@link OfficialFiles#inFolder}). */
    static List<Path> officialFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new FronteraException(ErrorCode.NOT_FOUND, "--data: no such folder: " + folder);
        }
        return OfficialFiles.inFolder(folder);
    }
}
