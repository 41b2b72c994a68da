package dev.frontera.surges;

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
import java.util.List;
import java.util.stream.Stream;

/**
 * CBP's nationwide-by-state releases, ingested in publication order into an empty store, as a
 * user following CBP month by month would have them. Built once per test JVM in a temporary
 * folder removed at exit; skips the calling test when the shared official files are absent.
 */
public final class StateReleases {
    private static Path db;

    private StateReleases() {}

    /** The store file, already filled; open it with {@link Store#openReadOnly}. */
    public static synchronized Path store() {
        Path folder = PublishedRecord.folder().resolve("nationwide-encounters-state");
        if (db == null) {
            try {
                Path directory = Files.createTempDirectory("frontera-surges-test");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(directory)));
                Path file = directory.resolve("frontera.duckdb");
                List<ParsedFile> parsed = OfficialFiles.inFolder(folder).stream()
                        .filter(path -> path.getFileName().toString().contains(".csv"))
                        .map(OfficialFiles::read)
                        .sorted(Comparator.comparing((ParsedFile p) ->
                                        ReleaseMetadata.fromCatalog(p).published())
                                .thenComparing(ParsedFile::lastMonth))
                        .toList();
                try (Store store = Store.open(file)) {
                    for (ParsedFile release : parsed) {
                        store.ingest(release, ReleaseMetadata.fromCatalog(release));
                    }
                }
                db = file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return db;
    }

    static void delete(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // best effort at exit
        }
    }
}
