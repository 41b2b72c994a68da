package dev.frontera.data.read;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.dimension.Dimension;
import java.time.YearMonth;

/**
 * One published count in canonical form: a calendar month and the slug of each dimension
 * value. A dimension the family does not publish is {@code null} (unknown, not "all"); the
 * southwest file's region is {@code southwest} because the whole file is.
 */
public record Observation(
        YearMonth month,
        String region,
        String component,
        String area,
        String state,
        String demographic,
        String citizenship,
        String title,
        long count) {

    public Observation {
        requireNonNull(month, "month is null");
        if (count < 0) {
            throw new IllegalArgumentException("count is negative: " + count);
        }
    }

    /** The slug of a dimension's value, or {@code null} when not published. */
    public String value(Dimension dimension) {
        return switch (dimension) {
            case REGION -> region;
            case COMPONENT -> component;
            case AREA -> area;
            case STATE -> state;
            case DEMOGRAPHIC -> demographic;
            case CITIZENSHIP -> citizenship;
            case TITLE -> title;
        };
    }
}
