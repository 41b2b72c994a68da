package dev.frontera.data.source;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Estimates a publication date from a CBP file name. {@code fyAA-fyBB-mmm} means data through
 * month {@code mmm} of fiscal year BB, published about the 15th of the following month; a name
 * without a month is the final release of FY BB, published about mid-November of calendar year BB.
 */
final class ReleaseNameDate {
    private static final Pattern FISCAL_YEARS =
            Pattern.compile("fy(\\d{2})-fy(\\d{2})(?:-(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))?(?=[-_.]|$)");
    private static final int PUBLICATION_DAY = 15;

    private ReleaseNameDate() {}

    static Optional<LocalDate> estimate(String fileName) {
        Matcher matcher = FISCAL_YEARS.matcher(fileName.toLowerCase(Locale.ROOT));
        if (!matcher.find()) {
            return Optional.empty();
        }
        int lastFiscalYear = 2000 + Integer.parseInt(matcher.group(2));
        String month = matcher.group(3);
        if (month == null) {
            return Optional.of(LocalDate.of(lastFiscalYear, Month.NOVEMBER, PUBLICATION_DAY));
        }
        return Optional.of(afterLastMonth(fiscalMonth(lastFiscalYear, month)));
    }

    /** About the 15th of the month after the last month of data. */
    static LocalDate afterLastMonth(YearMonth lastMonth) {
        return lastMonth.plusMonths(1).atDay(PUBLICATION_DAY);
    }

    // A fiscal year runs October to September: October to December of FY N are in calendar year N - 1.
    private static YearMonth fiscalMonth(int fiscalYear, String abbreviation) {
        Month month = switch (abbreviation) {
            case "jan" -> Month.JANUARY;
            case "feb" -> Month.FEBRUARY;
            case "mar" -> Month.MARCH;
            case "apr" -> Month.APRIL;
            case "may" -> Month.MAY;
            case "jun" -> Month.JUNE;
            case "jul" -> Month.JULY;
            case "aug" -> Month.AUGUST;
            case "sep" -> Month.SEPTEMBER;
            case "oct" -> Month.OCTOBER;
            case "nov" -> Month.NOVEMBER;
            case "dec" -> Month.DECEMBER;
            default -> throw new IllegalStateException("pattern admitted month " + abbreviation);
        };
        int calendarYear = month.getValue() >= Month.OCTOBER.getValue() ? fiscalYear - 1 : fiscalYear;
        return YearMonth.of(calendarYear, month);
    }
}
