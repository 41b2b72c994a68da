package dev.frontera.data.store;

import java.nio.file.Path;
import java.util.Map;

/** Where the store lives when the user does not say: FRONTERA_DB, else the XDG data directory. */
final class StoreLocation {
    static final String FILE_NAME = "frontera.duckdb";

    private StoreLocation() {}

    static Path resolve(Map<String, String> environment, Path userHome) {
        String configured = environment.get("FRONTERA_DB");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.trim()).toAbsolutePath();
        }
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        String dataHome = environment.get("XDG_DATA_HOME");
        Path base = dataHome != null
                        && !dataHome.isBlank()
                        && Path.of(dataHome.trim()).isAbsolute()
                ? Path.of(dataHome.trim())
                : userHome.resolve(".local").resolve("share");
        return base.resolve("frontera").resolve(FILE_NAME);
    }
}
