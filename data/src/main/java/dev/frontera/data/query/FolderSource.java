package dev.frontera.data.query;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.core.query.Release;
import dev.frontera.data.read.Observation;
import dev.frontera.data.read.OfficialFiles;
import dev.frontera.data.read.ParsedFile;
import dev.frontera.data.source.Publication;
import dev.frontera.data.source.ReleaseCatalog;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Official files read straight from a folder, each a release dated by the release catalog: the
 * record without a store (the Spark job's driver, tests). Everything is read on creation.
 */
public final class FolderSource implements ReleaseSource {
    private final Map<String, Release> releases = new LinkedHashMap<>();
    private final Map<String, List<Observation>> observations = new LinkedHashMap<>();

    private FolderSource() {}

    /** The official files under {@code folder} (see {@link OfficialFiles#inFolder}) that {@code keep} accepts. */
    public static FolderSource read(Path folder, Predicate<Path> keep) {
        FolderSource source = new FolderSource();
        ReleaseCatalog catalog = ReleaseCatalog.official();
        for (Path file : OfficialFiles.inFolder(folder)) {
            if (!keep.test(file)) {
                continue;
            }
            ParsedFile parsed = OfficialFiles.read(file);
            Publication publication = catalog.describe(parsed.name(), parsed.family(), parsed.lastMonth());
            Release release = new Release(
                    parsed.sha256().substring(0, 12),
                    parsed.name(),
                    parsed.family(),
                    parsed.sha256(),
                    publication.sourceUrl(),
                    publication.published(),
                    publication.estimated(),
                    parsed.firstMonth(),
                    parsed.lastMonth(),
                    parsed.observations().size(),
                    parsed.family().rounded());
            source.releases.put(release.id(), release);
            source.observations.put(release.id(), parsed.observations());
        }
        return source;
    }

    /** True for the CSV releases (plain or gzipped), the files CBP publishes monthly. */
    public static boolean isCsv(Path file) {
        return file.getFileName().toString().contains(".csv");
    }

    @Override
    public List<Release> releases() {
        return List.copyOf(releases.values());
    }

    @Override
    public List<Observation> observations(String releaseId) {
        List<Observation> found = observations.get(releaseId);
        if (found == null) {
            throw new FronteraException(ErrorCode.NOT_FOUND, "no release " + releaseId + " was read from the folder");
        }
        return found;
    }
}
