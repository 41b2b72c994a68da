package dev.frontera.core.query;

import dev.frontera.core.FronteraException;
import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.period.Period;
import java.util.Locale;

/** How the rows of an answer are cut: by time unit, by a dimension, or not at all. */
public sealed interface GroupBy {

    /** One row per month, fiscal year or calendar year. */
    record ByTime(Period.Grouping grouping) implements GroupBy {}

    /** One row per value of a dimension, for the whole period. */
    record ByDimension(Dimension dimension) implements GroupBy {}

    /** Reads {@code month}, {@code fiscal-year}, {@code calendar-year} or a dimension name. */
    static GroupBy parse(String text) {
        String key = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (key) {
            case "month", "monthly" -> new ByTime(Period.Grouping.MONTH);
            case "fiscal-year", "fy", "year" -> new ByTime(Period.Grouping.FISCAL_YEAR);
            case "calendar-year", "cy" -> new ByTime(Period.Grouping.CALENDAR_YEAR);
            default ->
                new ByDimension(Dimension.byParameter(key)
                        .orElseThrow(() -> FronteraException.invalid(
                                "unknown group-by '%s'; valid values: month, fiscal-year, calendar-year, %s",
                                text.trim(), Dimension.parameterNames())));
        };
    }

    /** The name as written in parameters and JSON. */
    default String label() {
        if (this instanceof ByTime time) {
            return switch (time.grouping()) {
                case MONTH -> "month";
                case FISCAL_YEAR -> "fiscal-year";
                case CALENDAR_YEAR -> "calendar-year";
            };
        }
        return ((ByDimension) this).dimension().parameter();
    }
}
