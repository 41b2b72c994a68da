package dev.frontera.surges.digest;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Numbers and months as sentences write them: {@code 301,981}, {@code December 2023}, {@code +31%}. */
public final class Wording {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private Wording() {}

    public static String month(YearMonth month) {
        return MONTH.format(month);
    }

    public static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** A model's figure, rounded to three significant digits: it is not a count. */
    public static String estimate(double value) {
        if (value < 100) {
            return String.format(Locale.ROOT, "%,d", Math.round(value));
        }
        double scale = Math.pow(10, Math.floor(Math.log10(value)) - 2);
        return String.format(Locale.ROOT, "%,d", Math.round(Math.round(value / scale) * scale));
    }

    public static String percent(double percent) {
        return String.format(Locale.ROOT, Math.abs(percent) < 10 ? "%.1f%%" : "%.0f%%", Math.abs(percent));
    }

    public static String signedPercent(double percent) {
        return (percent >= 0 ? "+" : "-") + percent(percent);
    }

    public static String signed(long change) {
        return String.format(Locale.ROOT, "%+,d", change);
    }

    public static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Months between two months, in words: {@code 4 years and 2 months}. */
    public static String span(YearMonth from, YearMonth to) {
        long months = java.time.temporal.ChronoUnit.MONTHS.between(from, to) + 1;
        long years = months / 12;
        long rest = months % 12;
        if (years == 0) {
            return months + (months == 1 ? " month" : " months");
        }
        String text = years + (years == 1 ? " year" : " years");
        return rest == 0 ? text : text + " and " + rest + (rest == 1 ? " month" : " months");
    }
}
