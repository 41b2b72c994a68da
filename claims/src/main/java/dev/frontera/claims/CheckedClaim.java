package dev.frontera.claims;

import static java.util.Objects.requireNonNull;

import dev.frontera.claims.reading.Figure;
import dev.frontera.core.Verdict;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One claim found in the text and checked: what was claimed, how it was read, the official
 * figure, the verdict, how sure the checker is, and why. {@code start} and {@code end} are
 * character offsets of the claimed phrase in the whole input. A claim about two periods yields
 * one item per period.
 *
 * @param subject what the claim is about: for a statistic, the reading the verdict rests on
 * @param value the number claimed; empty for a record claim without a number
 * @param qualifier {@code exact}, {@code about}, {@code over}, {@code at_least}, {@code under},
 *     {@code up_to}, {@code change}, {@code ratio}, {@code record_high} or {@code record_low}; for a
 *     season, {@code above_typical}, {@code below_typical}, {@code usual_dip} or {@code usual_rise}
 * @param official the newest official figure for the reading (for a distance: Frontera's computed distance)
 * @param officialAtPublication the figure as published on the article's date, when it differs
 * @param confidence the checker's probability that the verdict is right (0 to 1)
 * @param alternatives the other readings weighed, most likely first
 */
public record CheckedClaim(
        Subject subject,
        String sentence,
        int start,
        int end,
        String text,
        OptionalDouble value,
        String qualifier,
        Optional<Figure> official,
        Optional<Figure> officialAtPublication,
        Verdict verdict,
        double confidence,
        String explanation,
        List<Alternative> alternatives) {

    public CheckedClaim {
        requireNonNull(subject, "subject is null");
        requireNonNull(sentence, "sentence is null");
        requireNonNull(text, "text is null");
        requireNonNull(value, "value is null");
        requireNonNull(qualifier, "qualifier is null");
        requireNonNull(official, "official is null");
        requireNonNull(officialAtPublication, "officialAtPublication is null");
        requireNonNull(verdict, "verdict is null");
        requireNonNull(explanation, "explanation is null");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must lie between 0 and 1, not " + confidence);
        }
        alternatives = List.copyOf(alternatives);
    }

    /** {@code statistic}, {@code distance} or {@code season}. */
    public String kind() {
        if (subject instanceof Subject.Distance) {
            return DistanceCheck.KIND;
        }
        return subject instanceof Subject.Season ? SeasonCheck.KIND : "statistic";
    }
}
