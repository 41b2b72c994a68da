package dev.frontera.data;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the shared news-text fixtures are: {@code ../shared/fixtures} beside the checkout
 * (surefire passes {@code ../shared} as {@code FRONTERA_SHARED}). The text is not ours to publish,
 * so it is never copied into the repository; tests that need it skip, with a message, when the
 * folder is absent. The official record is in the repository: see {@link PublishedRecord}.
 */
public final class SharedFiles {
    private SharedFiles() {}

    public static Path root() {
        String configured = System.getenv("FRONTERA_SHARED");
        Path root = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
        return root.toAbsolutePath().normalize();
    }

    /**
     * A fixture ({@code articles/...}, {@code claims/...}), or skips the calling test when it is
     * absent. Call it outside {@code assertThatThrownBy} and similar wrappers: they would catch
     * the skip as the exception under test.
     */
    public static Path fixtures(String relative) {
        Path path = root().resolve("fixtures").resolve(relative);
        assumeTrue(
                Files.exists(path),
                () -> "skipped: the shared news fixtures are not at " + path
                        + " (they are not in the repository: put the shared folder beside the checkout, or set FRONTERA_SHARED)");
        return path;
    }
}
