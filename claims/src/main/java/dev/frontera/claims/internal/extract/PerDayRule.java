package dev.frontera.claims.internal.extract;

import dev.frontera.claims.internal.numbers.Quantity;
import java.util.regex.Pattern;

/**
 * Fires when a number is a daily rate: "10,000 a day", "each day", "per day", "a daily average of",
 * "the daily average ... fell to 5,800".
 */
final class PerDayRule {
    // Not past another figure ("10,960 encounters in November, an average of about 365 per day": the 365 is the
    // rate), save the other end of a range ("8,000 to 10,000 a day").
    private static final Pattern AFTER = Pattern.compile("(?i)^(?:\\s*(?:-|–|to|or|and)\\s*[\\d,.]+)?[^.;\\d]{0,60}?"
            + "\\b(?:a|per|each|every)\\s+day\\b|^\\s*(?:\\p{L}+\\s+){0,3}daily\\b|^\\s*/\\s*day\\b");
    private static final Pattern BEFORE = Pattern.compile(
            "(?i)\\b(?:daily|per-day|a day on average|average of|averaging|averaged|average)\\s+(?:\\p{L}+\\s+){0,3}$");

    public boolean fires(String sentence, Quantity quantity) {
        String after = sentence.substring(quantity.end());
        String before = sentence.substring(Math.max(0, quantity.start() - 40), quantity.start());
        if (AFTER.matcher(after).find()) {
            return true;
        }
        return BEFORE.matcher(before).find()
                        && before.toLowerCase(java.util.Locale.ROOT).contains("daily")
                || DAILY_AVERAGE_BEFORE.matcher(before).matches()
                || DAILY_SUBJECT_BEFORE
                        .matcher(sentence.substring(Math.max(0, quantity.start() - 160), quantity.start()))
                        .find();
    }

    // "The daily average of encounters at the southwest border fell to about 5,800": the subject names the rate,
    // and the verb straight before the number gives its level.
    private static final Pattern DAILY_SUBJECT_BEFORE =
            Pattern.compile("(?i)\\b(?:average daily|daily average|daily rate|daily count|daily total)\\b[^.;,]{0,100}?"
                    + "\\b(?:was|were|is|stood at|reached|hit|averaged|totaled|(?:fell|dropped|declined|sank|rose|climbed"
                    + "|jumped|grew|increased|decreased|slipped|dipped) to)\\s+(?:about|roughly|around|nearly|almost"
                    + "|more than|over|just over|just under|some|approximately|an estimated)?\\s*$");
    // Compiled once: these run for every number found.
    private static final Pattern DAILY_AVERAGE_BEFORE =
            Pattern.compile("(?is).*\\bdaily average of\\s*(?:about|more than|nearly|over|some)?\\s*$");
}
