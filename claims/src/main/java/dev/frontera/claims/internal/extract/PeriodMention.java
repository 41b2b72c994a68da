package dev.frontera.claims.internal.extract;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.period.Period;
import java.util.List;
import java.util.Optional;

/**
 * The period(s) a claim is about, as read from the sentence and the publication date.
 *
 * @param periods one per period claimed ("in both fiscal years 2022 and 2023" gives two)
 * @param calendarAlternative for a bare year ("in 2023"), the calendar-year reading of a fiscal one
 * @param toDate the period runs to the last published month ("so far this fiscal year", "since January")
 * @param stated false when no period is written and one was assumed (the month in progress)
 * @param partial why the window cannot be answered from monthly data ("last week", "on Tuesday"), if so
 */
public record PeriodMention(
        List<Period> periods,
        Optional<Period> calendarAlternative,
        boolean toDate,
        boolean stated,
        Optional<String> partial,
        String words) {

    public PeriodMention {
        periods = List.copyOf(periods);
        requireNonNull(calendarAlternative, "calendarAlternative is null");
        requireNonNull(partial, "partial is null");
        requireNonNull(words, "words is null");
    }
}
