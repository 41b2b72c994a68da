package dev.frontera.claims.verify;

import static java.util.Objects.requireNonNull;

import dev.frontera.claims.Verdict;
import java.util.List;

/** The verdict on a claim for one period: the evaluation used, the others considered, and the explanation. */
public record Verification(Evaluation used, List<Evaluation> others, Verdict verdict, String explanation) {
    public Verification {
        requireNonNull(used, "used is null");
        others = List.copyOf(others);
        requireNonNull(verdict, "verdict is null");
        requireNonNull(explanation, "explanation is null");
    }
}
