package dev.frontera.claims.internal.extract;

import dev.frontera.core.period.Period;
import java.time.YearMonth;
import java.util.Optional;

/**
 * A bound said of every month of a run, not of one count: "more than 100,000 for the third month in
 * a row", "hasn't apprehended fewer than 148,000 since February 2021", "above 200,000 every month
 * since March". The claim holds when the run's lowest month (or highest, for a ceiling) keeps the
 * bound.
 *
 * @param months the run's length in months, ending at the period claimed ("the third month in a row":
 *     3); 0 when the run is the period written ("every month of fiscal 2022") or runs from it ("since")
 * @param since the run goes from the month written to the last month published ("every month since March")
 * @param negated the bound is denied ("hasn't ... fewer than ... since February 2021"), so the claim is its
 *     opposite, and the month written is the last one that broke it: the run starts after it
 */
public record Streak(int months, boolean since, boolean negated) {
    public Streak {
        if (months < 0 || months == 1 || (months > 0 && since)) {
            throw new IllegalArgumentException("not a streak: " + months + " months" + (since ? " since a month" : ""));
        }
    }

    /**
     * The run of months the bound is said of, given the period a reading takes and the last month
     * published by the article's date; empty when they do not make a run of two months or more.
     */
    public Optional<Period> window(Period period, YearMonth lastPublished) {
        if (months > 0) {
            if (period.length() != 1) {
                return Optional.empty(); // "the third month in a row" ends at one month
            }
            YearMonth last = period.last();
            return Optional.of(Period.months(last.minusMonths(months - 1L), last));
        }
        if (!since) {
            return period.length() > 1 ? Optional.of(Period.months(period.first(), period.last())) : Optional.empty();
        }
        boolean monthly = period.kind() == Period.Kind.MONTH || period.kind() == Period.Kind.MONTHS;
        YearMonth first = negated ? period.first().plusMonths(1) : period.first();
        YearMonth last = period.last().isAfter(lastPublished) ? period.last() : lastPublished;
        if (!monthly || !first.isBefore(last)) {
            return Optional.empty();
        }
        return Optional.of(Period.months(first, last));
    }
}
