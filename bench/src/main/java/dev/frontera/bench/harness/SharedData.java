package dev.frontera.bench.harness;

import dev.frontera.data.query.FolderSource;
import dev.frontera.data.read.OfficialFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the benchmarks' inputs are. The official files: the repository's {@code record/} folder
 * ({@code -Dfrontera.record}, else {@code record} under the working folder), read in place as
 * files on disk, since the plain-DuckDB baseline reads them with {@code read_csv}. The news
 * fixtures: the shared folder ({@code -Dfrontera.shared}, else {@code FRONTERA_SHARED}, else
 * {@code ../shared}), never copied. A benchmark without what it needs stops at once with
 * {@link MissingSharedData} saying where it looked.
 */
public final class SharedData {
    private SharedData() {}

    public static Path root() {
        String property = System.getProperty("frontera.shared");
        String environment = System.getenv("FRONTERA_SHARED");
        String configured = property != null ? property : environment;
        return Path.of(configured != null ? configured : "../shared")
                .toAbsolutePath()
                .normalize();
    }

    /** The official record's folder, or {@link MissingSharedData}. */
    public static Path cbp() {
        return require(record());
    }

    /** The repository's record/ folder, as configured. */
    public static Path record() {
        return Path.of(System.getProperty("frontera.record", "record"))
                .toAbsolutePath()
                .normalize();
    }

    /** The shared fixtures folder, or empty when absent (the claims corpus then uses only its own sentences). */
    public static java.util.Optional<Path> fixtures() {
        Path fixtures = root().resolve("fixtures");
        return Files.isDirectory(fixtures) ? java.util.Optional.of(fixtures) : java.util.Optional.empty();
    }

    /** The seed article of issue 4, or {@link MissingSharedData}. */
    public static Path seedArticle() {
        return require(root().resolve("fixtures").resolve("articles").resolve("blinken-mexico-city-2023-12.txt"));
    }

    /**
     * The 15 official CSV releases (nationwide by state, southwest by component), sorted. The
     * {@code derived/} folder is not official and is left out, as {@code frontera ingest} does.
     */
    public static List<Path> officialCsvFiles() {
        Path cbp = cbp();
        List<Path> files =
                OfficialFiles.inFolder(cbp).stream().filter(FolderSource::isCsv).toList();
        if (files.isEmpty()) {
            throw new MissingSharedData("no official CSV files under " + cbp);
        }
        return files;
    }

    private static Path require(Path path) {
        if (!Files.exists(path)) {
            throw new MissingSharedData(("benchmark input not found at %s; run from the repository (record/ holds the"
                            + " official files, set -Dfrontera.record=DIR otherwise), with the shared fixtures beside it for the"
                            + " claims benchmarks (or -Dfrontera.shared=DIR)")
                    .formatted(path));
        }
        return path;
    }

    /** The shared folder is absent: the benchmark cannot run, and says why. */
    public static final class MissingSharedData extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public MissingSharedData(String message) {
            super(message);
        }
    }
}
