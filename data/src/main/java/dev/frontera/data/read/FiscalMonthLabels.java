package dev.frontera.data.read;

import dev.frontera.core.query.Family;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

/**
 * Month labels of the DHS workbooks: {@code 01 October} ... {@code 12 September} (KHSM, the
 * number is the month of the fiscal year) or a bare {@code October} (enforcement tables).
 */
final class FiscalMonthLabels {
    private FiscalMonthLabels() {}

    /** The calendar month of a label in fiscal year {@code fiscalYear}, or empty when it is not a month. */
    static Optional<YearMonth> parse(String label, int fiscalYear) {
        String text = label.trim();
        String digits = "";
        int space = text.indexOf(' ');
        if (space > 0 && text.substring(0, space).chars().allMatch(Character::isDigit)) {
            digits = text.substring(0, space);
            text = text.substring(space + 1).trim();
        }
        for (Month month : Month.values()) {
            if (month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).equalsIgnoreCase(text)) {
                int position = (month.getValue() + 2) % 12 + 1; // October is month 1 of the fiscal year
                if (!digits.isEmpty() && Integer.parseInt(digits) != position) {
                    return Optional.empty();
                }
                return Optional.of(calendarMonth(fiscalYear, month));
            }
        }
        return Optional.empty();
    }

    static YearMonth calendarMonth(int fiscalYear, Month month) {
        return YearMonth.of(month.getValue() >= Month.OCTOBER.getValue() ? fiscalYear - 1 : fiscalYear, month);
    }

    /** Where a fiscal-year figure is stored: the fiscal year's September (see {@link Family.Granularity}). */
    static YearMonth fiscalYearMonth(int fiscalYear) {
        return YearMonth.of(fiscalYear, Month.SEPTEMBER);
    }
}
