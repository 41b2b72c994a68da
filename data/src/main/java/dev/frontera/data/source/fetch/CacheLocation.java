package dev.frontera.data.source.fetch;

import java.nio.file.Path;
import java.util.Map;

/** Where downloads are kept when the user does not say: FRONTERA_CACHE, else the XDG cache directory. */
final class CacheLocation {
    private CacheLocation() {}

    static Path resolve(Map<String, String> environment, Path userHome) {
        String configured = environment.get("FRONTERA_CACHE");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.trim()).toAbsolutePath();
        }
        // The XDG spec says a relative XDG_CACHE_HOME is invalid and must be ignored.
        String cacheHome = environment.get("XDG_CACHE_HOME");
        Path base = cacheHome != null
                        && !cacheHome.isBlank()
                        && Path.of(cacheHome.trim()).isAbsolute()
                ? Path.of(cacheHome.trim())
                : userHome.resolve(".cache");
        return base.resolve("frontera");
    }
}
