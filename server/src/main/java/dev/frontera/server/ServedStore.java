package dev.frontera.server;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.core.query.Release;
import dev.frontera.data.query.QueryEngine;
import dev.frontera.data.read.OfficialFiles;
import dev.frontera.data.source.BundledRecord;
import dev.frontera.data.store.IngestResult;
import dev.frontera.data.store.Ingestion;
import dev.frontera.data.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

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
     * Opens {@code db} for serving. First it makes sure the store holds every official file of
     * {@code data}, or, without it, of the record bundled with Frontera ({@link BundledRecord}):
     * on a first start that stores them all, reporting each file to {@code progress}; later starts
     * only compare hashes. If any file is rejected, the files that could be read stay stored and
     * this fails with what is missing, so a server never serves part of a record as if it were
     * whole; the next start reads only what is still missing. Releases added otherwise
     * ({@code frontera fetch}, {@code frontera ingest}) are kept and served too. The engine is
     * warmed before this returns, so the server never answers from half-loaded data.
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
        Path folder = data.orElseGet(BundledRecord::folder);
        String record = data.map(path -> "the official files in " + path).orElseGet(BundledRecord::describe);
        complete(db, officialFiles(folder), record, progress);
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
        return new ServedStore(
                requireNonNull(store, "store is null"), QueryEngine.over(store).warm());
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

    /** Stores the files {@code db} lacks, or fails naming those that could not be stored. */
    private static void complete(Path db, List<Path> files, String record, Consumer<String> progress) {
        List<Path> missing;
        if (Files.exists(db)) {
            try (Store store = Store.openReadOnly(db)) {
                missing = Ingestion.missing(store, files);
            }
        } else {
            missing = files;
        }
        if (missing.isEmpty()) {
            progress.accept("The store %s holds all %d files of %s.".formatted(db, files.size(), record));
            return;
        }
        progress.accept((missing.size() == files.size()
                        ? "First start: storing the %d files of %s in %s".formatted(files.size(), record, db)
                        : "The store %s lacks %d of the %d files of %s: storing them"
                                .formatted(db, missing.size(), files.size(), record))
                + " (once; later starts only check them)...");
        Ingestion.Outcome outcome;
        try (Store store = Store.open(db)) {
            outcome = Ingestion.run(store, missing, new ProgressLines(progress));
        }
        if (!outcome.complete()) {
            throw new FronteraException(
                    ErrorCode.MALFORMED_FILE,
                    ("not serving: %d of the %d files of %s could not be"
                                    + " stored (%s), so the record would be incomplete. The other files are stored; fix or remove the"
                                    + " rejected ones and start again: only what is missing is read.")
                            .formatted(
                                    outcome.rejected().size(),
                                    files.size(),
                                    record,
                                    outcome.rejected().stream()
                                            .map(rejection -> rejection
                                                    .file()
                                                    .getFileName()
                                                    .toString())
                                            .collect(Collectors.joining(", "))));
        }
    }

    /** One line per file: "[3/23] name: stored, 2020-10 to 2024-09, 46,995 rows". */
    private record ProgressLines(Consumer<String> progress) implements Ingestion.Listener {
        @Override
        public void stored(int position, int count, Path file, IngestResult result) {
            Release release = result.release();
            progress.accept(String.format(
                    Locale.ROOT,
                    "[%d/%d] %s: %s, %s to %s, %,d rows",
                    position,
                    count,
                    release.name(),
                    result.status() == IngestResult.Status.STORED ? "stored" : "already stored",
                    release.firstMonth(),
                    release.lastMonth(),
                    release.rows()));
        }

        @Override
        public void rejected(int position, int count, Path file, FronteraException reason) {
            progress.accept(String.format(
                    Locale.ROOT, "[%d/%d] %s: rejected: %s", position, count, file.getFileName(), reason.getMessage()));
        }
    }

    /** The official files under the --data folder (see {@link OfficialFiles#inFolder}). */
    static List<Path> officialFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new FronteraException(ErrorCode.NOT_FOUND, "--data: no such folder: " + folder);
        }
        List<Path> files = OfficialFiles.inFolder(folder);
        if (files.isEmpty()) {
            throw new FronteraException(
                    ErrorCode.NOT_FOUND,
                    "--data: no official files in " + folder
                            + " (looked for CSV files, plain or .csv.gz, xlsx workbooks and PDF tables)");
        }
        return files;
    }
}
