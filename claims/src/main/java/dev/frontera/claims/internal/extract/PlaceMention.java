package dev.frontera.claims.internal.extract;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.dimension.Region;

/**
 * A place named in a sentence: a region ("the southern border", "nationwide"), a Border Patrol
 * sector or field office ({@code AREA}), or a state; {@code slug} as the record spells it.
 */
public record PlaceMention(Kind kind, String slug, int start, int end) {
    /** What kind of place it is. */
    public enum Kind {
        REGION,
        AREA,
        STATE
    }

    public PlaceMention {
        requireNonNull(kind, "kind is null");
        requireNonNull(slug, "slug is null");
        if (kind == Kind.REGION && Region.bySlug(slug).isEmpty()) {
            throw new IllegalArgumentException("not a region: " + slug);
        }
    }

    /** The region a {@link Kind#REGION} mention names. */
    public Region region() {
        if (kind != Kind.REGION) {
            throw new IllegalStateException("a %s mention names no region".formatted(kind));
        }
        return Region.bySlug(slug).orElseThrow();
    }

    /** Characters between this mention and the span {@code [from, to)}; 0 when they overlap. */
    public int distanceTo(int from, int to) {
        if (to <= start) {
            return start - to;
        }
        return from >= end ? from - end : 0;
    }
}
