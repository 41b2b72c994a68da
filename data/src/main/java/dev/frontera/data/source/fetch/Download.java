package dev.frontera.data.source.fetch;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.nio.file.Path;

/**
 * A release file as it now is in the cache.
 *
 * @param source the URL the bytes came from (after any redirect); recorded as the release's source
 * @param file the verified copy in the cache, named as published
 * @param sha256 of the file's bytes
 */
public record Download(ReleaseLink link, URI source, Path file, String sha256, long bytes, Status status) {

    /** What this fetch did to the cached copy. */
    public enum Status {
        /** No copy was cached; one is now. */
        NEW,
        /** The server had a different file (new ETag or new bytes); the cached copy was replaced. */
        CHANGED,
        /** The server said the cached copy is current (304), or sent the same bytes again. */
        UNCHANGED
    }

    public Download {
        requireNonNull(link, "link is null");
        requireNonNull(source, "source is null");
        requireNonNull(file, "file is null");
        requireNonNull(sha256, "sha256 is null");
        requireNonNull(status, "status is null");
    }
}
