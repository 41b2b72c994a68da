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
 */
public record ClaimContext(
        Optional<SentenceMentions> previous,
        Optional<SentenceMentions> headline,
        LocalDate published,
        YearMonth lastPublished) {

    public ClaimContext {
        requireNonNull(previous, "previous is null");
        requireNonNull(headline, "headline is null");
        requireNonNull(published, "published is null");
        requireNonNull(lastPublished, "lastPublished is null");
    }
}
