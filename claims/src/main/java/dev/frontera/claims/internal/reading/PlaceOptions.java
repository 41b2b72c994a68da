package dev.frontera.claims.internal.reading;

import dev.frontera.claims.internal.extract.ClauseGroups;
import dev.frontera.claims.internal.extract.ExtractedClaim;
import dev.frontera.claims.internal.extract.PlaceMention;
import dev.frontera.claims.internal.extract.Qualifier;
import dev.frontera.claims.internal.extract.SentenceMentions;
import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.dimension.Region;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The places a figure may be about. A sector, field office or state named in the figure's own
 * clause narrows it (and may still be dropped); one named in another clause may apply. A region
 * named nearest the number is stated, with the region often confused with it as a contrasting
 * reading; with none named, the southwest border comes first and nationwide is open. A sentence
 * that names no place at all may take one from the sentence before or the headline.
 */
final class PlaceOptions {
    private static final java.util.regex.Pattern STATION = java.util.regex.Pattern.compile(
            "\\b\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)?\\s+[Ss]tation\\b|\\b(?:the|a|one|this)\\s+(?:Border Patrol\\s+)?station\\b");
    private static final java.util.regex.Pattern UNNAMED_AREA = java.util.regex.Pattern.compile(
            "(?i)\\b(?:the|this|that|its|their|our)\\s+(?:sector|area|station|region)\\b(?!\\s+(?:of|where))"
                    + "|\\b(?:this|that)\\s+(?:part|stretch|section|corner|portion)\\s+of\\b");

    // "17,870 Cubans arrived ..., most of them through the land border with Mexico": a region after these words holds
    // part of the figure; it is not the figure's.
    private static final java.util.regex.Pattern SUBSET = java.util.regex.Pattern.compile(
            "(?i)\\b(?:most|many|some|half|nearly all|almost all|the (?:vast )?majority) of (?:them|whom|those|these)\\b"
                    + "|\\b(?:mostly|largely|mainly|primarily|of (?:which|whom))\\b");

    // Between a part and the region of its whole: "72,698 of the 189,922 encounters at the southwest border".
    private static final java.util.regex.Pattern PART_OF = java.util.regex.Pattern.compile(
            "(?i)\\s+(?:out\\s+)?of\\s+(?:the\\s+|all\\s+)?(?:about\\s+|nearly\\s+|roughly\\s+|some\\s+)?\\d[\\d,.]*"
                    + "(?:\\s+(?:million|thousand))?\\s+(?:[\\p{L}'-]+\\s+){0,4}");
    private static final Set<String> BORDER_STATES = Set.of("TX", "NM", "AZ", "CA");
    // Between a state and the count it is the subject of: "California logged 47,362".
    private static final java.util.regex.Pattern COUNT_OF = java.util.regex.Pattern.compile(
            "(?i)(?:['’]s)?\\s+(?:alone\\s+|also\\s+)?(?:saw|recorded|reported|logged|had|tallied|counted|registered"
                    + "|posted|accounted\\s+for|made\\s+up|represented)\\s+(?:[\\p{L}-]+\\s+){0,3}");

    // Between a figure and a region of its own noun phrase: "11 million encounters nationwide".
    private static final java.util.regex.Pattern OWN_NOUN =
            java.util.regex.Pattern.compile("\\s*(?:[\\p{L}'-]+\\s+){0,3}");
    private static final int OTHER_NOUN_REACH = 60;

    private PlaceOptions() {}

    /**
     * "7.3 million ... at the southwest border and nearly 11 million encounters nationwide": a region in the
     * figure's own noun phrase, after it, is its own; the nearer one before it closes the noun phrase of the
     * figure before.
     */
    private static List<PlaceMention> ownNounFirst(
            SentenceMentions mentions, List<PlaceMention> regions, int from, int to) {
        String text = mentions.text();
        Optional<PlaceMention> after = regions.stream()
                .filter(m -> m.start() >= to
                        && OWN_NOUN.matcher(text.substring(to, m.start())).matches())
                .findFirst();
        boolean beforeIsAnothers = regions.stream()
                .filter(m -> m.end() <= from)
                .anyMatch(m -> mentions.quantities().stream()
                        .anyMatch(q -> q.end() <= m.start() && m.start() - q.end() <= OTHER_NOUN_REACH));
        if (after.isEmpty() || !beforeIsAnothers) {
            return regions;
        }
        List<PlaceMention> reordered = new ArrayList<>(regions);
        reordered.remove(after.get());
        reordered.add(0, after.get());
        return reordered;
    }

    static List<Option<PlaceChoice>> of(ExtractedClaim claim, ClaimContext context) {
        SentenceMentions mentions = claim.mentions();
        int from = claim.anchorStart();
        int to = claim.anchorEnd();
        List<PlaceMention> areas = new ArrayList<>();
        List<PlaceMention> elsewhere = new ArrayList<>();
        List<PlaceMention> regions = new ArrayList<>();
        for (PlaceMention mention : mentions.places()) {
            if (mention.kind() == PlaceMention.Kind.REGION) {
                regions.add(mention);
            } else if (Clauses.same(mentions, from, to, mention.start(), mention.end())) {
                areas.add(mention);
            } else {
                elsewhere.add(mention);
            }
        }
        if (!respectively(claim, areas, elsewhere)) {
            paired(claim, areas, elsewhere);
        }
        setAgainst(mentions, areas, elsewhere);
        List<PlaceMention> ownRegions = regions.stream()
                .filter(m -> Clauses.same(mentions, from, to, m.start(), m.end()))
                .filter(m -> m.start() < to
                        || !SUBSET.matcher(mentions.text().substring(to, m.start()))
                                .find())
                .sorted(Comparator.comparingInt(m -> m.distanceTo(from, to)))
                .toList();
        ownRegions = ownNounFirst(mentions, ownRegions, from, to);
        if (ownRegions.isEmpty()) {
            // The last region named before the figure, when nothing breaks the sentence between them.
            ownRegions = regions.stream()
                    .filter(m -> Clauses.carried(mentions, from, m.end()))
                    .max(Comparator.comparingInt(PlaceMention::end))
                    .stream()
                    .toList();
        }
        Optional<Region> stated = ownRegions.stream().findFirst().map(PlaceMention::region);
        List<Option<PlaceChoice>> options = new ArrayList<>();
        if (claim.qualifier() == Qualifier.RANK) {
            return ranked(mentions, from, to);
        }
        for (PlaceChoice choice : choices(areas, stated)) {
            options.add(Option.of(choice));
        }
        // A border state's count with no region of its own may be the whole state's or its stretch of the border
        // with Mexico ("California logged 47,362"); a part of a whole at a border is that border's ("Texas accounted
        // for 72,698 of the 189,922 encounters at the southwest border").
        if (stated.isEmpty() && !areas.isEmpty() && areas.stream().allMatch(m -> m.kind() == PlaceMention.Kind.STATE)) {
            Optional<Region> whole = regions.stream()
                    .filter(m -> m.start() >= to
                            && PART_OF.matcher(mentions.text().substring(to, m.start()))
                                    .matches())
                    .findFirst()
                    .map(PlaceMention::region)
                    .or(() -> areas.stream()
                                    .allMatch(m -> BORDER_STATES.contains(m.slug())
                                            && m.end() <= from
                                            && COUNT_OF.matcher(mentions.text().substring(m.end(), from))
                                                    .matches())
                            ? Optional.of(Region.SOUTHWEST)
                            : Optional.empty());
            for (PlaceChoice choice : choices(areas, whole)) {
                options.add(Option.of(choice));
            }
        }
        for (PlaceChoice choice : choices(elsewhere, stated)) {
            options.add(Option.of(choice, Feature.AREA_ELSEWHERE));
        }
        List<Option<PlaceChoice>> wide = new ArrayList<>();
        if (stated.isPresent()) {
            wide.add(Option.of(PlaceChoice.region(stated.get())));
            // The southwest border and the whole nation are the scopes most often confused with each other.
            switch (stated.get()) {
                case SOUTHWEST -> wide.add(Option.of(PlaceChoice.region(Region.NATIONWIDE), Feature.CONFUSED_SCOPE));
                case NATIONWIDE -> wide.add(Option.of(PlaceChoice.region(Region.SOUTHWEST), Feature.CONFUSED_SCOPE));
                case NORTHERN, OTHER -> {}
            }
        } else {
            // A region named only in another clause leaves this figure's region open.
            wide.add(Option.of(PlaceChoice.region(Region.SOUTHWEST)));
            wide.add(Option.of(PlaceChoice.region(Region.NATIONWIDE), Feature.REGION_NATIONWIDE_UNSTATED));
            if (mentions.places().isEmpty()) {
                fromContext(context).forEach(place -> wide.add(Option.of(place, Feature.PLACE_FROM_CONTEXT)));
            }
        }
        regions.stream()
                .map(PlaceMention::region)
                .distinct()
                .filter(region -> wide.stream()
                        .noneMatch(o -> o.value().areas().isEmpty() && o.value().region() == region))
                .forEach(region -> wide.add(Option.of(PlaceChoice.region(region), Feature.REGION_ELSEWHERE)));
        if (STATION.matcher(clause(mentions.text(), from, to)).find()) {
            options.add(
                    new Option<>(
                            PlaceChoice.region(stated.orElse(Region.SOUTHWEST)),
                            java.util.Map.of(),
                            Optional.of(
                                    "it counts one Border Patrol station or town, and the record is published by sector at most")));
        }
        boolean unnamedArea = areas.isEmpty()
                && elsewhere.isEmpty()
                && UNNAMED_AREA.matcher(clause(mentions.text(), from, to)).find();
        Optional<PlaceChoice> lent = unnamedArea ? contextAreas(context) : Optional.empty();
        if (unnamedArea && !mentions.places().isEmpty()) {
            // "When the sector was the busiest on the southwest border": the sector the sentence before named.
            lent.ifPresent(place -> wide.add(Option.of(place, Feature.PLACE_FROM_CONTEXT)));
        }
        if (unnamedArea && lent.isEmpty()) {
            options.add(new Option<>(
                    PlaceChoice.region(stated.orElse(Region.SOUTHWEST)),
                    java.util.Map.of(),
                    Optional.of("the sentence refers to a sector or area it does not name")));
        }
        // "... was the busiest month the sector has ever recorded": a reading of the whole region drops the sector the
        // words point to, as it would one they name.
        boolean pointsToArea = unnamedArea && lent.isPresent();
        for (Option<PlaceChoice> option : wide) {
            boolean drops =
                    !areas.isEmpty() || pointsToArea && option.value().areas().isEmpty();
            options.add(drops ? option.plus(Feature.AREA_DROPPED) : option);
        }
        return options;
    }

    /**
     * "Agents in the Tucson and Yuma sectors made 80,180 and 7,140 apprehensions, respectively": the
     * n-th figure is the n-th place's, wherever in the sentence they stand. Whether it applied.
     */
    private static boolean respectively(ExtractedClaim claim, List<PlaceMention> areas, List<PlaceMention> elsewhere) {
        if (claim.quantity().isEmpty()) {
            return false;
        }
        SentenceMentions mentions = claim.mentions();
        List<PlaceMention> all = new ArrayList<>(areas);
        all.addAll(elsewhere);
        all.sort(Comparator.comparingInt(PlaceMention::start));
        List<String> named = all.stream().map(PlaceMention::slug).distinct().toList();
        java.util.OptionalInt respective = new ClauseGroups(mentions.text(), mentions.groups(), mentions.quantities())
                .respective(claim.quantity().get(), named.size());
        if (respective.isEmpty()) {
            return false;
        }
        String mine = named.get(respective.getAsInt());
        areas.clear();
        elsewhere.clear();
        all.forEach(m -> (m.slug().equals(mine) ? areas : elsewhere).add(m));
        return true;
    }

    /**
     * "80,180 apprehensions in Tucson and 71,050 in Del Rio": when a clause names several sectors or
     * states beside several numbers, a number takes those named between it and the next number (up to
     * a comma), else (or when those lead straight into the next number) those between the number
     * before it and itself; the others are named elsewhere. A number with none on either side takes
     * those no other number has beside it, or keeps them all ("the Tucson and El Paso sectors recorded
     * ...").
     */
    private static void paired(ExtractedClaim claim, List<PlaceMention> areas, List<PlaceMention> elsewhere) {
        SentenceMentions mentions = claim.mentions();
        if (claim.quantity().isEmpty()
                || mentions.quantities().size() < 2
                || areas.stream().map(PlaceMention::slug).distinct().count() < 2) {
            return;
        }
        ClauseGroups clauses = new ClauseGroups(mentions.text(), mentions.groups(), mentions.quantities());
        ClauseGroups.Sides sides = clauses.sides(claim.quantity().get());
        List<PlaceMention> own =
                areas.stream().filter(m -> sides.after(m.start(), m.end())).toList();
        List<PlaceMention> before =
                areas.stream().filter(m -> sides.before(m.start(), m.end())).toList();
        // "San Diego 33,780 and El Paso 30,420": names that lead into the next number are that number's.
        if (own.isEmpty() || !before.isEmpty() && own.stream().allMatch(m -> clauses.leadsIntoNumber(m.end()))) {
            own = before;
        }
        if (own.isEmpty()) {
            // "The Tucson sector remained the busiest, with 80,180 apprehensions, followed by Del Rio with 71,050":
            // with no name on either side, the number takes the names no other number has beside it.
            own = areas.stream()
                    .filter(m -> !clauses.besideAnother(claim.quantity().get(), m.start(), m.end()))
                    .toList();
        }
        if (own.isEmpty() || own.size() == areas.size()) {
            return;
        }
        List<PlaceMention> kept = own;
        areas.stream().filter(m -> !kept.contains(m)).forEach(elsewhere::add);
        areas.retainAll(kept);
    }

    /**
     * "Del Rio led with nearly 481,000, just ahead of the Rio Grande Valley": a place listed after
     * "ahead of", "behind" or "followed by" is set against the figure's own, not part of its total.
     * A place listed so is kept when the clause names no other.
     */
    private static void setAgainst(SentenceMentions mentions, List<PlaceMention> areas, List<PlaceMention> elsewhere) {
        if (areas.size() < 2) {
            return;
        }
        Set<PlaceMention> peers = Peers.setAgainstCount(mentions.text(), areas, PlaceMention::start, PlaceMention::end);
        if (peers.isEmpty() || peers.containsAll(areas)) {
            return;
        }
        areas.stream().filter(peers::contains).forEach(elsewhere::add);
        areas.removeAll(peers);
    }

    /**
     * A rank is about one sector or field office ("Yuma remained the 3rd busiest sector, behind Rio
     * Grande Valley and Del Rio"): each one named is a reading, the nearest first; the others named
     * are its peers, not part of it.
     */
    private static List<Option<PlaceChoice>> ranked(SentenceMentions mentions, int from, int to) {
        List<Option<PlaceChoice>> options = new ArrayList<>();
        Set<PlaceMention> peers =
                Peers.named(mentions.text(), mentions.places(), PlaceMention::start, PlaceMention::end);
        mentions.places().stream()
                .filter(m -> m.kind() == PlaceMention.Kind.AREA)
                .filter(m -> !peers.contains(m))
                .sorted(Comparator.comparingInt(m -> m.distanceTo(from, to)))
                .map(PlaceMention::slug)
                .distinct()
                .forEach(slug -> options.add(
                        options.isEmpty()
                                ? Option.of(narrowed(List.of(area(slug)), Optional.empty()))
                                : Option.of(narrowed(List.of(area(slug)), Optional.empty()), Feature.AREA_ELSEWHERE)));
        // A nationality ranked: its place is the region stated, else the southwest border or the nation.
        Optional<Region> stated = mentions.places().stream()
                .filter(m -> m.kind() == PlaceMention.Kind.REGION)
                .map(PlaceMention::region)
                .findFirst();
        options.add(Option.of(PlaceChoice.region(stated.orElse(Region.SOUTHWEST))));
        if (stated.isEmpty()) {
            options.add(Option.of(PlaceChoice.region(Region.NATIONWIDE), Feature.REGION_NATIONWIDE_UNSTATED));
        }
        return options;
    }

    private static PlaceMention area(String slug) {
        return new PlaceMention(PlaceMention.Kind.AREA, slug, 0, 0);
    }

    /** The text of the figure's clause: from the last break before it to the next break after it. */
    private static String clause(String text, int from, int to) {
        int start = Math.max(Math.max(text.lastIndexOf(';', from), text.lastIndexOf(" — ", from)), 0);
        int semicolon = text.indexOf(';', to);
        int end = semicolon < 0 ? text.length() : semicolon;
        return text.substring(start, end);
    }

    private static Optional<PlaceChoice> contextAreas(ClaimContext context) {
        return fromContext(context).stream()
                .filter(place -> !place.areas().isEmpty())
                .findFirst();
    }

    /** The places the sentence before names, or else the headline's. */
    private static List<PlaceChoice> fromContext(ClaimContext context) {
        List<PlaceChoice> previous = fromContext(context.previous());
        return previous.isEmpty() ? fromContext(context.headline()) : previous;
    }

    /** The places some area mentions name: all together, or one choice each for "one of" mentions. */
    private static List<PlaceChoice> choices(List<PlaceMention> areas, Optional<Region> stated) {
        if (areas.isEmpty()) {
            return List.of();
        }
        List<PlaceMention> all = areas.stream().filter(m -> !m.oneOf()).toList();
        List<PlaceMention> oneOf = areas.stream().filter(PlaceMention::oneOf).toList();
        if (oneOf.isEmpty()) {
            return List.of(narrowed(areas, stated));
        }
        List<PlaceChoice> choices = new ArrayList<>();
        for (PlaceMention one : oneOf) {
            List<PlaceMention> with = new ArrayList<>(all);
            with.add(one);
            choices.add(narrowed(with, stated));
        }
        return choices;
    }

    private static PlaceChoice narrowed(List<PlaceMention> mentions, Optional<Region> stated) {
        Map<Dimension, Set<String>> areas = new EnumMap<>(Dimension.class);
        for (PlaceMention mention : mentions) {
            Dimension dimension = mention.kind() == PlaceMention.Kind.AREA ? Dimension.AREA : Dimension.STATE;
            areas.computeIfAbsent(dimension, d -> new HashSet<>()).add(mention.slug());
        }
        // "In Texas, the El Paso sector recorded 23,920": a sector or office lies in the state named beside it; no
        // figure is published by both.
        if (areas.containsKey(Dimension.AREA)) {
            areas.remove(Dimension.STATE);
        }
        // A state with no border named is the whole state, as CBP's figures by state count it (Texas's airports too).
        Region region = areas.containsKey(Dimension.AREA)
                ? PlaceChoice.regionOf(areas.get(Dimension.AREA))
                : stated.orElse(Region.NATIONWIDE);
        return new PlaceChoice(region, areas);
    }

    /** The place a neighbouring sentence names: its sectors or states, else its first region. */
    private static List<PlaceChoice> fromContext(Optional<SentenceMentions> sentence) {
        if (sentence.isEmpty() || sentence.get().places().isEmpty()) {
            return List.of();
        }
        List<PlaceMention> places = sentence.get().places();
        List<PlaceMention> areas = places.stream()
                .filter(m -> m.kind() != PlaceMention.Kind.REGION)
                .toList();
        Optional<Region> region = places.stream()
                .filter(m -> m.kind() == PlaceMention.Kind.REGION)
                .map(PlaceMention::region)
                .findFirst();
        if (!areas.isEmpty()) {
            List<PlaceChoice> choices = new ArrayList<>(choices(areas, region));
            // "San Diego ranked second, behind only Tucson": what follows may be about either of them, not only both.
            if (areas.size() > 1 && areas.stream().noneMatch(PlaceMention::oneOf)) {
                areas.forEach(one -> choices.add(narrowed(List.of(one), region)));
            }
            return choices;
        }
        return region.map(PlaceChoice::region).stream().toList();
    }
}
