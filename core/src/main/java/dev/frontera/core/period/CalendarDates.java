package dev.frontera.core.period;

import dev.frontera.core.Excerpt;
import dev.frontera.core.FronteraException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule for a day a person gives (a publication date, {@code --as-of}, a movement's first
 * report): {@code YYYY-MM-DD}, a real day, in the years 1900 to 2100 that periods use too. ISO's
 * wider forms ({@code +12024-01-01}) and year 1 are typing mistakes, not dates anyone means.
 */
public final class CalendarDates {
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private CalendarDates() {}

    /** Reads {@code text} as a day; {@code name} says what it is in the message ({@code "--published"}). */
    public static LocalDate parse(String name, String text) {
        String value = text == null ? "" : text.strip();
        Matcher matcher = DAY.matcher(value);
        if (!matcher.matches()) {
            throw FronteraException.invalid(
                    "%s %s is not a date: write it YYYY-MM-DD, e.g. 2023-12-28", name, Excerpt.quoted(value));
        }
        LocalDate date;
        try {
            date = LocalDate.of(
                    Integer.parseInt(matcher.group(1)),
                    Integer.parseInt(matcher.group(2)),
                    Integer.parseInt(matcher.group(3)));
        } catch (DateTimeException e) {
            throw FronteraException.invalid("%s %s is not a day of the calendar", name, Excerpt.quoted(value));
        }
        return check(name, date);
    }

    /** {@code date} when it lies between {@link #EARLIEST} and {@link #LATEST}; otherwise a 400-style error. */
    public static LocalDate check(String name, LocalDate date) {
        if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
            throw FronteraException.invalid(
                    "%s %s is outside the years %d to %d", name, date, EARLIEST.getYear(), LATEST.getYear());
        }
        return date;
    }
}
