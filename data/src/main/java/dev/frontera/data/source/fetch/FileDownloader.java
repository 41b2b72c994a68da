package dev.frontera.data.source.fetch;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Downloads one release file into the cache: a conditional request when a copy is cached
 * (If-None-Match, If-Modified-Since), the body streamed to a temporary file while its SHA-256
 * is computed, its length checked against Content-Length, and only then moved into place.
 * A failed download leaves the cache as it was.
 */
final class FileDownloader {
    private final HttpTransport transport;
    private final FetchCache cache;

    FileDownloader(HttpTransport transport, FetchCache cache) {
        this.transport = requireNonNull(transport, "transport is null");
        this.cache = requireNonNull(cache, "cache is null");
    }

    Download download(ReleaseLink link, FetchListener listener) {
        Optional<CachedFile> cached = cache.lookup(link.url());
        Map<String, String> headers = new LinkedHashMap<>();
        cached.flatMap(CachedFile::etag).ifPresent(etag -> headers.put("If-None-Match", etag));
        cached.flatMap(CachedFile::lastModified).ifPresent(date -> headers.put("If-Modified-Since", date));
        HttpResponse<InputStream> response = transport.get(link.url(), headers);
        int status = response.statusCode();
        if (status == 304 && cached.isPresent()) {
            HttpTransport.close(response);
            CachedFile copy = cached.get();
            return new Download(
                    link, response.uri(), copy.file(), copy.sha256(), copy.bytes(), Download.Status.UNCHANGED);
        }
        if (status != 200) {
            HttpTransport.close(response);
            throw statusFailure(link.url(), response.uri(), status);
        }
        String contentType =
                response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        if (contentType.startsWith("text/html")) {
            HttpTransport.close(response);
            throw new FronteraException(
                    ErrorCode.MALFORMED_FILE,
                    ("%s: the server sent a web page (%s) instead of the "
                                    + "file; the link may have moved, or the site is refusing automated downloads")
                            .formatted(response.uri(), contentType));
        }
        OptionalLong expected = response.headers().firstValueAsLong("Content-Length");
        Path temporary = cache.temporaryFor(link.url());
        try {
            MessageDigest digest = FetchCache.newDigest();
            long received = copy(response, temporary, digest, listener.downloading(link, expected));
            if (expected.isPresent() && expected.getAsLong() != received) {
                throw truncated(response.uri(), received, expected.getAsLong(), null);
            }
            String sha256 = HexFormat.of().formatHex(digest.digest());
            if (cached.isPresent() && cached.get().sha256().equals(sha256)) {
                Files.deleteIfExists(temporary);
                // Same bytes: keep the copy, but remember the server's current validators for next time.
                CachedFile copy =
                        cache.commitValidators(link.url(), cached.get(), etag(response), lastModified(response));
                return new Download(link, response.uri(), copy.file(), sha256, received, Download.Status.UNCHANGED);
            }
            CachedFile stored =
                    cache.commit(link.url(), temporary, sha256, received, etag(response), lastModified(response));
            return new Download(
                    link,
                    response.uri(),
                    stored.file(),
                    sha256,
                    received,
                    cached.isPresent() ? Download.Status.CHANGED : Download.Status.NEW);
        } catch (IOException e) {
            throw truncated(response.uri(), -1, expected.orElse(-1), e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static long copy(
            HttpResponse<InputStream> response, Path temporary, MessageDigest digest, DownloadProgress progress)
            throws IOException {
        long received = 0;
        byte[] buffer = new byte[64 * 1024];
        try (progress;
                InputStream in = response.body();
                OutputStream out = Files.newOutputStream(temporary)) {
            int read;
            while ((read = in.read(buffer)) != -1) {
                out.write(buffer, 0, read);
                digest.update(buffer, 0, read);
                received += read;
                progress.advanced(received);
            }
        }
        return received;
    }

    private static FronteraException statusFailure(URI requested, URI answered, int status) {
        String where =
                requested.equals(answered) ? requested.toString() : "%s (moved to %s)".formatted(requested, answered);
        if (status == 404 || status == 410) {
            return new FronteraException(
                    ErrorCode.NOT_FOUND,
                    "%s: HTTP %d, the file is not there (any more); the listing page may be out of date"
                            .formatted(where, status));
        }
        return new FronteraException(ErrorCode.NETWORK, "%s: HTTP %d".formatted(where, status));
    }

    private static FronteraException truncated(URI url, long received, long expected, IOException cause) {
        String amount = received >= 0 && expected >= 0
                ? String.format(Locale.ROOT, "got %,d of %,d bytes", received, expected)
                : "the connection broke off"
                        + (expected >= 0 ? String.format(Locale.ROOT, " before %,d bytes", expected) : "")
                        + (cause == null || cause.getMessage() == null ? "" : " (" + cause.getMessage() + ")");
        FronteraException failure = new FronteraException(
                ErrorCode.MALFORMED_FILE,
                "%s: the download is incomplete: %s; nothing was kept, try again later".formatted(url, amount));
        if (cause != null) {
            failure.addSuppressed(cause);
        }
        return failure;
    }

    private static Optional<String> etag(HttpResponse<?> response) {
        return response.headers().firstValue("ETag");
    }

    private static Optional<String> lastModified(HttpResponse<?> response) {
        return response.headers().firstValue("Last-Modified");
    }

    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // A leftover .part file is hidden and harmless; the next fetch writes a new one.
        }
    }
}
