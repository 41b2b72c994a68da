package dev.frontera.claims.internal.extract;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.dimension.Region;

/**
 * A place named in a sentence: a region ("the southern border", "nationwide"), a Border Patrol
 * sector or field office ({@code AREA}), or a state; {@code slug} as the record spells it.
 * {@code oneOf}: the words name one of several places standing at the same position ("an Arizona
 * border sector": Tucson or Yuma), not all of them together.
 */
public record PlaceMention(Kind kind, String slug, int start, int end, boolean oneOf) {
    /** What kind of place it is. */
    public enum Kind {
        REGION,
        AREA,
        STATE
    }

    /** A place named as itself (all the places of one mention together, as "the Texas sectors"). */
    public PlaceMention(Kind kind, String slug, int start, int end) {
        this(kind, slug, start, end, false);
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
