package dev.frontera.data;

import dev.frontera.core.query.Release;
import dev.frontera.data.query.QueryEngine;
import dev.frontera.data.query.ReleaseSource;
import dev.frontera.data.read.Observation;
import dev.frontera.data.read.OfficialFiles;
import dev.frontera.data.read.ParsedFile;
import dev.frontera.data.source.Publication;
import dev.frontera.data.source.ReleaseCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The official record as published: a query engine over every CSV release in the shared folder,
 * read once per test JVM without a database. Tests of the claim checker, the server and the
 * Spark job use it to check real figures; it skips the calling test when the folder is absent.
 */
public final class PublishedRecord {
    private static QueryEngine engine;

    private PublishedRecord() {}

    public static synchronized QueryEngine engine() {
        Path folder = SharedFiles.cbp();
        if (engine == null) {
            engine = QueryEngine.over(source(folder)).warm();
        }
        return engine;
    }

    /** The CSV releases of a folder as a release source, dated by the release catalog. */
    public static ReleaseSource source(Path folder) {
        Map<Release, List<Observation>> releases = new LinkedHashMap<>();
        ReleaseCatalog catalog = ReleaseCatalog.official();
        for (Path file : csvFiles(folder)) {
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
                return new ArrayList<>(releases.keySet());
            }

            @Override
            public List<Observation> observations(String releaseId) {
                return releases.entrySet().stream().filter(entry -> entry.getKey().id().equals(releaseId))
                        .findFirst().orElseThrow().getValue();
            }
        };
    }

    private static List<Path> csvFiles(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(path -> !path.toString().contains("derived"))
                    .filter(path -> {
                        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
                        return name.endsWith(".csv") || name.endsWith(".csv.gz");
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
