package dev.frontera.data;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the shared official files and fixtures are: {@code ../shared} beside the checkout
 * (surefire passes it as {@code FRONTERA_SHARED}). Tests that need them skip, with a message,
 * when the folder is absent; nothing from it is ever copied into the repository.
 */
public final class SharedFiles {
    private SharedFiles() {}

    public static Path root() {
        String configured = System.getenv("FRONTERA_SHARED");
        Path root = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
        return root.toAbsolutePath().normalize();
    }

    /** The CBP data folder, or skips the calling test when it is not there. */
    public static Path cbp() {
        return require(root().resolve("data").resolve("cbp"));
    }

    public static Path cbp(String relative) {
        return require(cbp().resolve(relative));
    }

    /** The fixtures folder ({@code articles/}, {@code claims/}), or skips the calling test. */
    public static Path fixtures(String relative) {
        return require(root().resolve("fixtures").resolve(relative));
    }

    private static Path require(Path path) {
        assumeTrue(Files.exists(path),
                () -> "skipped: official files not found at " + path + " (put the shared folder beside the checkout)");
        return path;
    }
}
