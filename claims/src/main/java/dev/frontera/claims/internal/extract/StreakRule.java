package dev.frontera.claims.internal.extract;

import dev.frontera.claims.internal.numbers.Quantity;
import dev.frontera.claims.internal.numbers.SpelledNumbers;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the words that make a bound a claim about every month of a run ({@link Streak}), in the
 * number's own clause: "the third month in a row", "for five consecutive months", "the second
 * straight month", "every month since March", a bound kept since a date ("have stayed below 10,000
 * since February"), and a denied bound with "since" ("hasn't apprehended
 * fewer than 148,000 ... since February 2021", "has not dropped below"). Only a bound makes a streak:
 * "100,000 for the third month in a row" with no "more than" says nothing of the months before.
 */
final class StreakRule {
    private static final String COUNT = "(\\d{1,2}(?:st|nd|rd|th)?|[a-z]+)";
    private static final Pattern RUN = Pattern.compile(
            "(?i)\\b" + COUNT
                    + "(?:\\s+|-)(?:(?:straight|consecutive|successive)\\s+months?\\b|months?\\s+(?:in\\s+a\\s+row|running)\\b)");
    // "Every month since March", "in each of the last three months of fiscal 2022".
    private static final Pattern EVERY_MONTH =
            Pattern.compile("(?i)\\b(?:every|each)\\s+(?:single\\s+)?month\\s+(since|of|in|during)\\b"
                    + "|\\beach\\s+of\\s+(?:the\\s+|those\\s+)?(?:(?:last|past|first|final|previous)\\s+)?"
                    + "(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})\\s+months\\b");
    private static final Pattern DENIED = Pattern.compile(
            "(?i)\\b(?:has|have|had)n[’']?t\\b|\\b(?:has|have|had)\\s+not\\b|\\bnever\\b|\\bnot\\s+once\\b");
    private static final Pattern SINCE = Pattern.compile("(?i)\\bsince\\b");
    // "Averaged more than 180,000 each month in fiscal 2022" bounds the average, not every month.
    private static final Pattern AVERAGED = Pattern.compile("(?i)\\baverag(?:ed|es|ing)\\b|\\ban average of\\b");
    // "Have stayed below 10,000 since February": a bound kept through a run.
    private static final Pattern STAYED = Pattern.compile(
            "(?i)\\b(?:stayed|remained|held|kept|hovered|stuck)\\s+"
                    + "(?:(?:well|far|just|firmly)\\s+)?(?:below|under|beneath|above|over|more than|less than|fewer than)\\s+$");
    // The clause a number's streak words must share with it: no sentence break or semicolon between.
    private static final int REACH = 90;
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;:]|\\.\\s");

    /** A streak found beside a number, and where its phrase starts: at the denial, for a denied bound. */
    record Found(Streak streak, int phraseStart) {}

    /** The streak the words around {@code quantity} claim, if any; {@code bound} is the bound its words put on it. */
    Optional<Found> find(String sentence, Quantity quantity, Qualifier bound) {
        if (!isBound(bound) || quantity.form() != Quantity.Form.COUNT) {
            return Optional.empty();
        }
        int from = clauseStart(sentence, quantity.start());
        int to = clauseEnd(sentence, quantity.end());
        String before = sentence.substring(from, quantity.start());
        String after = sentence.substring(quantity.end(), to);
        String clause = before + " " + after;
        int start = quantity.start();
        if (AVERAGED.matcher(before).find()) {
            return Optional.empty();
        }
        Matcher run = RUN.matcher(clause);
        while (run.find()) {
            int months = SpelledNumbers.count(run.group(1));
            if (months >= 2 && months <= 36) {
                return Optional.of(new Found(new Streak(months, false, false), start));
            }
        }
        Matcher every = EVERY_MONTH.matcher(clause);
        if (every.find()) {
            boolean since = every.group(1) != null && every.group(1).equalsIgnoreCase("since");
            return Optional.of(new Found(new Streak(0, since, false), start));
        }
        // The "since" may open the sentence, farther back than the clause ("Since Trump took office, ... have stayed").
        if (STAYED.matcher(before).find()
                && SINCE.matcher(sentence.substring(0, to)).find()) {
            return Optional.of(new Found(new Streak(0, true, false), start));
        }
        // "Hasn't apprehended fewer than 148,000 ... since February 2021": the bound is denied for the whole run.
        Matcher denied = DENIED.matcher(before);
        if (denied.find() && SINCE.matcher(after).find()) {
            return Optional.of(new Found(new Streak(0, true, true), from + denied.start()));
        }
        return Optional.empty();
    }

    private static boolean isBound(Qualifier bound) {
        return bound == Qualifier.OVER || bound == Qualifier.AT_LEAST || bound == Qualifier.UNDER;
    }

    private static int clauseStart(String sentence, int at) {
        int from = Math.max(0, at - REACH);
        Matcher matcher = CLAUSE_BREAK.matcher(sentence.substring(from, at));
        int start = from;
        while (matcher.find()) {
            start = from + matcher.end();
        }
        return start;
    }

    private static int clauseEnd(String sentence, int at) {
        int to = Math.min(sentence.length(), at + REACH);
        Matcher matcher = CLAUSE_BREAK.matcher(sentence.substring(at, to));
        return matcher.find() ? at + matcher.start() : to;
    }
}
