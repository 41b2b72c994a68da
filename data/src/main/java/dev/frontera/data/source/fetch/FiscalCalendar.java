package dev.frontera.data.source.fetch;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

/** Months as the publishers name them: {@code nov}, {@code november}, and fiscal years that start in October. */
final class FiscalCalendar {
    private FiscalCalendar() {}

    /** A month of a fiscal year: October to December of FY N fall in calendar year N - 1. */
    static YearMonth fiscalMonth(int fiscalYear, Month month) {
        int calendarYear = month.getValue() >= Month.OCTOBER.getValue() ? fiscalYear - 1 : fiscalYear;
        return YearMonth.of(calendarYear, month);
    }

    /** The last month of a fiscal year. */
    static YearMonth lastMonth(int fiscalYear) {
        return YearMonth.of(fiscalYear, Month.SEPTEMBER);
    }

    /** {@code nov} or {@code november} (any case), in English whatever the default locale. */
    static Optional<Month> month(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (wanted.equals(full) || wanted.equals(full.substring(0, 3))) {
                return Optional.of(month);
            }
        }
        return Optional.empty();
    }

    /** Two-digit years in file names ({@code fy26}) are this century's. */
    static int century(String twoDigits) {
        return 2000 + Integer.parseInt(twoDigits);
    }
}
