package dev.frontera.claims.internal.extract;

import dev.frontera.text.MonthNames;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a year ends or begins is no period of a figure: "fiscal year 2019, which ends in
 * September", "fiscal 2024, which ended Sept. 30", "so far this fiscal year, which runs through
 * Sept. 30". Such a month would otherwise be the period nearest the number, or the day a count to
 * date runs through.
 */
final class YearBoundaryRule {
    private static final Pattern BOUNDARY =
            Pattern.compile("(?i)\\b(?:year|fiscal|fy)(?:\\s?\\d{2,4})?\\b,?\\s+(?:which|that)\\s+"
                    + "(?:ends|ended|runs|ran|begins|began|starts|started)\\s+(?:on\\s+|in\\s+|through\\s+|until\\s+)?("
                    + MonthNames.PATTERN
                    + "(?:\\s+\\d{1,2}\\b)?)");

    private YearBoundaryRule() {}

    /** The sentence with each such month (and day) blanked to spaces, so every other offset stays. */
    static String blank(String sentence) {
        Matcher matcher = BOUNDARY.matcher(sentence);
        if (!matcher.find()) {
            return sentence;
        }
        StringBuilder blanked = new StringBuilder(sentence);
        do {
            for (int i = matcher.start(1); i < matcher.end(1); i++) {
                blanked.setCharAt(i, ' ');
            }
        } while (matcher.find());
        return blanked.toString();
    }
}
