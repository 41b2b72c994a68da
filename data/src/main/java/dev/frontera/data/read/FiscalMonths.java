package dev.frontera.data.read;

import java.time.Month;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads CBP's fiscal calendar columns: {@code Fiscal Year} ({@code 2024} or {@code 2024 (FYTD)}),
 * {@code Month Grouping} ({@code FYTD} or {@code Remaining}) and {@code Month (abbv)}
 * ({@code OCT} ... {@code SEP}). A fiscal year N runs from October N-1 to September N, so
 * OCT, NOV and DEC of FY2024 are calendar 2023. Results are cached per label: a file has a
 * handful of distinct values and half a million rows.
 */
final class FiscalMonths {
    static final String FISCAL_YEAR_TO_DATE = "FYTD";
    static final String REMAINING = "Remaining";
    private static final String PARTIAL_YEAR_SUFFIX = " (FYTD)";
    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 2199;
    private static final Map<String, Month> MONTHS = monthsByAbbreviation();

    private final Map<String, Integer> fiscalYears = new HashMap<>();
    private final YearMonth[][] calendarMonths = new YearMonth[LAST_YEAR - FIRST_YEAR + 1][];

    /** The fiscal year of a {@code Fiscal Year} cell. */
    int fiscalYear(CsvRow row, int column) {
        String text = row.field(column);
        Integer cached = fiscalYears.get(text);
        if (cached != null) {
            return cached;
        }
        int year = parseFiscalYear(text);
        if (year < 0) {
            throw row.reject(
                    column, "'%s' is not a fiscal year (expected a year such as 2024 or 2024 (FYTD))".formatted(text));
        }
        fiscalYears.put(text, year);
        return year;
    }

    /** The calendar month of a {@code Month (abbv)} cell in fiscal year {@code fiscalYear}. */
    YearMonth calendarMonth(CsvRow row, int column, int fiscalYear) {
        String text = row.field(column);
        Month month = MONTHS.get(text);
        if (month == null) {
            month = MONTHS.get(text.trim().toUpperCase(Locale.ROOT));
            if (month == null) {
                throw row.reject(
                        column,
                        "'%s' is not a month (expected one of OCT, NOV, DEC, JAN, FEB, MAR, APR, MAY, JUN, JUL, AUG, SEP)"
                                .formatted(text));
            }
        }
        YearMonth[] months = calendarMonths[fiscalYear - FIRST_YEAR];
        if (months == null) {
            months = new YearMonth[12];
            calendarMonths[fiscalYear - FIRST_YEAR] = months;
        }
        int index = month.getValue() - 1;
        if (months[index] == null) {
            int calendarYear = month.getValue() >= Month.OCTOBER.getValue() ? fiscalYear - 1 : fiscalYear;
            months[index] = YearMonth.of(calendarYear, month);
        }
        return months[index];
    }

    /** {@code FYTD} or {@code Remaining}, as the shared constant. */
    String grouping(CsvRow row, int column) {
        String text = row.field(column);
        if (text.equals(FISCAL_YEAR_TO_DATE) || text.trim().equalsIgnoreCase(FISCAL_YEAR_TO_DATE)) {
            return FISCAL_YEAR_TO_DATE;
        }
        if (text.equals(REMAINING) || text.trim().equalsIgnoreCase(REMAINING)) {
            return REMAINING;
        }
        throw row.reject(column, "'%s' is not a month grouping (expected FYTD or Remaining)".formatted(text));
    }

    /** The year, or -1 when the text is not {@code YYYY} or {@code YYYY (FYTD)} within range. */
    private static int parseFiscalYear(String text) {
        String trimmed = text.trim();
        String digits = trimmed.endsWith(PARTIAL_YEAR_SUFFIX)
                ? trimmed.substring(0, trimmed.length() - PARTIAL_YEAR_SUFFIX.length())
                        .trim()
                : trimmed;
        if (digits.length() != 4) {
            return -1;
        }
        int year = 0;
        for (int i = 0; i < 4; i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            year = year * 10 + (c - '0');
        }
        return year >= FIRST_YEAR && year <= LAST_YEAR ? year : -1;
    }

    private static Map<String, Month> monthsByAbbreviation() {
        Map<String, Month> months = new HashMap<>();
        for (Month month : Month.values()) {
            months.put(month.name().substring(0, 3), month);
        }
        return Map.copyOf(months);
    }
}
