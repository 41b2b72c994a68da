package dev.frontera.claims;

import static java.util.Objects.requireNonNull;

import dev.frontera.claims.internal.extract.ExtractedClaim;
import dev.frontera.claims.internal.verify.Evaluated;
import java.util.List;

/** One figure of a text with every candidate reading answered from the record: the evidence a ranker weighs. */
record ReadFigure(ExtractedClaim claim, List<Evaluated> evaluated) {
    ReadFigure {
        requireNonNull(claim, "claim is null");
        evaluated = List.copyOf(evaluated);
    }
}
