package dev.frontera.claims.extract;

import static java.util.Objects.requireNonNull;

import dev.frontera.claims.numbers.Quantity;
import dev.frontera.claims.text.Sentence;
import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.period.Period;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One checkable statement found in a sentence, before it is read against the data.
 *
 * @param quantity the number claimed; empty for a claim such as "a record number of migrants"
 * @param phraseStart offset of the claimed phrase in the sentence (qualifier included)
 * @param phraseEnd offset just after it
 * @param filters citizenship, demographic, sector, state and title filters (slugs)
 * @param since for "highest since Y" and "lowest in N years", the period Y
 * @param unverifiable why the official record cannot answer this claim whatever the reading, if so
 * @param comparedToYearBefore for changes: true when the base is a year earlier, false for the previous period
 * @param sinceAtLeast "in N years": the last more extreme period may lie anywhere up to {@code since}, not only in it
 */
public record ExtractedClaim(
        Sentence sentence,
        Optional<Quantity> quantity,
        int phraseStart,
        int phraseEnd,
        Qualifier qualifier,
        MeasureWording measure,
        Place place,
        PeriodMention period,
        boolean perDay,
        Map<Dimension, Set<String>> filters,
        Optional<Period> since,
        Optional<String> unverifiable,
        boolean comparedToYearBefore,
        boolean sinceAtLeast) {

    public ExtractedClaim {
        requireNonNull(sentence, "sentence is null");
        requireNonNull(quantity, "quantity is null");
        requireNonNull(qualifier, "qualifier is null");
        requireNonNull(measure, "measure is null");
        requireNonNull(place, "place is null");
        requireNonNull(period, "period is null");
        filters = Map.copyOf(filters);
        requireNonNull(since, "since is null");
        requireNonNull(unverifiable, "unverifiable is null");
    }

    /** The claimed phrase as written. */
    public String phrase() {
        return sentence.text().substring(phraseStart, phraseEnd);
    }
}
