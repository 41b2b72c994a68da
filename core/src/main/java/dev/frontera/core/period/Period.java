package dev.frontera.core.period;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.FronteraException;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A run of whole months, labelled the way people name it: a month ({@code 2023-12}), a fiscal
 * year ({@code FY2024}, October to September), a calendar year ({@code CY2023}), a fiscal year
 * to date, or a range of any of these ({@code FY2022..FY2024}).
 *
 * <p>All the statistics Frontera holds are monthly, so every period is a closed month range.
 */
public record Period(Kind kind, YearMonth first, YearMonth last) implements Comparable<Period> {

    /** How the period was named; it decides the label and what "the previous period" means. */
    public enum Kind {
        MONTH,
        MONTHS,
        FISCAL_YEAR,
        FISCAL_YEARS,
        CALENDAR_YEAR,
        CALENDAR_YEARS,
        FISCAL_YEAR_TO_DATE
    }

    public Period {
        requireNonNull(kind, "kind is null");
        requireNonNull(first, "first is null");
        requireNonNull(last, "last is null");
        if (last.isBefore(first)) {
            throw FronteraException.invalid("period ends (%s) before it starts (%s)", last, first);
        }
    }

    public static Period month(YearMonth month) {
        return new Period(Kind.MONTH, month, month);
    }

    public static Period months(YearMonth first, YearMonth last) {
        return first.equals(last) ? month(first) : new Period(Kind.MONTHS, first, last);
    }

    public static Period fiscalYear(int year) {
        return new Period(Kind.FISCAL_YEAR, YearMonth.of(year - 1, 10), YearMonth.of(year, 9));
    }

    public static Period fiscalYears(int firstYear, int lastYear) {
        if (firstYear == lastYear) {
            return fiscalYear(firstYear);
        }
        return new Period(Kind.FISCAL_YEARS, YearMonth.of(firstYear - 1, 10), YearMonth.of(lastYear, 9));
    }

    public static Period calendarYear(int year) {
        return new Period(Kind.CALENDAR_YEAR, YearMonth.of(year, 1), YearMonth.of(year, 12));
    }

    public static Period calendarYears(int firstYear, int lastYear) {
        if (firstYear == lastYear) {
            return calendarYear(firstYear);
        }
        return new Period(Kind.CALENDAR_YEARS, YearMonth.of(firstYear, 1), YearMonth.of(lastYear, 12));
    }

    /** Fiscal year {@code year} from October up to and including {@code through}. */
    public static Period fiscalYearToDate(int year, YearMonth through) {
        Period whole = fiscalYear(year);
        if (through.isBefore(whole.first) || through.isAfter(whole.last)) {
            throw FronteraException.invalid("%s is not in FY%d", through, year);
        }
        return new Period(Kind.FISCAL_YEAR_TO_DATE, whole.first, through);
    }

    /** The fiscal year a month belongs to: October 2023 is in FY2024. */
    public static int fiscalYearOf(YearMonth month) {
        return month.getMonthValue() >= 10 ? month.getYear() + 1 : month.getYear();
    }

    /** Number of months in the period. */
    public int length() {
        return (int) ChronoUnit.MONTHS.between(first, last) + 1;
    }

    /** True number of days, for per-day rates: February 2024 has 29. */
    public long days() {
        return ChronoUnit.DAYS.between(first.atDay(1), last.atEndOfMonth()) + 1;
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>(length());
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    public boolean contains(YearMonth month) {
        return !month.isBefore(first) && !month.isAfter(last);
    }

    /** The same kind of period shifted by {@code months}, e.g. the previous fiscal year. */
    public Period shift(int months) {
        return new Period(kind, first.plusMonths(months), last.plusMonths(months));
    }

    /** The period just before this one, of the same length. */
    public Period previous() {
        return kind == Kind.FISCAL_YEAR_TO_DATE ? shift(-12) : shift(-length());
    }

    /** The same period one year earlier. */
    public Period yearBefore() {
        return yearsBefore(1);
    }

    /** The same period {@code years} years earlier ("two years earlier"). */
    public Period yearsBefore(int years) {
        return shift(-12 * years);
    }

    /** The label used everywhere: CLI, API and claims ({@code 2023-11}, {@code FY2023}, {@code A..B}). */
    public String label() {
        return switch (kind) {
            case MONTH -> first.toString();
            case MONTHS -> first + ".." + last;
            case FISCAL_YEAR -> "FY" + last.getYear();
            case FISCAL_YEARS -> "FY" + fiscalYearOf(first) + "..FY" + last.getYear();
            case CALENDAR_YEAR -> "CY" + first.getYear();
            case CALENDAR_YEARS -> "CY" + first.getYear() + "..CY" + last.getYear();
            case FISCAL_YEAR_TO_DATE -> "FY" + fiscalYearOf(first) + "-YTD.." + last;
        };
    }

    /**
     * The label for people, with the months spelled out wherever the label does not show them:
     * {@code 2023-12}, {@code 2023-10 to 2023-12}, {@code FY2023 (2022-10 to 2023-09)},
     * {@code FY2024 to date (2023-10 to 2024-02)}. {@link #label()} stays the identifier.
     */
    public String labelWithMonths() {
        String months = first + " to " + last;
        return switch (kind) {
            case MONTH -> label();
            case MONTHS -> months;
            case FISCAL_YEAR, FISCAL_YEARS, CALENDAR_YEAR, CALENDAR_YEARS -> label() + " (" + months + ")";
            case FISCAL_YEAR_TO_DATE -> "FY" + fiscalYearOf(first) + " to date (" + months + ")";
        };
    }

    /** Splits the period into whole units of the given grouping (the last may be partial). */
    public List<Period> split(Grouping grouping) {
        List<Period> parts = new ArrayList<>();
        for (YearMonth start = first; !start.isAfter(last); ) {
            Period unit = grouping.unitContaining(start);
            YearMonth end = unit.last.isAfter(last) ? last : unit.last;
            YearMonth begin = unit.first.isBefore(first) ? first : unit.first;
            parts.add(begin.equals(unit.first) && end.equals(unit.last) ? unit : Period.months(begin, end));
            start = end.plusMonths(1);
        }
        return parts;
    }

    @Override
    public int compareTo(Period other) {
        int byFirst = first.compareTo(other.first);
        return byFirst != 0 ? byFirst : last.compareTo(other.last);
    }

    @Override
    public String toString() {
        return label();
    }

    /** How a period is cut into rows. */
    public enum Grouping {
        MONTH,
        FISCAL_YEAR,
        CALENDAR_YEAR;

        Period unitContaining(YearMonth month) {
            return switch (this) {
                case MONTH -> Period.month(month);
                case FISCAL_YEAR -> Period.fiscalYear(fiscalYearOf(month));
                case CALENDAR_YEAR -> Period.calendarYear(month.getYear());
            };
        }
    }
}
