package dev.frontera.data.query;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.query.Release;

/**
 * What one release says for a query's whole period.
 *
 * @param family the display name of the release's family
 * @param answers true when the answer uses this release (by {@link Precedence}); the others are
 *     the disagreeing or superseded figures, shown so a difference between sources is visible
 */
public record SourceFigure(Release release, String family, long value, boolean answers) {
    public SourceFigure {
        requireNonNull(release, "release is null");
        requireNonNull(family, "family is null");
    }
}
