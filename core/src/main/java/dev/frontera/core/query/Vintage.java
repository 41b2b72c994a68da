package dev.frontera.core.query;

import static java.util.Objects.requireNonNull;

/** The figure one release gave for a query: one step in the history of a revised number. */
public record Vintage(Release release, long value) {
    public Vintage {
        requireNonNull(release, "release is null");
    }
}
