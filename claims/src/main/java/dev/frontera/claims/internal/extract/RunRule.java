package dev.frontera.claims.internal.extract;

import dev.frontera.claims.internal.numbers.SpelledNumbers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds runs of monthly changes, claims with no number of their own: "apprehensions fell for the
 * third straight month", "the fifth consecutive monthly drop", "rose for two consecutive months",
 * "three straight months of declines". The claim is that each of the last N months moved that way
 * from the month before. A number between the verb and the run ("fell below 50,000 for the third
 * straight month") makes it a bound on each month, which the number's own claim reads ({@link
 * StreakRule}).
 */
final class RunRule {
    private static final String FALLING = "fell|fallen|falling|dropped|dropping|declined|declining|decreased|decreasing"
            + "|dipped|slid|sliding|eased|shrank|went down|gone down";
    private static final String RISING =
            "rose|risen|rising|increased|increasing|climbed|climbing|grew|growing|jumped|went up|gone up|ticked up";
    private static final String COUNT = "(\\d{1,2}(?:st|nd|rd|th)?|[a-z]+)";
    private static final String RUN = "(?:straight|consecutive|successive)";
    // "Fell for the third straight month", "declined for a fourth consecutive month", "rose for the second month in a
    // row".
    private static final Pattern VERB_FOR_NTH = Pattern.compile("(?i)\\b(" + FALLING + "|" + RISING
            + ")\\b([^.;:]{0,60}?)\\bfor\\s+(?:the|a|an)\\s+" + COUNT
            + "(?:\\s+|-)(?:" + RUN + "\\s+month\\b|months?\\s+in\\s+a\\s+row\\b)");
    // "Declined for three consecutive months", "has risen three months in a row".
    private static final Pattern VERB_FOR_N = Pattern.compile("(?i)\\b(" + FALLING + "|" + RISING
            + ")\\b([^.;:]{0,60}?)\\b(?:for\\s+)?" + COUNT
            + "(?:\\s+|-)(?:" + RUN + "\\s+months\\b|months\\s+in\\s+a\\s+row\\b)");
    // "The fifth consecutive monthly drop", "three straight months of declines".
    private static final Pattern NOUN = Pattern.compile("(?i)\\b" + COUNT + "(?:\\s+|-)" + RUN
            + "\\s+(?:monthly\\s+(drop|decline|decrease|fall|dip|increase|rise|gain|jump)"
            + "|months\\s+of\\s+(drops|declines|decreases|falls|increases|rises|gains))\\b");
    private static final Pattern FALLING_WORD =
            Pattern.compile("(?i)^(?:" + FALLING + "|drops?|declines?|decreases?|falls?|dips?)$");
    private static final int MOST_CHANGES = 24;

    /** A run found in a sentence: where, which way, and how many monthly changes it claims. */
    record Found(int start, int end, int direction, int changes) {}

    List<Found> find(SentenceMentions mentions) {
        String text = mentions.text();
        List<Found> found = new ArrayList<>();
        for (Pattern pattern : List.of(VERB_FOR_NTH, VERB_FOR_N)) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                // "Fell below 50,000 for the third straight month" is a bound on each month, the number's claim.
                int gapStart = matcher.start(2);
                if (mentions.figureBetween(gapStart, matcher.end(2)) || overlaps(found, matcher.start())) {
                    continue;
                }
                add(found, matcher.start(), matcher.end(), matcher.group(1), matcher.group(3));
            }
        }
        Matcher matcher = NOUN.matcher(text);
        while (matcher.find()) {
            if (!overlaps(found, matcher.start())) {
                String word = matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
                add(found, matcher.start(), matcher.end(), word, matcher.group(1));
            }
        }
        return found;
    }

    private static void add(List<Found> found, int start, int end, String word, String count) {
        int changes = SpelledNumbers.count(count);
        if (changes < 2 || changes > MOST_CHANGES) {
            return; // "the first straight month" is no run, and a count past two years is no month's claim
        }
        String lower = word.toLowerCase(Locale.ROOT);
        int direction = FALLING_WORD.matcher(lower).matches() ? -1 : 1;
        found.add(new Found(start, end, direction, changes));
    }

    private static boolean overlaps(List<Found> found, int start) {
        return found.stream().anyMatch(f -> start >= f.start() && start < f.end());
    }
}
