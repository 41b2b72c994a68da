package dev.frontera.claims.verify;

import static java.util.Objects.requireNonNull;

import dev.frontera.claims.Figure;
import dev.frontera.claims.interpret.Reading;
import java.util.Optional;

/**
 * A claim checked under one reading: the newest figure, the figure as published on the
 * article's date, whether the claim holds (empty when the record cannot tell) and why not.
 */
public record Evaluation(Reading reading, Optional<Figure> latest, Optional<Figure> atPublication, Optional<Boolean> fits,
        String detail) {
    public Evaluation {
        requireNonNull(reading, "reading is null");
        requireNonNull(latest, "latest is null");
        requireNonNull(atPublication, "atPublication is null");
        requireNonNull(fits, "fits is null");
        requireNonNull(detail, "detail is null");
    }

    /** The figure a verdict uses: as published on the article's date when known, else the newest. */
    public Optional<Figure> judged() {
        return atPublication.or(() -> latest);
    }

    public boolean holds() {
        return fits.orElse(false);
    }
}
