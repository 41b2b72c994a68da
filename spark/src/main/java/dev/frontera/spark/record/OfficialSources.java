package dev.frontera.spark.record;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.core.query.Release;
import dev.frontera.data.query.ReleaseSource;
import dev.frontera.data.read.Observation;
import dev.frontera.data.read.OfficialFiles;
import dev.frontera.data.read.ParsedFile;
import dev.frontera.data.source.Publication;
import dev.frontera.data.source.ReleaseCatalog;
import dev.frontera.data.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where the driver reads the official record from before broadcasting it: a store file, read-only,
 * or a folder of official CSV files dated by the release catalog (no database needed).
 */
public final class OfficialSources {
    private OfficialSources() {}

    /** The snapshot of every release in the store at {@code db}; the store is closed on return. */
    public static byte[] fromStore(Path db) {
        if (!Files.isRegularFile(db)) {
            throw new FronteraException(ErrorCode.NOT_FOUND, "store '%s' does not exist: run 'frontera ingest' first".formatted(db));
        }
        try (Store store = Store.openReadOnly(db)) {
            return RecordSnapshot.encode(new ReleaseSource() {
                @Override
                public List<Release> releases() {
                    return store.releases();
                }

                @Override
                public List<Observation> observations(String releaseId) {
                    return store.observations(releaseId);
                }
            });
        }
    }

    /** The snapshot of every official CSV file under {@code folder} (files under a "derived" folder are not releases). */
    public static byte[] fromFolder(Path folder) {
        return RecordSnapshot.encode(folder(folder));
    }

    /** The CSV releases under {@code folder} as a release source. */
    public static ReleaseSource folder(Path folder) {
        List<Path> files = csvFiles(folder);
        if (files.isEmpty()) {
            throw new FronteraException(ErrorCode.NOT_FOUND, "folder '%s' holds no official CSV files".formatted(folder));
        }
        Map<Release, List<Observation>> releases = new LinkedHashMap<>();
        ReleaseCatalog catalog = ReleaseCatalog.official();
        for (Path file : files) {
            ParsedFile parsed = OfficialFiles.read(file);
            Publication publication = catalog.describe(parsed.name(), parsed.family(), parsed.lastMonth());
            Release release = new Release(parsed.sha256().substring(0, 12), parsed.name(), parsed.family().slug(),
                    parsed.sha256(), publication.sourceUrl(), publication.published(), publication.estimated(),
                    parsed.firstMonth(), parsed.lastMonth(), parsed.observations().size(), parsed.family().rounded());
            releases.put(release, parsed.observations());
        }
        return new ReleaseSource() {
            @Override
            public List<Release> releases() {
                return List.copyOf(releases.keySet());
            }

            @Override
            public List<Observation> observations(String releaseId) {
                return releases.entrySet().stream().filter(entry -> entry.getKey().id().equals(releaseId))
                        .findFirst().orElseThrow().getValue();
            }
        };
    }

    private static List<Path> csvFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new FronteraException(ErrorCode.NOT_FOUND, "official data folder '%s' does not exist".formatted(folder));
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(path -> !folder.relativize(path).toString().contains("derived"))
                    .filter(path -> {
                        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
                        return name.endsWith(".csv") || name.endsWith(".csv.gz");
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list official files under " + folder, e);
        }
    }
}
