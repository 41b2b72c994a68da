package dev.frontera.data.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

/** Writes small CSV files in CBP's dialects for tests. */
final class CsvFiles {
    static final String STATE_HEADER = String.join(",", NationwideByStateReader.HEADER);
    static final String SOUTHWEST_HEADER = String.join(",", SouthwestByComponentReader.HEADER);
    static final String AREA_HEADER = String.join(",", NationwideByAreaReader.HEADER);

    private CsvFiles() {}

    /** Lines joined with {@code lineEnding}, ending with one, as UTF-8. */
    static byte[] lines(String lineEnding, String... lines) {
        return (String.join(lineEnding, lines) + lineEnding).getBytes(StandardCharsets.UTF_8);
    }

    static Path write(Path directory, String name, byte[] bytes) {
        try {
            return Files.write(directory.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path writeCrlf(Path directory, String name, String... lines) {
        return write(directory, name, lines("\r\n", lines));
    }

    static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(buffer)) {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.toByteArray();
    }

    static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    static Path resource(String name) {
        try {
            return Path.of(CsvFiles.class.getResource("/read/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
