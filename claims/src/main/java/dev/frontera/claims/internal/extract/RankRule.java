package dev.frontera.claims.internal.extract;

import dev.frontera.claims.internal.numbers.SpelledNumbers;
import dev.frontera.core.dimension.Dimension;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds claims that a place or group ranks among its peers, with no count: "the 3rd busiest border
 * sector", "the second-largest nationality", "the busiest sector", "more migrants than any other
 * Border Patrol sector", "the most apprehensions of any sector", "Venezuelans were the second-largest
 * group". The peers must be named, and be
 * one (a sector, a field office, a nationality): "the busiest month" ranks periods, which is a
 * record claim, and "one of the busiest sectors" claims no place.
 */
final class RankRule {
    private static final String ORDINAL =
            "(\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)";
    private static final String PEER =
            "(sector|field office|nationality|citizenship|country of origin|source country|country"
                    + "|group of nationals|nationality group|national group|group)";
    // A few words may stand between the superlative and the peer ("busiest Border Patrol sector"), not a clause.
    private static final String WORDS = "(?:[\\p{L}.’']+\\s+){0,3}?";
    private static final Pattern SUPERLATIVE =
            // "Once the busiest sector": a rank held in the past, at no period the sentence names.
            Pattern.compile("(?i)(?<!\\bone of )(?<!\\bamong )(?<!\\bonce )(?<!\\bformerly )(?<!\\bpreviously )"
                    + "(?<!\\blong )\\bthe\\s+(?:" + ORDINAL
                    + "[\\s-]+)?(busiest|largest|biggest|highest|most active|most common|leading|top"
                    + "|least busy|least active|quietest|smallest|lowest)\\s+"
                    // "The busiest month in the sector's history" ranks periods: a record, not a rank among sectors.
                    + "(?!(?:month|year|day|week|quarter|period)s?\\b)" + WORDS + PEER + "\\b(?!s)(?![’']s\\b)");
    private static final Pattern ANY_OTHER =
            Pattern.compile("(?i)\\b(more|fewer|most|fewest)\\s+(?:[\\p{L}-]+\\s+){0,4}?"
                    + "(?:than|of)\\s+any\\s+(?:other\\s+)?" + WORDS + PEER + "\\b");

    /** A rank claim found in a sentence: where, and what it claims. */
    record Found(int start, int end, RankWords words) {}

    /**
     * The rank claims of a sentence. "The second-largest group" ranks nationalities only when the
     * sentence names one ("Venezuelans were the second-largest group"); single adults being "the
     * largest group" ranks demographics, which this does not check.
     */
    List<Found> find(String sentence, boolean namesNationality) {
        List<Found> found = new ArrayList<>();
        Matcher matcher = SUPERLATIVE.matcher(sentence);
        while (matcher.find()) {
            String superlative = matcher.group(2).toLowerCase(Locale.ROOT);
            boolean highest = !(superlative.startsWith("least")
                    || superlative.equals("quietest")
                    || superlative.equals("smallest")
                    || superlative.equals("lowest"));
            int place = matcher.group(1) == null ? 1 : SpelledNumbers.count(matcher.group(1));
            if (place < 1 || (matcher.group(3).equalsIgnoreCase("group") && !namesNationality)) {
                continue;
            }
            found.add(
                    new Found(matcher.start(), matcher.end(), new RankWords(place, highest, peers(matcher.group(3)))));
        }
        matcher = ANY_OTHER.matcher(sentence);
        while (matcher.find()) {
            String which = matcher.group(1).toLowerCase(Locale.ROOT);
            boolean highest = which.equals("more") || which.equals("most");
            if (matcher.group(2).equalsIgnoreCase("group") && !namesNationality) {
                continue;
            }
            found.add(new Found(matcher.start(), matcher.end(), new RankWords(1, highest, peers(matcher.group(2)))));
        }
        return found;
    }

    private static Dimension peers(String noun) {
        String lower = noun.toLowerCase(Locale.ROOT);
        return lower.equals("sector") || lower.equals("field office") ? Dimension.AREA : Dimension.CITIZENSHIP;
    }
}
