package dev.frontera.surges.model;

import java.time.YearMonth;
import java.util.List;

/**
 * The policy breaks the model treats as known interventions. At each, the level of the series
 * jumps for reasons no season explains, so the month-on-month steps that cross a break (the
 * break month, which is partly before and partly after, and the month after it) are left out of
 * the seasonal estimate, and the momentum of a step across a break is not carried forward.
 *
 * <ul>
 * <li>2020-03: Title 42 expulsions begin (21 March 2020), with the pandemic's closures.</li>
 * <li>2023-05: Title 42 ends (11 May 2023).</li>
 * <li>2024-06: the presidential proclamation on the southern border (4 June 2024).</li>
 * <li>2025-01: the new administration's border measures (20 January 2025).</li>
 * </ul>
 */
public final class RegimeBreaks {
    /** The first month each break touched. */
    public static final List<YearMonth> MONTHS = List.of(YearMonth.of(2020, 3), YearMonth.of(2023, 5),
            YearMonth.of(2024, 6), YearMonth.of(2025, 1));

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

    public static boolean inTitle42(YearMonth month) {
        return !month.isBefore(TITLE_42_FIRST) && !month.isAfter(TITLE_42_LAST);
    }
}
