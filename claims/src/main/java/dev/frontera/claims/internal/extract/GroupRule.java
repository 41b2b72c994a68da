package dev.frontera.claims.internal.extract;

import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.dimension.DimensionValue;
import dev.frontera.core.dimension.Exclusion;
import dev.frontera.core.dimension.Vocabulary;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the groups a claim is about: nationalities ("Hondurans", "Mexican migrants", "from
 * Venezuela"), demographics (unaccompanied children, families, single adults) and the authority
 * they were processed under ("under Title 8"). A nationality
 * word that names a government, a city or a border ("Mexican President", "Mexico City",
 * "US-Mexico border") is not a group.
 */
public final class GroupRule {
    private static final Pattern UNACCOMPANIED =
            Pattern.compile("(?i)\\bunaccompanied\\b|\\bUA?Cs?\\b|\\bsingle minors\\b"
                    // Children named alone are, in border statistics, almost always the unaccompanied ones.
                    + "|(?<!(?:with|and|their|accompanied by|families of)\\s)\\b(?:children|minors|kids|teenagers)\\b");
    private static final Pattern FAMILIES =
            Pattern.compile("(?i)\\bfamil(?:y|ies)\\b|\\bFMUAs?\\b|\\bparents? (?:with|and) (?:their )?children\\b"
                    + "|\\badults? (?:with|traveling with|accompanied by) (?:their )?children\\b");
    private static final Pattern SINGLE_ADULTS = Pattern.compile(
            "(?i)\\b(?:single|lone) adults?\\b(?!\\s+(?:with|traveling with) (?:their )?children)"
                    + "|(?<!(?:single|lone)\\s)\\badults\\b(?!\\s+(?:with|traveling with|accompanied by) (?:their )?children)");
    // The authority a count was processed under: only Title 8 is a filter, as Title 42 is read as expulsions.
    private static final Pattern TITLE_8 = Pattern.compile("(?i)\\btitle (?:8|VIII)\\b");
    private static final String PEOPLE =
            "(?:migrants?|nationals?|citizens?|people|persons|famil(?:y|ies)|children|kids|minors|adults?"
                    + "|men|women|asylum[- ]seekers?|immigrants?|individuals|encounters|apprehensions|border crossers|crossers|arrivals)";
    private static final Pattern ROUTE =
            Pattern.compile("(?i)\\b(?:cross\\w*|enter\\w*|into the (?:u\\.?s\\.?|united states)|over the border"
                    + "|came|coming|come)\\b(?:[^.;]|\\.(?=\\S|\\s+\\p{Ll}))*\\bfrom\\s+$");
    // "Non-Mexicans", "countries other than Mexico": every citizenship but Mexico's, the one exclusion border
    // statistics have been read by for decades.
    private static final Pattern NOT_MEXICAN = Pattern.compile(
            "(?i)\\bnon[- ]?Mexicans?\\b|\\bnon-Mexico\\b|\\b(?:other than|besides|excluding|except)\\s+Mexic(?:o|ans?)\\b"
                    + "|\\bnot (?:from )?Mexic(?:o|an)\\b");
    private static final Pattern NORTHERN_TRIANGLE = Pattern.compile("(?i)\\bnorthern triangle\\b");
    private static final Vocabulary VOCABULARY = Vocabulary.standard();
    private final Map<String, String> countryByWord = new HashMap<>();
    private final Pattern nationality;

    public GroupRule() {
        for (DimensionValue value : VOCABULARY.values(Dimension.CITIZENSHIP)) {
            if (value.slug().startsWith("other")) {
                continue;
            }
            countryByWord.put(value.displayName().toLowerCase(Locale.ROOT), value.slug());
            for (String alias : value.aliases()) {
                if (alias.length() > 3 && alias.chars().noneMatch(c -> c == ',' || c == '(')) {
                    countryByWord.put(alias.toLowerCase(Locale.ROOT), value.slug());
                }
            }
        }
        nationality =
                Pattern.compile("(?i)(?<![-\\w])(" + PlaceRule.alternatives(countryByWord.keySet()) + ")(?![-\\w])");
    }

    /** A group named at a place in the sentence. */
    public record Mention(Dimension dimension, String slug, int start, int end) {}

    /** Citizenship, demographic and title filters named in the sentence. */
    public Map<Dimension, Set<String>> find(String sentence) {
        Map<Dimension, Set<String>> filters = new EnumMap<>(Dimension.class);
        for (Mention mention : mentions(sentence)) {
            filters.computeIfAbsent(mention.dimension(), d -> new LinkedHashSet<>())
                    .add(mention.slug());
        }
        return filters;
    }

    /** Every group named in the sentence, with where it is named: demographics, nationalities, then titles. */
    public List<Mention> mentions(String sentence) {
        List<Mention> mentions = new ArrayList<>();
        addAll(mentions, UNACCOMPANIED, sentence, Dimension.DEMOGRAPHIC, "unaccompanied-children");
        addAll(mentions, FAMILIES, sentence, Dimension.DEMOGRAPHIC, "family-units");
        addAll(mentions, SINGLE_ADULTS, sentence, Dimension.DEMOGRAPHIC, "single-adults");
        List<Mention> excluded = new ArrayList<>();
        Matcher exclusion = NOT_MEXICAN.matcher(sentence);
        while (exclusion.find()) {
            excluded.add(
                    new Mention(Dimension.CITIZENSHIP, Exclusion.of("mexico"), exclusion.start(), exclusion.end()));
        }
        mentions.addAll(excluded);
        Matcher matcher = nationality.matcher(sentence);
        int listEnd = -1;
        while (matcher.find()) {
            int at = matcher.start();
            if (excluded.stream().anyMatch(e -> e.start() <= at && at < e.end())) {
                continue; // "Mexicans" in "non-Mexicans"
            }
            // "From Guatemala, Honduras and El Salvador": a country listed after one that names a group names one too.
            boolean listed = listEnd >= 0
                    && LIST_JOIN.matcher(sentence.substring(listEnd, at)).matches();
            if (listed || isGroup(sentence, matcher)) {
                listEnd = matcher.end();
                mentions.add(new Mention(
                        Dimension.CITIZENSHIP,
                        countryByWord.get(matcher.group(1).toLowerCase(Locale.ROOT)),
                        matcher.start(),
                        matcher.end()));
            }
        }
        // "The Northern Triangle": Guatemala, Honduras and El Salvador, one mention each where the words stand.
        Matcher triangle = NORTHERN_TRIANGLE.matcher(sentence);
        while (triangle.find()) {
            for (String country : List.of("guatemala", "honduras", "el-salvador")) {
                mentions.add(new Mention(Dimension.CITIZENSHIP, country, triangle.start(), triangle.end()));
            }
        }
        addAll(mentions, TITLE_8, sentence, Dimension.TITLE, "title-8");
        return mentions;
    }

    private static void addAll(
            List<Mention> mentions, Pattern pattern, String sentence, Dimension dimension, String slug) {
        Matcher matcher = pattern.matcher(sentence);
        while (matcher.find()) {
            mentions.add(new Mention(dimension, slug, matcher.start(), matcher.end()));
        }
    }

    private boolean isGroup(String sentence, Matcher matcher) {
        String word = matcher.group(1);
        String lower = word.toLowerCase(Locale.ROOT);
        String after = sentence.substring(matcher.end(), Math.min(sentence.length(), matcher.end() + 40));
        String before = sentence.substring(Math.max(0, matcher.start() - 30), matcher.start());
        if (EVENT_AFTER.matcher(after).lookingAt()) {
            return false; // "the Del Rio Sector, epicenter of the 2021 Haitian migrant surge": an event, not the
            // figure's group
        }
        boolean countryName = VOCABULARY.values(Dimension.CITIZENSHIP).stream()
                .anyMatch(v -> v.displayName().equalsIgnoreCase(word));
        if (countryName) {
            // "crossed into the US from Mexico" is the route, not the migrants' citizenship; only a bordering
            // country can be the route ("came to the U.S. from Honduras" is where they are from).
            if ((lower.equals("mexico") || lower.equals("canada"))
                    && ROUTE.matcher(sentence.substring(Math.max(0, matcher.start() - 60), matcher.start()))
                            .find()) {
                return false;
            }
            // "Citizens of Honduras", or a country standing for its citizens beside a figure ("Mexico (-9%)", "El
            // Salvador trailed with 56,897").
            boolean origin = ORIGIN_WORD_BEFORE.matcher(before).matches()
                    || FIGURE_AFTER.matcher(after).find();
            return origin
                    && !PLACE_WORD_AFTER.matcher(after).matches()
                    && !INSTITUTION_OF_BEFORE.matcher(before).matches();
        }
        if (PEOPLE_AFTER.matcher(after).matches()) {
            return true;
        }
        // "One in three migrants encountered was Mexican": a demonym said of the migrants.
        if (PREDICATE_BEFORE.matcher(before).matches()
                && CLAUSE_END_AFTER.matcher(after).matches()) {
            return true;
        }
        // A plural demonym is a group on its own: "Hondurans", "Venezuelans".
        return lower.endsWith("ans")
                || lower.endsWith("ese") && VERB_AFTER.matcher(after).matches();
    }

    // Compiled once: these run for every number found.
    private static final Pattern LIST_JOIN = Pattern.compile("(?i)\\s*,\\s*(?:(?:and|or)\\s+)?|\\s+(?:and|or)\\s+");
    private static final Pattern ORIGIN_WORD_BEFORE =
            Pattern.compile("(?is).*\\b(?:from|of|citizens of|nationals of)\\s+$");
    private static final Pattern FIGURE_AFTER = Pattern.compile(
            "^\\s*(?:\\(\\s*[+\\-\u2212\u2013]?\\d|,?\\s*(?:with|had|trailed with|was next with|came (?:in )?(?:second|third|next) with"
                    // "Guatemala occupied the second place with 972".
                    + "|(?:occupied|took|held|ranked|placed|finished)\\s+(?:in\\s+)?(?:the\\s+)?\\p{L}+\\s+(?:place|spot|position)\\s+with)"
                    + "\\s+(?:\\w+\\s+){0,2}?\\d)");
    private static final Pattern EVENT_AFTER = Pattern.compile("(?i)\\s*(?:(?:migrant|migration|refugee)s?\\s+)?"
            + "(?:surge|influx|crisis|exodus|camp|encampment|caravan|wave)\\b");
    private static final Pattern PLACE_WORD_AFTER = Pattern.compile("(?is)^\\s*(?:city|border|into|to)\\b.*");
    private static final Pattern INSTITUTION_OF_BEFORE =
            Pattern.compile("(?is).*\\b(?:president|government|border|side|leaders?)\\s+of\\s+$");
    private static final Pattern PEOPLE_AFTER = Pattern.compile(
            "(?is)^\\s*(?:and\\s+\\p{L}+\\s+)?(?:(?:single|lone|unaccompanied|adult|young)\\s+)?" + PEOPLE + "\\b.*");
    private static final Pattern PREDICATE_BEFORE =
            Pattern.compile("(?is).*\\b(?:was|were|are|is)\\s+(?:also\\s+|mostly\\s+|mainly\\s+)?$");
    private static final Pattern CLAUSE_END_AFTER = Pattern.compile("(?s)^\\s*(?:[.,;:)]|$).*");
    private static final Pattern VERB_AFTER = Pattern.compile("(?is)^\\s*(?:were|are|made|accounted|and)\\b.*");
}
