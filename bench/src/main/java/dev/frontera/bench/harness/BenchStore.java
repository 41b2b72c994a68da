package dev.frontera.bench.harness;

import dev.frontera.data.query.QueryEngine;
import dev.frontera.data.read.ParsedFile;
import dev.frontera.data.read.ReadAhead;
import dev.frontera.data.store.ReleaseMetadata;
import dev.frontera.data.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A fresh store holding every official CSV file of the record, as {@code frontera ingest record} makes it. */
public final class BenchStore {
    private BenchStore() {}

    /** A new store file in a new temporary folder, with the 15 official CSV releases ingested. */
    public static Store freshWithOfficialFiles() {
        Store store = Store.open(freshPath());
        ingest(store, SharedData.officialCsvFiles());
        return store;
    }

    /** A path for a store that does not exist yet, in its own temporary folder. */
    public static Path freshPath() {
        try {
            return Files.createTempDirectory("frontera-bench").resolve("store.duckdb");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the benchmark store", e);
        }
    }

    /**
     * Reads and ingests each file, one release per file, reading ahead as {@code frontera ingest}
     * does: the work the ingest benchmark times.
     */
    public static long ingest(Store store, List<Path> files) {
        long rows = 0;
        try (ReadAhead reading = ReadAhead.of(files)) {
            while (reading.hasNext()) {
                ReadAhead.Result read = reading.next();
                ParsedFile parsed =
                        read.parsed().orElseThrow(() -> read.failure().orElseThrow());
                store.ingest(parsed, ReleaseMetadata.fromCatalog(parsed));
                rows += parsed.observations().size();
            }
        }
        return rows;
    }

    /** The query engine over a store, every release loaded (as a server warms it). */
    public static QueryEngine warmEngine(Store store) {
        return QueryEngine.over(store).warm();
    }

    /** Deletes a store file and its folder (and DuckDB's write-ahead log), ignoring what is already gone. */
    public static void delete(Path storeFile) {
        try {
            Files.deleteIfExists(storeFile.resolveSibling(storeFile.getFileName() + ".wal"));
            Files.deleteIfExists(storeFile);
            Files.deleteIfExists(storeFile.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the benchmark store " + storeFile, e);
        }
    }
}
