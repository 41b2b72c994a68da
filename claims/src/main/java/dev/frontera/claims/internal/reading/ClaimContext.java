package dev.frontera.claims.internal.reading;

import static java.util.Objects.requireNonNull;

import dev.frontera.claims.internal.extract.SentenceMentions;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * What surrounds a figure's sentence: the sentence just before it and the headline (each may
 * lend a period, a place, a group or an agency), the publication date, and the last month the
 * record had published by then (which ends "so far this year").
 *
 * @param earlier when the sentence before lends no period, the last one before it that does, with none
 *     between lending one and the headline never among them ("In calendar year 2024 ... Mexicans accounted
 *     for a third of the year's encounters. Venezuelans were second, at nearly 180,000.": still 2024)
 * @param perhapsPublished a later month that may have been out too: the month before publication when
 *     the last month published is a guess from CBP's usual schedule and it may have been early (releases
 *     have come out from the first days of a month to its last week), or the schedule's month when the
 *     files kept stop a month short of it
 */
public record ClaimContext(
        Optional<SentenceMentions> previous,
        Optional<SentenceMentions> headline,
        LocalDate published,
        YearMonth lastPublished,
        Optional<YearMonth> perhapsPublished,
        Optional<SentenceMentions> earlier) {

    public ClaimContext {
        requireNonNull(previous, "previous is null");
        requireNonNull(headline, "headline is null");
        requireNonNull(published, "published is null");
        requireNonNull(lastPublished, "lastPublished is null");
        requireNonNull(perhapsPublished, "perhapsPublished is null");
        requireNonNull(earlier, "earlier is null");
    }

    /** A context with no sentence to lend a period through the one before. */
    public ClaimContext(
            Optional<SentenceMentions> previous,
            Optional<SentenceMentions> headline,
            LocalDate published,
            YearMonth lastPublished,
            Optional<YearMonth> perhapsPublished) {
        this(previous, headline, published, lastPublished, perhapsPublished, Optional.empty());
    }

    /** A context whose last month published is known. */
    public ClaimContext(
            Optional<SentenceMentions> previous,
            Optional<SentenceMentions> headline,
            LocalDate published,
            YearMonth lastPublished) {
        this(previous, headline, published, lastPublished, Optional.empty(), Optional.empty());
    }

    /** Whether a sentence writes a period it would lend to the next one. */
    public static boolean lendsPeriod(SentenceMentions sentence) {
        return !PeriodOptions.lent(sentence, false).isEmpty();
    }
}
