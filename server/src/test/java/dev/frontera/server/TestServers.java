package dev.frontera.server;

import dev.frontera.data.PublishedRecord;
import dev.frontera.data.read.OfficialFiles;
import dev.frontera.data.read.ParsedFile;
import dev.frontera.data.store.ReleaseMetadata;
import dev.frontera.data.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A real store holding the CSV releases of the record, built once per test JVM (ingesting takes
 * seconds) in a temporary folder removed at exit, and servers over it on random ports.
 */
final class TestServers {
    private static ServedStore served;
    private static ServedStore full;

    private TestServers() {}

    /** The store over the CSV releases of the record in the repository, read-only and warmed. */
    static synchronized ServedStore served() {
        Path folder = PublishedRecord.folder();
        if (served == null) {
            try {
                Path directory = Files.createTempDirectory("frontera-server-test");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(directory)));
                Path db = directory.resolve("frontera.duckdb");
                try (Store store = Store.open(db)) {
                    // The CBP CSV releases only: the page tests pin that series; the long history has its own tests.
                    for (Path file : ServedStore.officialFiles(folder).stream()
                            .filter(path -> path.getFileName().toString().contains(".csv"))
                            .toList()) {
                        ParsedFile parsed = OfficialFiles.read(file);
                        store.ingest(parsed, ReleaseMetadata.fromCatalog(parsed));
                    }
                }
                served = ServedStore.over(Store.openReadOnly(db));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return served;
    }

    /**
     * A store of every official file of the bundled record (CSV releases, DHS workbooks, Border
     * Patrol PDF tables), read-only and warmed: what 'frontera serve' serves, for the page tests
     * (the long record, source changes). Built once per test JVM.
     */
    static synchronized ServedStore full() {
        Path folder = PublishedRecord.folder();
        if (full == null) {
            try {
                Path directory = Files.createTempDirectory("frontera-server-full");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(directory)));
                Path db = directory.resolve("frontera.duckdb");
                try (Store store = Store.open(db)) {
                    for (Path file : ServedStore.officialFiles(folder)) {
                        ParsedFile parsed = OfficialFiles.read(file);
                        store.ingest(parsed, ReleaseMetadata.fromCatalog(parsed));
                    }
                }
                full = ServedStore.over(Store.openReadOnly(db));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return full;
    }

    /** A started server over the shared store on a free localhost port. */
    static FronteraServer start(ServerSettings settings) {
        return FronteraServer.create(served(), settings.withAddress(ServerSettings.LOCALHOST, 0))
                .start();
    }

    static FronteraServer start() {
        return start(ServerSettings.defaults());
    }

    static void delete(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // best effort at exit
        }
    }
}
