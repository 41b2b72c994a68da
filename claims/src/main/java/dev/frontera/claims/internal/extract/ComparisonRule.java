package dev.frontera.claims.internal.extract;

import dev.frontera.claims.internal.numbers.Quantity;
import dev.frontera.core.period.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds comparisons between two periods that give no number: "slightly less than September
 * 2020", "higher than those for the same period in 2023", "fewer crossings than in June". The
 * comparative must name its base period right after "than" (or "compared with"); a number before
 * it ("78 percent less than", "2,300 fewer than") or after it ("more than 50,000 in June") makes
 * it a change or a bound, which the figure's own claim reads. Every period that stands after a
 * comparing word ("than", "similar to") is a base, not the period the claim is about: "That is
 * similar to July and August, slightly less than September 2020" is about neither.
 */
final class ComparisonRule {
    private static final Pattern COMPARATIVE =
            Pattern.compile("(?i)\\b(?:(slightly|somewhat|a (?:little|bit|tad)|marginally"
                    + "|barely|just)\\s+)?(?:(?:much|far|well|significantly|considerably|substantially|even|still)\\s+)?"
                    + "(less|lower|fewer|more|higher|greater|above|below)\\s+(?:(?!than\\b)[\\p{L}’']+\\s+){0,3}?"
                    + "(?:than|compared (?:to|with))\\s+");
    private static final Pattern COMPARED_TO = Pattern.compile(
            "(?i)\\b(?:than|similar to|compared (?:to|with)|versus|vs\\.?|on par with|in line with)\\s+");
    // "More than any", "higher than ever": a record or a rank, not two periods.
    private static final Pattern NOT_A_PERIOD = Pattern.compile("(?i)^(?:any|ever|all|every|usual|normal|expected)\\b");
    private static final Pattern WORDS_ONLY = Pattern.compile("(?i)\\s*(?:[\\p{L}%-]+\\s+){0,3}");
    private static final int REACH = 45;

    /** A comparison found in a sentence: where, which way, whether "slightly", its base periods and every base mention. */
    record Found(int start, int end, int direction, boolean close, List<Period> bases, Set<Integer> baseMentions) {}

    List<Found> find(SentenceMentions mentions) {
        String text = mentions.text();
        List<Found> found = new ArrayList<>();
        Matcher matcher = COMPARATIVE.matcher(text);
        while (matcher.find()) {
            String after = text.substring(matcher.end());
            if (NOT_A_PERIOD.matcher(after).find() || numberBefore(mentions, matcher.start())) {
                continue;
            }
            List<Period> bases = new ArrayList<>();
            int end = -1;
            for (PeriodRule.Located located : mentions.periods()) {
                if (isBase(mentions, matcher.end(), located)) {
                    bases.add(located.mention().periods().get(0));
                    end = Math.max(end, located.end());
                }
            }
            if (bases.isEmpty()) {
                continue;
            }
            String comparative = matcher.group(2).toLowerCase(Locale.ROOT);
            int direction = Set.of("less", "lower", "fewer", "below").contains(comparative) ? -1 : 1;
            found.add(new Found(
                    matcher.start(), end, direction, matcher.group(1) != null, bases, baseMentions(mentions)));
        }
        return found;
    }

    /** The start of every period written after a comparing word: those are bases, whichever comparison they serve. */
    private static Set<Integer> baseMentions(SentenceMentions mentions) {
        Set<Integer> starts = new HashSet<>();
        Matcher matcher = COMPARED_TO.matcher(mentions.text());
        while (matcher.find()) {
            for (PeriodRule.Located located : mentions.periods()) {
                if (isBase(mentions, matcher.end(), located)) {
                    starts.add(located.start());
                }
            }
        }
        return starts;
    }

    /** A whole period written soon after the comparing word, with no figure and no clause between. */
    private static boolean isBase(SentenceMentions mentions, int from, PeriodRule.Located located) {
        int gap = located.start() - from;
        if (gap < 0
                || gap > REACH
                || !located.mention().stated()
                || located.mention().partial().isPresent()) {
            return false;
        }
        String between = mentions.text().substring(from, located.start());
        return !mentions.figureBetween(from, located.start()) && !between.matches("(?s).*[;:,(].*");
    }

    /**
     * "78 percent less than", "2,300 fewer crossings than": a number a few words before the
     * comparative is its own claim. A year inside a period ("September 2024 were lower") is not.
     */
    private static boolean numberBefore(SentenceMentions mentions, int start) {
        for (Quantity quantity : mentions.quantities()) {
            if (quantity.end() > start || start - quantity.end() > 30) {
                continue;
            }
            boolean inPeriod = mentions.periods().stream()
                    .anyMatch(p -> p.start() <= quantity.start() && p.end() >= quantity.end());
            if (!inPeriod
                    && WORDS_ONLY
                            .matcher(mentions.text().substring(quantity.end(), start))
                            .matches()) {
                return true;
            }
        }
        return false;
    }
}
