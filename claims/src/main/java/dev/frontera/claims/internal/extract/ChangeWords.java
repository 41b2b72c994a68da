package dev.frontera.claims.internal.extract;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.period.Period;
import java.util.List;
import java.util.Optional;

/**
 * What the words say about a comparison: which way it goes, and the base periods they name.
 *
 * @param direction +1 for a rise ("up", "more than"), -1 for a fall ("down", "fewer than"), 0 when unsaid
 * @param bases periods written after "than", "from", "compared with" or "over", nearest first
 * @param yearBefore the words compare with a year earlier ("year over year", "from a year ago")
 * @param previous the words compare with the period before ("over the previous month", "month over month")
 * @param difference a count written as a difference ("2,300 fewer than", "an increase of 366,470")
 * @param baseCount the count the words give the base ("20% higher than the 252,315 encounters a year
 *     earlier", "down 21% from 46,666 in June"), with its bound: a reading must have that base
 */
public record ChangeWords(
        int direction,
        List<Period> bases,
        boolean yearBefore,
        boolean previous,
        boolean difference,
        Optional<ExtractedClaim.RecordFigure> baseCount) {
    public static final ChangeWords NONE = new ChangeWords(0, List.of(), false, false, false);

    public ChangeWords {
        bases = List.copyOf(bases);
        requireNonNull(bases, "bases is null");
        requireNonNull(baseCount, "baseCount is null");
    }

    public ChangeWords(int direction, List<Period> bases, boolean yearBefore, boolean previous, boolean difference) {
        this(direction, bases, yearBefore, previous, difference, Optional.empty());
    }
}
