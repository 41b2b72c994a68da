package dev.frontera.claims;

import static java.util.Objects.requireNonNull;

import dev.frontera.claims.reading.Figure;
import java.util.Optional;

/**
 * Another reading of a claim that was weighed: its prior from the words, its share of the
 * posterior, its figure ({@code official} is empty when the record cannot answer it) and whether
 * the claim fits it (empty when unanswered).
 */
public record Alternative(
        Subject subject, double prior, double posterior, Optional<Figure> official, Optional<Boolean> fits) {
    public Alternative {
        requireNonNull(subject, "subject is null");
        requireNonNull(official, "official is null");
        requireNonNull(fits, "fits is null");
    }
}
