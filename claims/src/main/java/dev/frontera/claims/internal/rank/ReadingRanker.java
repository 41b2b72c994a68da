package dev.frontera.claims.internal.rank;

import dev.frontera.claims.internal.verify.Evaluated;
import java.util.List;

/**
 * Weighs a figure's candidate readings: a prior from the words, the record's answers as
 * evidence, and a posterior over readings with the probability that the claim is right.
 * A seam of its own, so another model can be tried against the same candidates.
 */
public interface ReadingRanker {
    Posterior rank(List<Evaluated> candidates);
}
