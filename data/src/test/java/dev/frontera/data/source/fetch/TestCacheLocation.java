package dev.frontera.data.source.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TestCacheLocation {
    private static final Path HOME = Path.of("/home/someone");

    @Test
    void defaults_to_the_cache_folder_in_the_home_directory() {
        assertThat(CacheLocation.resolve(Map.of(), HOME)).isEqualTo(Path.of("/home/someone/.cache/frontera"));
    }

    @Test
    void follows_xdg_cache_home_when_absolute_and_ignores_it_when_relative() {
        assertThat(CacheLocation.resolve(Map.of("XDG_CACHE_HOME", "/var/cache/me"), HOME))
                .isEqualTo(Path.of("/var/cache/me/frontera"));
        assertThat(CacheLocation.resolve(Map.of("XDG_CACHE_HOME", "relative/cache"), HOME))
                .isEqualTo(Path.of("/home/someone/.cache/frontera"));
    }

    @Test
    void frontera_cache_wins_over_everything() {
        assertThat(CacheLocation.resolve(
                        Map.of("FRONTERA_CACHE", "/srv/frontera-cache", "XDG_CACHE_HOME", "/var/cache"), HOME))
                .isEqualTo(Path.of("/srv/frontera-cache"));
    }
}
