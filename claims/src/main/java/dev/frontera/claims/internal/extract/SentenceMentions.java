package dev.frontera.claims.internal.extract;

import static java.util.Objects.requireNonNull;

import dev.frontera.claims.internal.numbers.Quantity;
import dev.frontera.text.Sentence;
import java.util.List;
import java.util.Optional;

/**
 * Everything a sentence names that can scope a figure, with where it stands: periods and shorter
 * windows, places, groups, the agency or place of the count, and the numbers themselves. Found
 * once per sentence; a figure's candidate readings are built from its own sentence's mentions
 * and, with less weight, from the sentence before and the headline.
 *
 * @param scope the agency or place named in the sentence ("Border Patrol", "at ports of entry"), if any
 */
public record SentenceMentions(
        Sentence sentence,
        List<PeriodRule.Located> periods,
        List<PlaceMention> places,
        List<GroupRule.Mention> groups,
        List<Quantity> quantities,
        Optional<MeasureWording> scope) {

    public SentenceMentions {
        requireNonNull(sentence, "sentence is null");
        periods = List.copyOf(periods);
        places = List.copyOf(places);
        groups = List.copyOf(groups);
        quantities = List.copyOf(quantities);
        requireNonNull(scope, "scope is null");
    }

    public String text() {
        return sentence.text();
    }

    /** Periods written in full (not a day or a week): what a later sentence may take over. */
    public List<PeriodRule.Located> statedPeriods() {
        return periods.stream()
                .filter(p -> p.mention().stated() && p.mention().partial().isEmpty())
                .toList();
    }

    /** Whether another figure lies strictly between {@code from} and {@code to}. */
    public boolean figureBetween(int from, int to) {
        int low = Math.min(from, to);
        int high = Math.max(from, to);
        return quantities.stream().anyMatch(q -> q.start() >= low && q.end() <= high);
    }

    /** Whether a number other than a period's year ("in fiscal 2022") stands between two offsets. */
    public boolean countBetween(int from, int to) {
        return quantities.stream()
                .filter(q -> q.start() >= from && q.end() <= to)
                .anyMatch(q -> !inPeriod(q) && !inGroup(q));
    }

    /** Whether a number is part of a group's name ("Title 8"), not a count. */
    private boolean inGroup(Quantity quantity) {
        return groups.stream().anyMatch(g -> g.start() <= quantity.start() && quantity.end() <= g.end());
    }

    /** Whether a number is part of a period's words ("fiscal 2022"), not a count. */
    public boolean inPeriod(Quantity quantity) {
        return periods.stream().anyMatch(p -> p.start() <= quantity.start() && quantity.end() <= p.end());
    }
}
