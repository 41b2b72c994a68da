package dev.frontera.claims.internal.extract;

import dev.frontera.claims.internal.numbers.Quantity;
import dev.frontera.core.dimension.Dimension;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives each number of a sentence the groups of its own clause (and tells where a number's own
 * words lie, which places use too). When a sentence names several
 * groups of one kind beside several numbers ("84,000 were traveling as a family unit, 36,000 were
 * single adults and 11,000 were unaccompanied children"), a number takes the groups named between
 * it and the next number up to a comma, else those between the number before it and itself up to
 * a comma (also when those after it lead straight into the next number: "Mexicans 30,000 and
 * Guatemalans 20,000"); a number with none takes those no other number has beside it, else
 * ("Of the 132,000 who were caught, ...") is the whole. When only one
 * group of a kind is named, every number of the sentence takes it ("a record number of Mexican
 * migrants ... over 190,000").
 */
public final class ClauseGroups {
    private static final java.util.regex.Pattern BACKGROUND =
            java.util.regex.Pattern.compile("(?i)\\bamid(?:st)?\\b|\\bin the midst of\\b"
                    + "|\\b(?:during|after|before)\\s+(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:surge|wave|influx|crisis)\\b"
                    // "8,083 persons, a number that includes family units, children and single adults": its parts.
                    + "|\\binclud(?:es|ed|ing)\\b|\\bmade up of\\b|\\bbroken down (?:into|as)\\b");
    // "Roughly 20% in fiscal 2019, when Guatemalans and Hondurans outnumbered them": a group after the figure, in a
    // "when" clause, is that time's circumstances ("For Venezuelans, when Title 42 ended, ..." keeps its group).
    private static final java.util.regex.Pattern WHEN_CLAUSE = java.util.regex.Pattern.compile(",\\s+when\\b");
    // "Cubans and Venezuelans lead the record ...: The fiscal year closed with some 2.7 million": a colon before a
    // capital starts a sentence of its own.
    private static final java.util.regex.Pattern NEW_SENTENCE = java.util.regex.Pattern.compile(":\\s+\\p{Lu}");
    private static final java.util.regex.Pattern LIST_NEXT =
            java.util.regex.Pattern.compile("(?i)\\s*(?:(?:and|or)\\s+)?");
    private static final java.util.regex.Pattern RESPECTIVELY =
            java.util.regex.Pattern.compile("(?i)\\brespectively\\b");
    // "Nicaraguans for about 164,000": the name, a preposition and a qualifier, then the number.
    private static final java.util.regex.Pattern LEADS_INTO = java.util.regex.Pattern.compile(
            "(?i)[\\s:(]*(?:(?:at|with|for)\\s+)?(?:(?:about|nearly|almost|roughly|around|some|over|more than|just over"
                    + "|just under|approximately)\\s+)?");
    private final String sentence;
    private final List<GroupRule.Mention> mentions;
    private final List<Quantity> quantities;

    public ClauseGroups(String sentence, List<GroupRule.Mention> mentions, List<Quantity> quantities) {
        this.sentence = sentence;
        this.mentions = mentions;
        this.quantities = quantities;
    }

    /** The groups of the whole sentence, for claims that are not a single number (records). */
    public Map<Dimension, Set<String>> sentenceWide() {
        Map<Dimension, Set<String>> filters = new EnumMap<>(Dimension.class);
        mentions.forEach(m -> filters.computeIfAbsent(m.dimension(), d -> new LinkedHashSet<>())
                .add(m.slug()));
        return filters;
    }

    /**
     * Where a number's own words lie when a sentence has several numbers: after it, up to the next
     * number or a comma ({@code [afterStart, afterEnd)}), else before it, back to the number before or
     * a comma ({@code [beforeStart, beforeEnd)}).
     */
    public record Sides(int afterStart, int afterEnd, int beforeStart, int beforeEnd) {
        public boolean after(int start, int end) {
            return start >= afterStart && end <= afterEnd;
        }

        public boolean before(int start, int end) {
            return start >= beforeStart && end <= beforeEnd;
        }
    }

    /** The sides of {@code quantity}, one of this sentence's numbers. */
    public Sides sides(Quantity quantity) {
        int index = quantities.indexOf(quantity);
        int from = index > 0 ? quantities.get(index - 1).end() : 0;
        int to = index >= 0 && index < quantities.size() - 1
                ? quantities.get(index + 1).start()
                : sentence.length();
        return new Sides(
                quantity.end(), clauseEnd(quantity.end(), to), clauseStart(from, quantity.start()), quantity.start());
    }

    /**
     * Whether words ending at {@code end} lead straight into another of the sentence's numbers ("San
     * Diego 33,780", "Guatemalans: 20,000"): they name that number, not the one before them.
     */
    public boolean leadsIntoNumber(int end) {
        return quantities.stream()
                .anyMatch(q -> q.start() >= end
                        && LEADS_INTO
                                .matcher(sentence.substring(end, q.start()))
                                .matches());
    }

    public Map<Dimension, Set<String>> of(Quantity quantity) {
        Map<Dimension, Set<String>> filters = ownWide(quantity);
        if (quantities.size() < 2) {
            return filters;
        }
        Sides sides = sides(quantity);
        for (Dimension dimension : List.copyOf(filters.keySet())) {
            if (filters.get(dimension).size() < 2) {
                continue;
            }
            List<String> named = mentions.stream()
                    .filter(m -> m.dimension() == dimension)
                    .map(GroupRule.Mention::slug)
                    .distinct()
                    .toList();
            java.util.OptionalInt respective = respective(quantity, named.size());
            if (respective.isPresent()) {
                filters.put(dimension, new LinkedHashSet<>(List.of(named.get(respective.getAsInt()))));
                continue;
            }
            Set<String> own = side(dimension, sides.afterStart(), sides.afterEnd());
            Set<String> before = side(dimension, sides.beforeStart(), sides.beforeEnd());
            if (own.isEmpty() || !before.isEmpty() && leadAway(dimension, sides)) {
                own = before;
            }
            if (own.isEmpty()) {
                own = unclaimed(dimension, quantity);
            }
            if (own.isEmpty()) {
                filters.remove(dimension);
            } else {
                filters.put(dimension, own);
            }
        }
        return filters;
    }

    /**
     * The sentence's groups less those set apart from the number as its background: "more than 100,000
     * ... amid a surge of migrants from Guatemala, Honduras and El Salvador" or "256,393 apprehensions ...
     * during the surge of unaccompanied children" counts no group, and groups after "includes" or
     * "including" are the number's parts, not its scope (another number may still take them).
     */
    private Map<Dimension, Set<String>> ownWide(Quantity quantity) {
        Map<Dimension, Set<String>> filters = new EnumMap<>(Dimension.class);
        for (GroupRule.Mention mention : mentions) {
            int from = Math.min(quantity.end(), mention.end());
            int to = Math.max(quantity.start(), mention.start());
            if (from < to
                    && (BACKGROUND.matcher(sentence.substring(from, to)).find()
                            || NEW_SENTENCE
                                    .matcher(sentence.substring(from, to))
                                    .find())) {
                continue;
            }
            if (mention.start() >= quantity.end()
                    && WHEN_CLAUSE
                            .matcher(sentence.substring(quantity.end(), mention.start()))
                            .find()) {
                continue;
            }
            filters.computeIfAbsent(mention.dimension(), d -> new LinkedHashSet<>())
                    .add(mention.slug());
        }
        return filters;
    }

    /**
     * "Venezuelans made up 57,869, second only to Mexicans, who accounted for 69,042": with no group on
     * either side, a number takes those no other number has beside it.
     */
    private Set<String> unclaimed(Dimension dimension, Quantity quantity) {
        Set<String> slugs = new LinkedHashSet<>();
        for (GroupRule.Mention mention : mentions) {
            if (mention.dimension() == dimension && !besideAnother(quantity, mention.start(), mention.end())) {
                slugs.add(mention.slug());
            }
        }
        return slugs;
    }

    /** Whether words at {@code [start, end)} stand on either side of a number other than {@code quantity} (a year is none). */
    public boolean besideAnother(Quantity quantity, int start, int end) {
        return quantities.stream()
                .filter(q -> !q.equals(quantity) && !isYear(q))
                .map(this::sides)
                .anyMatch(side -> side.after(start, end) || side.before(start, end));
    }

    /**
     * "Venezuelans and Colombians accounted for 266,071 and 159,536 encounters, respectively": with
     * "respectively" and as many names as figures, the n-th figure is the n-th name's. The index of
     * {@code quantity}'s name, when so.
     */
    public java.util.OptionalInt respective(Quantity quantity, int names) {
        if (names < 2 || !RESPECTIVELY.matcher(sentence).find()) {
            return java.util.OptionalInt.empty();
        }
        List<Quantity> figures = quantities.stream().filter(q -> !isYear(q)).toList();
        int index = figures.indexOf(quantity);
        return figures.size() == names && index >= 0 ? java.util.OptionalInt.of(index) : java.util.OptionalInt.empty();
    }

    /** A year written as a number ("in November 2023"): no figure of its own to own a name. */
    public static boolean isYear(Quantity quantity) {
        return quantity.text().matches("(?:19|20)\\d\\d");
    }

    /** Whether every group of this kind after the number leads into the next number ("... 33,780 and El Paso 30,420"). */
    private boolean leadAway(Dimension dimension, Sides sides) {
        return mentions.stream()
                .filter(m -> m.dimension() == dimension && sides.after(m.start(), m.end()))
                .allMatch(m -> leadsIntoNumber(m.end()));
    }

    private Set<String> side(Dimension dimension, int from, int to) {
        Set<String> slugs = new LinkedHashSet<>();
        for (GroupRule.Mention mention : mentions) {
            if (mention.dimension() == dimension && mention.start() >= from && mention.end() <= to) {
                slugs.add(mention.slug());
            }
        }
        return slugs;
    }

    private int clauseEnd(int from, int limit) {
        for (int i = from; i < limit; i++) {
            if (isBreak(sentence.charAt(i), i)) {
                return i;
            }
        }
        return limit;
    }

    private int clauseStart(int limit, int from) {
        for (int i = from - 1; i >= limit; i--) {
            if (isBreak(sentence.charAt(i), i)) {
                return i + 1;
            }
        }
        return limit;
    }

    /** A comma or semicolon between words; not the thousands comma of a figure, nor a comma inside a list of groups. */
    private boolean isBreak(char c, int at) {
        if (c == ';') {
            return true;
        }
        return c == ','
                && !(at > 0
                        && at + 1 < sentence.length()
                        && Character.isDigit(sentence.charAt(at - 1))
                        && Character.isDigit(sentence.charAt(at + 1)))
                && !inList(at);
    }

    /** "Guatemala, Honduras and El Salvador": the comma joins two groups of one kind. */
    private boolean inList(int comma) {
        for (GroupRule.Mention left : mentions) {
            if (left.end() > comma || !sentence.substring(left.end(), comma).isBlank()) {
                continue;
            }
            for (GroupRule.Mention right : mentions) {
                if (right.dimension() == left.dimension()
                        && right.start() > comma
                        && LIST_NEXT
                                .matcher(sentence.substring(comma + 1, right.start()))
                                .matches()) {
                    return true;
                }
            }
        }
        return false;
    }
}
