package dev.frontera.core.period;

import dev.frontera.core.FronteraException;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the period syntax shared by the CLI, the API and the claim checker:
 * {@code 2023-12}, {@code 2023-10..2024-09}, {@code FY2024}, {@code CY2023}, {@code FY2022..FY2024},
 * {@code FY2024-YTD} (fiscal year to date, ended by the data), and month names such as
 * {@code Dec-2023}.
 */
public final class PeriodParser {
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    private static final Pattern FISCAL = Pattern.compile("FY ?(\\d{4}|\\d{2})");
    private static final Pattern CALENDAR = Pattern.compile("(?:CY ?)?(\\d{4})");
    private static final Pattern TO_DATE = Pattern.compile("(?:FY ?(\\d{4})-?YTD|FYTD ?(\\d{4}))");
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2100;

    private PeriodParser() {}

    /**
     * Parses a period. A fiscal year to date comes back as the whole fiscal year with kind
     * {@link Period.Kind#FISCAL_YEAR_TO_DATE}; the query engine ends it at the last published month.
     */
    public static Period parse(String text) {
        if (text == null || text.isBlank()) {
            throw FronteraException.invalid("period is empty; use e.g. 2023-12, FY2024, CY2023 or 2023-10..2024-09");
        }
        String trimmed = text.trim().toUpperCase(Locale.ROOT);
        int dots = trimmed.indexOf("..");
        if (dots >= 0) {
            Period from = single(trimmed.substring(0, dots), text);
            Period to = single(trimmed.substring(dots + 2), text);
            if (to.last().isBefore(from.first())) {
                throw FronteraException.invalid(
                        "period '%s' ends (%s) before it starts (%s)", text.trim(), to.label(), from.label());
            }
            if (from.kind() == Period.Kind.FISCAL_YEAR && to.kind() == Period.Kind.FISCAL_YEAR) {
                return Period.fiscalYears(
                        Period.fiscalYearOf(from.first()), to.last().getYear());
            }
            if (from.kind() == Period.Kind.CALENDAR_YEAR && to.kind() == Period.Kind.CALENDAR_YEAR) {
                return Period.calendarYears(from.first().getYear(), to.last().getYear());
            }
            return Period.months(from.first(), to.last());
        }
        return single(trimmed, text);
    }

    private static Period single(String part, String whole) {
        String value = part.trim();
        Matcher matcher = TO_DATE.matcher(value);
        if (matcher.matches()) {
            int year = year(matcher.group(1) != null ? matcher.group(1) : matcher.group(2), whole);
            Period fiscal = Period.fiscalYear(year);
            return new Period(Period.Kind.FISCAL_YEAR_TO_DATE, fiscal.first(), fiscal.last());
        }
        matcher = MONTH.matcher(value);
        if (matcher.matches()) {
            int month = Integer.parseInt(matcher.group(2));
            if (month < 1 || month > 12) {
                throw FronteraException.invalid(
                        "period '%s': month %d does not exist (months run from 01 to 12)", whole.trim(), month);
            }
            return Period.month(YearMonth.of(year(matcher.group(1), whole), month));
        }
        matcher = FISCAL.matcher(value);
        if (matcher.matches()) {
            String digits = matcher.group(1);
            return Period.fiscalYear(year(digits.length() == 2 ? "20" + digits : digits, whole));
        }
        matcher = CALENDAR.matcher(value);
        if (matcher.matches()) {
            return Period.calendarYear(year(matcher.group(1), whole));
        }
        throw FronteraException.invalid(
                "period '%s' is not understood; use a month (2023-12), a fiscal year (FY2024), a calendar year"
                        + " (CY2023), a fiscal year to date (FY2024-YTD) or a range (2023-10..2024-09, FY2022..FY2024)",
                whole.trim());
    }

    private static int year(String digits, String whole) {
        int year = Integer.parseInt(digits);
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw FronteraException.invalid("period '%s': year %d is out of range", whole.trim(), year);
        }
        return year;
    }
}
