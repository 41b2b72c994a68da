package dev.frontera.data.source.fetch;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Optional;

/** A file in the fetch cache and what the server said about it, for the next conditional request. */
record CachedFile(Path file, String sha256, long bytes, Optional<String> etag, Optional<String> lastModified) {
    CachedFile {
        requireNonNull(file, "file is null");
        requireNonNull(sha256, "sha256 is null");
        requireNonNull(etag, "etag is null");
        requireNonNull(lastModified, "lastModified is null");
    }
}
