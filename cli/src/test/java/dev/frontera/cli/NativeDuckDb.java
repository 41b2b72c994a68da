package dev.frontera.cli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** DuckDB's JDBC jar split in two, for a child process that must not write its native library. */
final class NativeDuckDb {
    private static Path folder;

    private NativeDuckDb() {}

    /** The jar the driver was loaded from. */
    static Path jar() {
        try {
            return Path.of(org.duckdb.DuckDBDriver.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A folder holding {@code duckdb_jdbc.jar} without native libraries and {@code libduckdb_java.so}
     * for this Linux machine; skips the calling test elsewhere.
     */
    static synchronized Path unpacked() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        assumeTrue(os.contains("linux"), "skipped: needs Linux (ulimit and DuckDB's Linux library)");
        String library =
                "libduckdb_java.so_linux_" + (arch.contains("aarch64") || arch.contains("arm64") ? "arm64" : "amd64");
        if (folder != null) {
            return folder;
        }
        try {
            Path made = Files.createTempDirectory("frontera-duckdb-native");
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar()));
                    ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(made.resolve("duckdb_jdbc.jar")))) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    if (entry.getName().startsWith("libduckdb_java.so_")) {
                        if (entry.getName().equals(library)) {
                            copy(in, made.resolve("libduckdb_java.so"));
                        }
                        continue;
                    }
                    out.putNextEntry(new ZipEntry(entry.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
            folder = made;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(made)));
            return made;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copy(InputStream in, Path target) throws IOException {
        try (OutputStream out = Files.newOutputStream(target)) {
            in.transferTo(out);
        }
    }

    private static void delete(Path made) {
        try (var files = Files.list(made)) {
            files.forEach(file -> file.toFile().delete());
        } catch (IOException ignored) {
            // best effort at exit
        }
        made.toFile().delete();
    }
}
