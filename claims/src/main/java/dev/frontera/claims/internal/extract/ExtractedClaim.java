package dev.frontera.claims.internal.extract;

import static java.util.Objects.requireNonNull;

import dev.frontera.claims.internal.numbers.Quantity;
import dev.frontera.core.period.Period;
import dev.frontera.text.Sentence;
import java.util.Optional;
import java.util.Set;

/**
 * One checkable figure found in a sentence, before it is read: the number (or record phrase),
 * its qualifier, and the words that belong to it alone. The periods, places and groups it may be
 * about are the sentence's {@link SentenceMentions}, weighed later, not chosen here.
 *
 * @param quantity the number claimed; empty for a claim such as "a record number of migrants"
 * @param phraseStart offset of the claimed phrase in the sentence (qualifier included)
 * @param phraseEnd offset just after it
 * @param bound the bound the words put on the number ("more than", "nearly"): {@code EXACT} when none
 * @param measure what the nearest words say is counted
 * @param rate whether the words make the number a rate or an average
 * @param change for changes, differences and multiples: direction and the bases written
 * @param baseMentions start offsets of the period mentions that are a base here, not the period claimed
 * @param since for "highest since Y" and "lowest in N years", the period Y
 * @param sinceAtLeast "in N years": the last more extreme period may lie anywhere up to {@code since}
 * @param unverifiable why no reading can be checked against monthly figures (a forecast, got-aways), if so
 * @param rank for a claim that a place or group ranks among its peers ("the 3rd busiest sector"), what it claims
 * @param recordFigure for a record, the count it is said of ("a record low of 8,346", "8,347 migrants, the lowest
 *     in history"), with its bound: a reading of the record must fit that count too
 * @param recordPlace for a record, the place claimed among the periods compared: 1 for a record, 2 for "the
 *     second-highest"
 * @param streak for a bound said of every month of a run ("more than 100,000 for the third month in a row"), the run;
 *     the bound is then what the words claim, a denied one already turned round ("hasn't ... fewer than" is "at least")
 */
public record ExtractedClaim(
        SentenceMentions mentions,
        Optional<Quantity> quantity,
        int phraseStart,
        int phraseEnd,
        Qualifier qualifier,
        Qualifier bound,
        MeasureWording measure,
        Rate rate,
        ChangeWords change,
        Set<Integer> baseMentions,
        Optional<Period> since,
        boolean sinceAtLeast,
        Optional<String> unverifiable,
        Optional<RankWords> rank,
        Optional<RecordFigure> recordFigure,
        int recordPlace,
        Optional<Streak> streak) {

    /** The count a record is said of, and the bound its words put on it. */
    public record RecordFigure(Quantity quantity, Qualifier bound) {
        public RecordFigure {
            requireNonNull(quantity, "quantity is null");
            requireNonNull(bound, "bound is null");
        }
    }

    public ExtractedClaim {
        requireNonNull(mentions, "mentions is null");
        requireNonNull(quantity, "quantity is null");
        requireNonNull(qualifier, "qualifier is null");
        requireNonNull(bound, "bound is null");
        requireNonNull(measure, "measure is null");
        requireNonNull(rate, "rate is null");
        requireNonNull(change, "change is null");
        baseMentions = Set.copyOf(baseMentions);
        requireNonNull(since, "since is null");
        requireNonNull(unverifiable, "unverifiable is null");
        requireNonNull(rank, "rank is null");
        requireNonNull(recordFigure, "recordFigure is null");
        requireNonNull(streak, "streak is null");
        if (recordPlace < 1 || (recordPlace > 1 && !qualifier.isRecord())) {
            throw new IllegalArgumentException(
                    "a place " + recordPlace + " goes with a record claim, not with " + qualifier);
        }
        if (recordFigure.isPresent() && !qualifier.isRecord()) {
            throw new IllegalArgumentException("a record figure goes with a record claim, not with " + qualifier);
        }
        if (rank.isPresent() != (qualifier == Qualifier.RANK)) {
            throw new IllegalArgumentException("rank words go with a rank claim, not with " + qualifier);
        }
    }

    public Sentence sentence() {
        return mentions.sentence();
    }

    /** The same figure as a rate the words around its sentence give it. */
    ExtractedClaim withRate(Rate newRate) {
        return new ExtractedClaim(
                mentions,
                quantity,
                phraseStart,
                phraseEnd,
                qualifier,
                bound,
                measure,
                newRate,
                change,
                baseMentions,
                since,
                sinceAtLeast,
                unverifiable,
                rank,
                recordFigure,
                recordPlace,
                streak);
    }

    /** The claimed phrase as written. */
    public String phrase() {
        return sentence().text().substring(phraseStart, phraseEnd);
    }

    /**
     * Where the figure itself stands: the number, or the record phrase together with the count it is
     * said of (the two are one figure, so that count does not split the record's clause).
     */
    public int anchorStart() {
        return quantity.map(Quantity::start)
                .orElseGet(() -> Math.min(
                        phraseStart, recordFigure.map(f -> f.quantity().start()).orElse(phraseStart)));
    }

    public int anchorEnd() {
        return quantity.map(Quantity::end)
                .orElseGet(() -> Math.max(
                        phraseEnd, recordFigure.map(f -> f.quantity().end()).orElse(phraseEnd)));
    }
}
