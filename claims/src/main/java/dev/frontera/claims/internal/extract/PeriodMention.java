package dev.frontera.claims.internal.extract;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.period.Period;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The period(s) a claim is about, as read from the sentence and the publication date.
 *
 * @param periods one per period claimed ("in both fiscal years 2022 and 2023" gives two)
 * @param calendarAlternative for a bare year ("in 2023"), the calendar-year reading of a fiscal one; for a list of
 *     them ("in 2022 and 2023"), the calendar years they span (see {@link #calendarReading})
 * @param toDate the period runs to the last published month ("so far this fiscal year", "since January")
 * @param stated false when no period is written and one was assumed (the month in progress)
 * @param partial why the window cannot be answered from monthly data ("last week", "on Tuesday"), if so
 * @param firstTerm for "under Trump" written in his second term, his first: past tense often means it
 * @param monthsBehind for a to-date period counted back ("since October ... the same months a year earlier"), how
 *     many months before the last published month it ends
 */
public record PeriodMention(
        List<Period> periods,
        Optional<Period> calendarAlternative,
        boolean toDate,
        boolean stated,
        Optional<String> partial,
        String words,
        Optional<Period> firstTerm,
        int monthsBehind) {

    private static final Pattern SINCE = Pattern.compile("(?is)^since\\s.*");
    private static final Pattern FROM_OR_BETWEEN = Pattern.compile("(?is)^(?:from|between)\\s.*");

    public PeriodMention {
        periods = List.copyOf(periods);
        requireNonNull(calendarAlternative, "calendarAlternative is null");
        requireNonNull(partial, "partial is null");
        requireNonNull(words, "words is null");
        requireNonNull(firstTerm, "firstTerm is null");
    }

    /** A mention that may have another term to read, not counted back. */
    public PeriodMention(
            List<Period> periods,
            Optional<Period> calendarAlternative,
            boolean toDate,
            boolean stated,
            Optional<String> partial,
            String words,
            Optional<Period> firstTerm) {
        this(periods, calendarAlternative, toDate, stated, partial, words, firstTerm, 0);
    }

    /** A mention with no other term to read. */
    public PeriodMention(
            List<Period> periods,
            Optional<Period> calendarAlternative,
            boolean toDate,
            boolean stated,
            Optional<String> partial,
            String words) {
        this(periods, calendarAlternative, toDate, stated, partial, words, Optional.empty(), 0);
    }

    /**
     * The same period {@code years} years back, written as {@code words} ("a year earlier"). A period
     * that runs to the last published month stays one that runs to date, that many years behind.
     */
    public PeriodMention yearsBefore(int years, String words) {
        return new PeriodMention(
                periods.stream().map(p -> p.yearsBefore(years)).toList(),
                Optional.empty(),
                toDate,
                true,
                Optional.empty(),
                words,
                Optional.empty(),
                toDate ? monthsBehind + 12 * years : 0);
    }

    /** The calendar-year reading of {@code written}, one of {@link #periods}, when the words leave it open. */
    public Optional<Period> calendarReading(Period written) {
        if (calendarAlternative.isEmpty() || periods.size() == 1) {
            return calendarAlternative;
        }
        return written.kind() == Period.Kind.FISCAL_YEAR
                ? Optional.of(Period.calendarYear(written.last().getYear()))
                : Optional.empty();
    }

    /** "Since May 2019": the months from a named one to the last published. */
    public boolean sinceMonth() {
        return toDate
                && periods.size() == 1
                && periods.get(0).kind() == Period.Kind.MONTHS
                && SINCE.matcher(words).matches();
    }

    /** Whether the words open with "from" or "between": what follows them is a base. */
    public boolean afterFrom() {
        return FROM_OR_BETWEEN.matcher(words).matches();
    }

    /**
     * "From June to July", "between 2019 and 2021": a run of months or years whose first unit is a
     * base and whose last is the period claimed. "From 2023" alone is one year, a base whole.
     */
    public boolean isRange() {
        Period.Kind kind = periods.get(0).kind();
        return afterFrom()
                && periods.size() == 1
                && (kind == Period.Kind.MONTHS
                        || kind == Period.Kind.FISCAL_YEARS
                        || kind == Period.Kind.CALENDAR_YEARS);
    }

    /** The base these words name: a range's first unit ("from June" of "from June to July"), or the period whole. */
    public Period base() {
        Period period = periods.get(0);
        if (!isRange()) {
            return period;
        }
        return switch (period.kind()) {
            case FISCAL_YEARS -> Period.fiscalYear(Period.fiscalYearOf(period.first()));
            case CALENDAR_YEARS -> Period.calendarYear(period.first().getYear());
            default -> Period.month(period.first());
        };
    }

    /** What a range is about: its last unit ("July" of "from June to July"). Only for a range. */
    public Period rangeEnd() {
        Period range = periods.get(0);
        return switch (range.kind()) {
            case FISCAL_YEARS -> Period.fiscalYear(Period.fiscalYearOf(range.last()));
            case CALENDAR_YEARS -> Period.calendarYear(range.last().getYear());
            default -> Period.month(range.last());
        };
    }
}
