package dev.frontera.data.store;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.query.Release;

/**
 * The outcome of an ingest: the release as stored, whether this call stored it, and what it
 * revised against the previous vintage of its family.
 */
public record IngestResult(Status status, Release release, RevisionReport revisions) {

    /** Whether the call changed the store. */
    public enum Status {
        /** The file was new and is now stored. */
        STORED,
        /** A file with the same SHA-256 was already stored; nothing changed. */
        ALREADY_STORED
    }

    public IngestResult {
        requireNonNull(status, "status is null");
        requireNonNull(release, "release is null");
        requireNonNull(revisions, "revisions is null");
    }
}
