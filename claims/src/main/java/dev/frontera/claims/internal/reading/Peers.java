package dev.frontera.claims.internal.reading;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The places or groups a rank sets the ranked one against: "Yuma remained the 3rd busiest sector,
 * behind only the Rio Grande Valley and Del Rio sectors", "Hondurans were third, after Mexicans and
 * Venezuelans", "Cubans overtook Guatemalans as the second-largest". They are the list straight after
 * "behind", "after", "ahead of", "overtook" and the like, its
 * names joined by commas and a last "and"; a peer is never the one ranked. "Behind Rio Grande
 * Valley, Del Rio was second" has no "and", so the list is its first name alone.
 */
final class Peers {
    // "Cubans overtook Guatemalans as the second-largest": the one overtaken is a peer ("was overtaken by" names none).
    private static final Pattern WORD = Pattern.compile("(?i)\\b(?:behind|trailing|ahead of|followed by|surpassing"
            + "|outpacing|after|overtook|overtaken|overtakes|overtaking|surpassed|surpasses|outpaced|outnumbered|edged out"
            + "|eclipsed|displaced|replaced)\\b");
    private static final Pattern COUNT_WORD =
            Pattern.compile("(?i)\\b(?:behind|trailing|ahead of|followed by|surpassing|outpacing)\\b");
    // Between the word and the list's first name; between two names of the list.
    private static final Pattern LEAD = Pattern.compile(
            "(?i)\\s+(?:only\\s+)?(?:the\\s+)?(?:(?:citizens|nationals|migrants|people|those)\\s+(?:of|from)\\s+)?");
    private static final Pattern JOIN =
            Pattern.compile("(?i)(?:\\s+(?:sectors?|field offices?))?\\s*,?\\s*(?:(?:and|or)\\s+)?(?:the\\s+)?");
    private static final Pattern AND = Pattern.compile("(?i)\\b(?:and|or)\\b");

    private Peers() {}

    static <T> Set<T> named(String text, List<T> mentions, ToIntFunction<T> start, ToIntFunction<T> end) {
        return named(WORD, text, mentions, start, end);
    }

    /**
     * The places set against a count ("nearly 481,000, just ahead of the Rio Grande Valley"): as for
     * a rank, but not after "after", which beside a count is more often time ("after El Paso recorded
     * 54,000") than order.
     */
    static <T> Set<T> setAgainstCount(String text, List<T> mentions, ToIntFunction<T> start, ToIntFunction<T> end) {
        return named(COUNT_WORD, text, mentions, start, end);
    }

    private static <T> Set<T> named(
            Pattern words, String text, List<T> mentions, ToIntFunction<T> start, ToIntFunction<T> end) {
        List<T> ordered =
                mentions.stream().sorted(Comparator.comparingInt(start)).toList();
        Set<T> peers = new HashSet<>();
        Matcher word = words.matcher(text);
        while (word.find()) {
            int at = word.end();
            List<T> list = new ArrayList<>();
            int throughAnd = 0;
            for (T mention : ordered) {
                if (start.applyAsInt(mention) < at) {
                    continue;
                }
                String gap = text.substring(at, start.applyAsInt(mention));
                boolean first = list.isEmpty();
                if (!(first ? LEAD : JOIN).matcher(gap).matches()) {
                    break;
                }
                list.add(mention);
                if (!first && AND.matcher(gap).find()) {
                    throughAnd = list.size();
                }
                at = end.applyAsInt(mention);
            }
            peers.addAll(list.subList(0, Math.max(Math.min(1, list.size()), throughAnd)));
        }
        return peers;
    }
}
