package dev.frontera.claims.internal.rank;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the ranker concludes about one figure: the readings ranked by posterior, and how the
 * probability splits between the claim being right as the words state it ({@code accurate}),
 * right only for a scope often confused with the stated one ({@code misleading}), wrong
 * ({@code inaccurate}), or beyond what the record or the checker's readings can tell
 * ({@code unknown}). The four sum to one.
 */
public record Posterior(List<Weighed> readings, double accurate, double misleading, double inaccurate, double unknown) {
    public Posterior {
        readings = List.copyOf(readings);
    }

    /** The reading most likely meant and right, if any reading fits. */
    public Optional<Weighed> bestRight(boolean confused) {
        return readings.stream()
                .filter(w -> w.evaluated().fits() && w.evaluated().candidate().confused() == confused)
                .max(Comparator.comparingDouble(Weighed::posteriorRight));
    }

    /** The reading most likely meant among those the record answers, if any. */
    public Optional<Weighed> bestAnswered() {
        return readings.stream()
                .filter(w ->
                        w.evaluated().answered() && !w.evaluated().candidate().confused())
                .max(Comparator.comparingDouble(Weighed::prior));
    }

    /** The reading most likely meant, answered or not. */
    public Optional<Weighed> mostLikely() {
        return readings.stream().max(Comparator.comparingDouble(Weighed::prior));
    }
}
