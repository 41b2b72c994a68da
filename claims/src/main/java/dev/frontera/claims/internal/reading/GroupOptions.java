package dev.frontera.claims.internal.reading;

import dev.frontera.claims.internal.extract.ClauseGroups;
import dev.frontera.claims.internal.extract.ExtractedClaim;
import dev.frontera.claims.internal.extract.GroupRule;
import dev.frontera.claims.internal.extract.MeasureRule;
import dev.frontera.claims.internal.extract.Qualifier;
import dev.frontera.claims.internal.extract.SentenceMentions;
import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.dimension.Exclusion;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The groups a figure may be about, per kind (nationality, demographic, title): those of its own clause
 * (when a sentence lists several groups beside several numbers), none of them, those named
 * elsewhere in the sentence, or, when the sentence names none of that kind, those of the sentence
 * before or the headline ("Of those, ..."). A rank is never about the groups it is set against
 * ("third, after Mexicans and Venezuelans").
 */
final class GroupOptions {
    private static final java.util.regex.Pattern BESIDE = java.util.regex.Pattern.compile(
            "(?i)[\\s(]*(?:(?:migrant|illegal|undocumented|more|new|other|additional|an?|the|with|of)\\s+){0,2}[\\s(]*");
    private static final java.util.regex.Pattern OF_THOSE =
            java.util.regex.Pattern.compile("(?i)\\W*(?:of|among) (?:those|them|these)\\b");
    private static final List<Dimension> KINDS = List.of(Dimension.CITIZENSHIP, Dimension.DEMOGRAPHIC, Dimension.TITLE);

    private GroupOptions() {}

    static List<Option<Map<Dimension, Set<String>>>> of(ExtractedClaim claim, ClaimContext context) {
        SentenceMentions mentions = claim.mentions();
        List<GroupRule.Mention> named = mentions.groups();
        if (claim.qualifier() == Qualifier.RANK) {
            Set<GroupRule.Mention> peers =
                    Peers.named(mentions.text(), named, GroupRule.Mention::start, GroupRule.Mention::end);
            named = named.stream().filter(m -> !peers.contains(m)).toList();
        }
        ClauseGroups clauses = new ClauseGroups(mentions.text(), named, mentions.quantities());
        Map<Dimension, Set<String>> sentence = clauses.sentenceWide();
        Map<Dimension, Set<String>> own = claim.quantity().map(clauses::of).orElse(sentence);
        List<Option<Map<Dimension, Set<String>>>> combined = List.of(Option.of(Map.of()));
        for (Dimension kind : KINDS) {
            List<Option<Set<String>>> choices = new ArrayList<>();
            Set<String> mine = kind == Dimension.TITLE ? ownTitles(claim) : own.getOrDefault(kind, Set.of());
            Set<String> all = sentence.getOrDefault(kind, Set.of());
            choices.add(Option.of(mine));
            if (!mine.isEmpty()) {
                choices.add(Option.of(
                        Set.of(), beside(claim, kind) ? Feature.GROUP_BESIDE_FIGURE_DROPPED : Feature.GROUP_DROPPED));
            }
            if (mine.size() > 1) {
                mine.forEach(one -> choices.add(Option.of(Set.of(one), Feature.GROUP_ONE_OF_LIST)));
            }
            if (!all.isEmpty()
                    && !all.equals(mine)
                    && !(!mine.isEmpty() && othersOwn(claim, clauses, kind, all, mine))) {
                choices.add(Option.of(all, Feature.GROUP_ELSEWHERE));
            }
            if (all.isEmpty()) {
                // The sentence before may narrow a group this one names ("Venezuelans reached 57,869. Of those,
                // 20,000 were families"); a headline's groups only lend to a sentence that names none.
                boolean namesGroups = !sentence.isEmpty();
                // "Border Patrol apprehensions in May were the highest ever recorded" names its count afresh: the
                // families of the sentence before are not its group.
                boolean namesItsCount = mentions.scope().isPresent()
                        && !OF_THOSE.matcher(mentions.text()).lookingAt();
                lent(namesItsCount ? Optional.empty() : context.previous(), kind)
                        .or(() -> namesGroups ? Optional.empty() : lent(context.headline(), kind))
                        .ifPresent(groups -> choices.add(Option.of(groups, Feature.GROUP_FROM_CONTEXT)));
            }
            // "Non-Mexicans and Cubans" summed would count the Cubans twice, and no query asks it: each alone is a
            // reading.
            choices.removeIf(choice -> mixesAnExclusion(choice.value()));
            combined = cross(combined, kind, choices);
        }
        Optional<String> component = expelledBy(claim);
        if (component.isPresent()) {
            combined = cross(
                    combined,
                    Dimension.COMPONENT,
                    List.of(Option.of(Set.of(component.get())), Option.of(Set.of(), Feature.CONFUSED_SCOPE)));
        }
        return combined;
    }

    /**
     * "Border Patrol agents expelled 197,043 migrants under Title 42": expulsions by the component the
     * sentence names (the one it does not name is the scope most often confused with it).
     */
    private static Optional<String> expelledBy(ExtractedClaim claim) {
        if (claim.measure()
                        .measure()
                        .filter(m -> m == dev.frontera.core.query.Measure.EXPULSIONS)
                        .isEmpty()
                || !claim.measure().explicit()) {
            return Optional.empty();
        }
        return MeasureRule.componentNamed(claim.mentions().text())
                .map(component -> component.impliedFilters().get(Dimension.COMPONENT));
    }

    /**
     * Whether the sentence's other groups of this kind each belong to another of its numbers:
     * "Mexicans made up 31%, followed by Venezuelans at 12%" never sums the two for the 31%.
     */
    private static boolean othersOwn(
            ExtractedClaim claim, ClauseGroups clauses, Dimension kind, Set<String> all, Set<String> mine) {
        Set<String> owned = new java.util.HashSet<>();
        claim.mentions().quantities().stream()
                .filter(q -> claim.quantity().map(own -> !own.equals(q)).orElse(true))
                .forEach(q -> owned.addAll(clauses.of(q).getOrDefault(kind, Set.of())));
        return all.stream().filter(slug -> !mine.contains(slug)).allMatch(owned::contains);
    }

    /**
     * A title is the figure's only when named in its clause: "two thirds were single adults, often processed
     * under Title 8, while only 29% were expelled under Title 42" sets the two apart.
     */
    private static Set<String> ownTitles(ExtractedClaim claim) {
        Set<String> titles = new LinkedHashSet<>();
        for (GroupRule.Mention mention : claim.mentions().groups()) {
            if (mention.dimension() == Dimension.TITLE
                    && Clauses.same(
                            claim.mentions(), claim.anchorStart(), claim.anchorEnd(), mention.start(), mention.end())) {
                titles.add(mention.slug());
            }
        }
        return titles;
    }

    /** Whether a group of this kind is named right beside the number: its head noun or the word before it. */
    private static boolean beside(ExtractedClaim claim, Dimension kind) {
        String text = claim.mentions().text();
        int start = claim.anchorStart();
        int end = claim.anchorEnd();
        for (GroupRule.Mention mention : claim.mentions().groups()) {
            if (mention.dimension() != kind) {
                continue;
            }
            String between = mention.start() >= end
                    ? text.substring(end, mention.start())
                    : mention.end() <= start ? text.substring(mention.end(), start) : "";
            if (BESIDE.matcher(between).matches()) {
                return true;
            }
        }
        return false;
    }

    private static boolean mixesAnExclusion(Set<String> groups) {
        return groups.size() > 1
                && groups.stream().anyMatch(slug -> Exclusion.excluded(slug).isPresent());
    }

    private static Optional<Set<String>> lent(Optional<SentenceMentions> sentence, Dimension kind) {
        if (sentence.isEmpty()) {
            return Optional.empty();
        }
        Set<String> groups = new LinkedHashSet<>();
        for (GroupRule.Mention mention : sentence.get().groups()) {
            if (mention.dimension() == kind) {
                groups.add(mention.slug());
            }
        }
        return groups.isEmpty() ? Optional.empty() : Optional.of(groups);
    }

    private static List<Option<Map<Dimension, Set<String>>>> cross(
            List<Option<Map<Dimension, Set<String>>>> sofar, Dimension kind, List<Option<Set<String>>> choices) {
        List<Option<Map<Dimension, Set<String>>>> out = new ArrayList<>();
        for (Option<Map<Dimension, Set<String>>> left : sofar) {
            for (Option<Set<String>> choice : choices) {
                Map<Dimension, Set<String>> groups = new EnumMap<>(Dimension.class);
                groups.putAll(left.value());
                if (!choice.value().isEmpty()) {
                    groups.put(kind, choice.value());
                }
                Map<Feature, Integer> features = new EnumMap<>(Feature.class);
                features.putAll(left.features());
                choice.features().forEach((feature, count) -> features.merge(feature, count, Integer::sum));
                out.add(new Option<>(groups, features, Optional.empty()));
            }
        }
        return out;
    }
}
