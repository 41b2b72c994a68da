package dev.frontera.claims.internal.extract;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.query.Measure;
import java.util.Optional;

/**
 * What a sentence says is counted. {@code measure} is empty for things the official record does
 * not hold (got-aways, releases, deaths): {@code name} then says what it is. {@code explicit}
 * is true when the sentence names the agency or the place ("Border Patrol", "at ports of entry"),
 * false for generic words ("apprehended", "crossings") that the figure may overrule.
 */
public record MeasureWording(Optional<Measure> measure, String name, boolean explicit, String words) {
    public MeasureWording {
        requireNonNull(measure, "measure is null");
        requireNonNull(name, "name is null");
        requireNonNull(words, "words is null");
    }

    static MeasureWording of(Measure measure, boolean explicit, String words) {
        return new MeasureWording(Optional.of(measure), measure.slug(), explicit, words);
    }

    static MeasureWording unsupported(String name, String words) {
        return new MeasureWording(Optional.empty(), name, true, words);
    }
}
