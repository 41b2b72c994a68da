package dev.frontera.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the day a sentence names ("on Christmas Eve", "on Friday", "December 24", "Dec. 24", "yesterday")
 * as the latest such day on or before the publication date, the way a reporter means it.
 */
public final class DateWords {
    private static final Pattern HOLIDAY = Pattern.compile(
            "\\b(Christmas Eve|Christmas Day|Christmas|New Year's Eve|New Year’s Eve|New Year's Day|New Year’s Day)\\b");
    private static final Pattern WEEKDAY =
            Pattern.compile("\\b(?:on|last|this past) (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    // A capitalised month name or abbreviation: "may" in lower case is a verb.
    private static final String MONTH = "(?=\\p{Lu})(?i:" + MonthNames.PATTERN + ")";
    private static final Pattern MONTH_DAY =
            Pattern.compile("\\b(" + MONTH + ")\\.? (\\d{1,2})\\b|\\b(\\d{1,2}) (" + MONTH + ")(?!\\p{L})");
    private static final Pattern RELATIVE = Pattern.compile("\\b(yesterday|today)\\b", Pattern.CASE_INSENSITIVE);

    private DateWords() {}

    /** The day named in {@code sentence}, resolved against {@code published}, if any. */
    public static Optional<LocalDate> find(String sentence, LocalDate published) {
        Matcher holiday = HOLIDAY.matcher(sentence);
        if (holiday.find()) {
            String name = holiday.group(1).replace('’', '\'');
            MonthDay day = switch (name) {
                case "Christmas Eve" -> MonthDay.of(12, 24);
                case "Christmas Day", "Christmas" -> MonthDay.of(12, 25);
                case "New Year's Eve" -> MonthDay.of(12, 31);
                default -> MonthDay.of(1, 1);
            };
            return Optional.of(latest(day, published));
        }
        Matcher monthDay = MONTH_DAY.matcher(sentence);
        if (monthDay.find()) {
            String month = monthDay.group(1) != null ? monthDay.group(1) : monthDay.group(4);
            String day = monthDay.group(2) != null ? monthDay.group(2) : monthDay.group(3);
            int dayOfMonth = Integer.parseInt(day);
            Month parsed = Month.of(MonthNames.number(month).orElseThrow());
            if (dayOfMonth >= 1 && dayOfMonth <= parsed.maxLength()) {
                return Optional.of(latest(MonthDay.of(parsed, dayOfMonth), published));
            }
        }
        Matcher weekday = WEEKDAY.matcher(sentence);
        if (weekday.find()) {
            DayOfWeek day = DayOfWeek.valueOf(weekday.group(1).toUpperCase(Locale.ROOT));
            return Optional.of(published.with(TemporalAdjusters.previousOrSame(day)));
        }
        Matcher relative = RELATIVE.matcher(sentence);
        if (relative.find()) {
            return Optional.of(relative.group(1).equalsIgnoreCase("yesterday") ? published.minusDays(1) : published);
        }
        return Optional.empty();
    }

    private static LocalDate latest(MonthDay day, LocalDate published) {
        LocalDate sameYear = day.isValidYear(published.getYear())
                ? day.atYear(published.getYear())
                : day.atYear(published.getYear() - 1);
        return sameYear.isAfter(published) ? day.atYear(published.getYear() - 1) : sameYear;
    }
}
