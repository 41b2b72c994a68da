package dev.frontera.data.source.fetch;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * The folder of downloaded files: {@code <cache>/<host>/<path as published>}, each file with a
 * {@code .fetch.properties} beside it (URL, ETag, Last-Modified, SHA-256). A file appears only
 * complete and verified: it is written beside its final place and moved in one step.
 */
final class FetchCache {
    static final String SIDECAR = ".fetch.properties";
    private final Path root;

    FetchCache(Path root) {
        this.root = requireNonNull(root, "root is null").toAbsolutePath();
    }

    Path root() {
        return root;
    }

    /** Where the file at {@code url} is kept. */
    Path fileFor(URI url) {
        Path file = root.resolve(safe(url.getHost()));
        for (String segment : url.getPath().split("/")) {
            if (!segment.isEmpty()) {
                file = file.resolve(safe(segment));
            }
        }
        return file;
    }

    /** The cached copy of {@code url}, if it is there and still has the checksum recorded for it. */
    Optional<CachedFile> lookup(URI url) {
        Path file = fileFor(url);
        Path sidecar = sidecar(file);
        if (!Files.isRegularFile(file) || !Files.isRegularFile(sidecar)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(sidecar, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        String recorded = properties.getProperty("sha256", "");
        // A copy changed or damaged on disk is not trusted for a conditional request.
        if (!recorded.equals(sha256(file))) {
            return Optional.empty();
        }
        return Optional.of(new CachedFile(
                file,
                recorded,
                size(file),
                Optional.ofNullable(properties.getProperty("etag")),
                Optional.ofNullable(properties.getProperty("last-modified"))));
    }

    /** A new empty temporary file in the folder where {@code url} will be kept. */
    Path temporaryFor(URI url) {
        Path target = fileFor(url);
        try {
            Files.createDirectories(target.getParent());
            return Files.createTempFile(target.getParent(), ".fetch-", ".part");
        } catch (IOException e) {
            throw new FronteraException(
                    ErrorCode.STORE,
                    "cannot write in the fetch cache %s: %s".formatted(target.getParent(), e.getMessage()),
                    e);
        }
    }

    /** Moves a verified temporary file into place, then records what the server said about it. */
    CachedFile commit(
            URI url, Path temporary, String sha256, long bytes, Optional<String> etag, Optional<String> lastModified) {
        Path file = fileFor(url);
        try {
            move(temporary, file);
        } catch (IOException e) {
            throw new FronteraException(
                    ErrorCode.STORE,
                    "cannot move %s into the fetch cache at %s: %s".formatted(url, file, e.getMessage()),
                    e);
        }
        return commitValidators(url, new CachedFile(file, sha256, bytes, etag, lastModified), etag, lastModified);
    }

    /** Records the server's current ETag and Last-Modified for a file already in place. */
    CachedFile commitValidators(URI url, CachedFile copy, Optional<String> etag, Optional<String> lastModified) {
        Properties properties = new Properties();
        properties.setProperty("url", url.toString());
        properties.setProperty("sha256", copy.sha256());
        properties.setProperty("bytes", Long.toString(copy.bytes()));
        etag.ifPresent(value -> properties.setProperty("etag", value));
        lastModified.ifPresent(value -> properties.setProperty("last-modified", value));
        Path file = copy.file();
        try {
            Path temporary = Files.createTempFile(file.getParent(), ".fetch-", ".part");
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(writer, "frontera fetch: what the server said about " + file.getFileName());
            }
            move(temporary, sidecar(file));
        } catch (IOException e) {
            throw new FronteraException(
                    ErrorCode.STORE,
                    "cannot record the validators of %s in %s: %s".formatted(url, sidecar(file), e.getMessage()),
                    e);
        }
        return new CachedFile(file, copy.sha256(), copy.bytes(), etag, lastModified);
    }

    static Path sidecar(Path file) {
        return file.resolveSibling(file.getFileName() + SIDECAR);
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String sha256(Path file) {
        MessageDigest digest = newDigest();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    // Path segments come from a server: keep them from climbing out of the cache or naming devices.
    private static String safe(String segment) {
        String cleaned = segment.replaceAll("[\\\\:*?\"<>|\\x00-\\x1f]", "_");
        if (cleaned.equals(".") || cleaned.equals("..") || cleaned.isBlank()) {
            return "_" + cleaned.toLowerCase(Locale.ROOT).replace('.', '_');
        }
        return cleaned;
    }
}
