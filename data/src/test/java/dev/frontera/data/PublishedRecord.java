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
    private static QueryEngine full;

    private PublishedRecord() {}

    public static synchronized QueryEngine engine() {
        Path folder = SharedFiles.cbp();
        if (engine == null) {
            engine = QueryEngine.over(source(folder)).warm();
        }
        return engine;
    }

    /**
     * The whole record the folder holds: CSV releases, DHS workbooks and Border Patrol PDF tables,
     * joined into one history. Reading the workbooks and PDFs takes tens of seconds: once per JVM.
     */
    public static synchronized QueryEngine full() {
        Path folder = SharedFiles.cbp();
        if (full == null) {
            full = QueryEngine.over(source(folder, PublishedRecord::isOfficialFile)).warm();
        }
        return full;
    }

    /** The CSV releases of a folder as a release source, dated by the release catalog. */
    public static ReleaseSource source(Path folder) {
        return source(folder, name -> name.endsWith(".csv") || name.endsWith(".csv.gz"));
    }

    /** Every official file: CSV, workbook or PDF table; not the data dictionary. */
    public static boolean isOfficialFile(String lowerCaseName) {
        return (lowerCaseName.endsWith(".csv") || lowerCaseName.endsWith(".csv.gz") || lowerCaseName.endsWith(".xlsx")
                || lowerCaseName.endsWith(".pdf")) && !lowerCaseName.contains("dictionary");
    }

    /**
     * The official files of a folder whose lower-case name passes {@code keep}, as a release
     * source dated by the release catalog. The derived folder (not official) is never read.
     */
    public static ReleaseSource source(Path folder, java.util.function.Predicate<String> keep) {
        Map<Release, List<Observation>> releases = new LinkedHashMap<>();
        ReleaseCatalog catalog = ReleaseCatalog.official();
        for (Path file : files(folder, keep)) {
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

    private static List<Path> files(Path folder, java.util.function.Predicate<String> keep) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile)
                    .filter(path -> !path.toString().contains("derived"))
                    .filter(path -> keep.test(path.getFileName().toString().toLowerCase(Locale.ROOT)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
