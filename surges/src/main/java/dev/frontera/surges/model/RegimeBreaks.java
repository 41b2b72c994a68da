package dev.frontera.surges.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * The policy breaks the model treats as known interventions. At each, the level of the series
 * jumps for reasons no season explains, so the month-on-month steps that cross a break (the
 * break month, which is partly before and partly after, and the month after it) are left out of
 * the seasonal estimate, the momentum of a step across a break is not carried forward, and a
 * forecast made in a break month starts from the days after the break (see {@link Components}).
 *
 * <ul>
 * <li>2020-03-21: Title 42 expulsions begin, with the pandemic's closures of the land ports.</li>
 * <li>2023-05-12: the first day after Title 42 ended (11 May 2023, 23:59 Eastern).</li>
 * <li>2024-06-05: the presidential proclamation on the southern border takes effect.</li>
 * <li>2025-01-20: the new administration's border measures.</li>
 * </ul>
 *
 * <p>Each break is used only by forecasts made from its month on: a forecast never knows a break
 * before it happened.
 */
public final class RegimeBreaks {
    /** The first day under each new regime. */
    public static final List<LocalDate> FIRST_DAYS = List.of(
            LocalDate.of(2020, 3, 21), LocalDate.of(2023, 5, 12), LocalDate.of(2024, 6, 5), LocalDate.of(2025, 1, 20));

    /** The first month each break touched. */
    public static final List<YearMonth> MONTHS =
            FIRST_DAYS.stream().map(YearMonth::from).toList();

    /** The Title 42 period, reported apart in the backtest. */
    public static final YearMonth TITLE_42_FIRST = YearMonth.of(2020, 3);

    public static final YearMonth TITLE_42_LAST = YearMonth.of(2023, 5);

    private RegimeBreaks() {}

    /** Whether the step into {@code month} (from the month before) crosses a break. */
    public static boolean crossesBreak(YearMonth month) {
        for (YearMonth broken : MONTHS) {
            if (month.equals(broken) || month.equals(broken.plusMonths(1))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a break happened during {@code month}. */
    public static boolean isBreakMonth(YearMonth month) {
        return MONTHS.contains(month);
    }

    /** The first day under the new regime, when a break happened during {@code month}. */
    public static Optional<LocalDate> firstDayIn(YearMonth month) {
        return FIRST_DAYS.stream()
                .filter(day -> YearMonth.from(day).equals(month))
                .findFirst();
    }

    public static boolean inTitle42(YearMonth month) {
        return !month.isBefore(TITLE_42_FIRST) && !month.isAfter(TITLE_42_LAST);
    }
}
