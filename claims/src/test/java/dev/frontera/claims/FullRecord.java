package dev.frontera.claims;

import dev.frontera.core.query.Release;
import dev.frontera.data.SharedFiles;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The whole official record the shared folder holds: every CSV release, the DHS workbooks and the
 * Border Patrol PDF tables, joined by the engine into one history. Reading the workbooks and PDFs
 * takes tens of seconds, so it is done once per test JVM; skips the calling test when the folder
 * is absent. Not the derived folder (our own conversion) and not the data dictionary.
 */
public final class FullRecord {
    private static QueryEngine engine;

    private FullRecord() {}

    public static synchronized QueryEngine engine() {
        Path folder = SharedFiles.cbp();
        if (engine == null) {
            engine = QueryEngine.over(source(folder)).warm();
        }
        return engine;
    }

    private static ReleaseSource source(Path folder) {
        Map<String, Release> releases = new LinkedHashMap<>();
        Map<String, List<Observation>> observations = new LinkedHashMap<>();
        ReleaseCatalog catalog = ReleaseCatalog.official();
        for (Path file : officialFiles(folder)) {
            ParsedFile parsed = OfficialFiles.read(file);
            Publication publication = catalog.describe(parsed.name(), parsed.family(), parsed.lastMonth());
            Release release = new Release(parsed.sha256().substring(0, 12), parsed.name(), parsed.family().slug(),
                    parsed.sha256(), publication.sourceUrl(), publication.published(), publication.estimated(),
                    parsed.firstMonth(), parsed.lastMonth(), parsed.observations().size(), parsed.family().rounded());
            releases.put(release.id(), release);
            observations.put(release.id(), parsed.observations());
        }
        return new ReleaseSource() {
            @Override
            public List<Release> releases() {
                return List.copyOf(releases.values());
            }

            @Override
            public List<Observation> observations(String releaseId) {
                return observations.get(releaseId);
            }
        };
    }

    private static List<Path> officialFiles(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(path -> !path.toString().contains("derived"))
                    .filter(path -> {
                        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
                        return (name.endsWith(".csv") || name.endsWith(".csv.gz") || name.endsWith(".xlsx") || name.endsWith(".pdf"))
                                && !name.contains("dictionary");
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
