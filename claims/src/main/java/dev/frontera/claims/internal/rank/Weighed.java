package dev.frontera.claims.internal.rank;

import static java.util.Objects.requireNonNull;

import dev.frontera.claims.internal.verify.Evaluated;

/**
 * A candidate reading with what the ranker made of it: its prior from the words, and its share
 * of the posterior (as the reading meant, right or wrong, or unanswerable).
 */
public record Weighed(Evaluated evaluated, double prior, double posterior, double posteriorRight) {
    public Weighed {
        requireNonNull(evaluated, "evaluated is null");
    }
}
