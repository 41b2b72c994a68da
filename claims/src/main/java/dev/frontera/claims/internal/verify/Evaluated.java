package dev.frontera.claims.internal.verify;

import static java.util.Objects.requireNonNull;

import dev.frontera.claims.internal.reading.Candidate;
import dev.frontera.claims.reading.Figure;
import java.util.Optional;

/**
 * A candidate reading answered from the record: the newest figure, the figure as published on
 * the article's date (when a release then held it), and how the claim fits the one the verdict
 * uses (as published when known, else the newest). {@code fit} is empty when the record cannot
 * answer the reading; {@code detail} then says why, and otherwise adds what a record claim was
 * compared with.
 */
public record Evaluated(
        Candidate candidate,
        Optional<Figure> latest,
        Optional<Figure> atPublication,
        Optional<Fit> fit,
        String detail) {
    public Evaluated {
        requireNonNull(candidate, "candidate is null");
        requireNonNull(latest, "latest is null");
        requireNonNull(atPublication, "atPublication is null");
        requireNonNull(fit, "fit is null");
        requireNonNull(detail, "detail is null");
    }

    static Evaluated unanswered(Candidate candidate, String why) {
        return new Evaluated(candidate, Optional.empty(), Optional.empty(), Optional.empty(), why);
    }

    public boolean answered() {
        return fit.isPresent();
    }

    public boolean fits() {
        return fit.map(Fit::fits).orElse(false);
    }

    /** The figure the verdict uses: as published on the article's date when known, else the newest. */
    public Optional<Figure> judged() {
        return atPublication.or(() -> latest);
    }
}
