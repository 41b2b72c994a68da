package dev.frontera.surges.series;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.query.Release;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An unbroken run of monthly counts of one series, oldest first, with the releases they came
 * from and the date of the record they were read from ({@code asOf}, empty for the latest).
 *
 * @param first the first month; value {@code i} belongs to {@code first.plusMonths(i)}
 */
public record MonthlySeries(
        SeriesSpec spec, YearMonth first, List<Long> values, List<Release> releases, Optional<LocalDate> asOf) {

    public MonthlySeries {
        requireNonNull(spec, "spec is null");
        requireNonNull(first, "first is null");
        values = List.copyOf(values);
        releases = List.copyOf(releases);
        requireNonNull(asOf, "asOf is null");
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a series holds at least one month");
        }
    }

    public int size() {
        return values.size();
    }

    public YearMonth last() {
        return first.plusMonths(values.size() - 1L);
    }

    public YearMonth month(int index) {
        return first.plusMonths(index);
    }

    public long value(int index) {
        return values.get(index);
    }

    /** The value of a month, when the series holds it. */
    public Optional<Long> valueOf(YearMonth month) {
        int index = indexOf(month);
        return index < 0 || index >= values.size() ? Optional.empty() : Optional.of(values.get(index));
    }

    public int indexOf(YearMonth month) {
        return (int) java.time.temporal.ChronoUnit.MONTHS.between(first, month);
    }

    /** The series up to and including {@code month} (a forecast origin). */
    public MonthlySeries through(YearMonth month) {
        int end = Math.min(values.size(), indexOf(month) + 1);
        if (end < 1) {
            throw new IllegalArgumentException("the series starts at " + first + ", after " + month);
        }
        return new MonthlySeries(spec, first, values.subList(0, end), releases, asOf);
    }

    /** Whether any figure comes from a release rounded to 10 (DHS statistics). */
    public boolean rounded() {
        return releases.stream().anyMatch(Release::rounded);
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            months.add(first.plusMonths(i));
        }
        return months;
    }
}
