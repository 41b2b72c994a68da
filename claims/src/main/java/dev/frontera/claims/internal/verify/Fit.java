package dev.frontera.claims.internal.verify;

import static java.util.Objects.requireNonNull;

/**
 * Whether an official figure supports a claimed number under the labelling standard's tolerance,
 * and two numbers the ranker weighs it by:
 *
 * <ul>
 *   <li>{@code chance}: how likely a figure written with the same bound and precision would fit as
 *       well if it had been made up or taken from another quantity. An exact five-digit match almost
 *       never happens by chance; "more than 2 million" often does.
 *   <li>{@code miss}: how far the claim misses the figure when it does not fit, on the scale wrong
 *       figures scatter on (log ratio for counts and multiples, points for percentages). A wrong
 *       published figure is usually near the true one; a figure read with the wrong scope is not.
 * </ul>
 */
public record Fit(boolean fits, double chance, Miss miss) {
    /** The scale a miss is measured on. */
    public enum Scale {
        /** |ln(claimed / official)|, for counts, rates and multiples. */
        LOG,
        /** |claimed - official| in percentage points, for changes and shares. */
        POINTS,
        /** No distance (a record claim). */
        NONE
    }

    /** How far a claim misses its figure. */
    public record Miss(Scale scale, double distance) {
        public static final Miss NONE = new Miss(Scale.NONE, 0);

        public Miss {
            requireNonNull(scale, "scale is null");
            if (!(distance >= 0)) {
                throw new IllegalArgumentException("a miss is a distance, not " + distance);
            }
        }
    }

    public Fit {
        if (!(chance > 0 && chance < 1)) {
            throw new IllegalArgumentException("chance must lie strictly between 0 and 1, not " + chance);
        }
        requireNonNull(miss, "miss is null");
    }
}
