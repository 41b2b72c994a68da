package dev.frontera.claims.internal.extract;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.dimension.Dimension;

/**
 * What a rank claim says: the place claimed ("3rd"), which end it counts from ("busiest" or
 * "least busy"), and among which peers (sectors and field offices, or nationalities).
 *
 * @param place 1 for the first ("the busiest", "more than any other"), 2 for the second...
 * @param highest whether it counts from the most ("busiest", "largest") rather than the fewest
 * @param peers {@code AREA} for sectors or field offices, {@code CITIZENSHIP} for nationalities
 */
public record RankWords(int place, boolean highest, Dimension peers) {
    public RankWords {
        if (place < 1) {
            throw new IllegalArgumentException("a rank starts at 1, not " + place);
        }
        requireNonNull(peers, "peers is null");
        if (peers != Dimension.AREA && peers != Dimension.CITIZENSHIP) {
            throw new IllegalArgumentException("places and nationalities are ranked, not " + peers);
        }
    }
}
