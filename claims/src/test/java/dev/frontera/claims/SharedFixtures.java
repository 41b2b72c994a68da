package dev.frontera.claims;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared fixtures folder, found like the data module's SharedFiles: FRONTERA_SHARED, else ../../shared; tests skip when absent. */
final class SharedFixtures {
    private SharedFixtures() {}

    static Path root() {
        String configured = System.getenv("FRONTERA_SHARED");
        return (configured != null ? Path.of(configured) : Path.of("..", "..", "shared"))
                .toAbsolutePath()
                .normalize();
    }

    static Path require(String relative) {
        Path path = root().resolve("fixtures").resolve(relative);
        assumeTrue(Files.exists(path), () -> "skipped: shared fixtures not found at " + path);
        return path;
    }
}
