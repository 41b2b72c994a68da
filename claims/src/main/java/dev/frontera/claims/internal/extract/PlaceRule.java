package dev.frontera.claims.internal.extract;

import dev.frontera.core.dimension.Area;
import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.dimension.DimensionValue;
import dev.frontera.core.dimension.Region;
import dev.frontera.core.dimension.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads where a claim is about: the southwest ("southern border", "US-Mexico border"), the
 * northern border, the whole country ("nationwide"), a Border Patrol sector or field office
 * (names from the {@link Vocabulary}; a sector's name alone only where the words make it one: "in
 * Tucson", "Tucson agents", "Tucson, the busiest sector", "the Rio Grande Valley, once the busiest
 * sector", "Tucson accounted for 30% of all Border Patrol apprehensions", "Yuma saw 310,110
 * apprehensions", a list "Tucson, 80,180; Yuma,
 * 7,140"; in a sentence about sectors, "ahead of Del Rio"), a part of the border named by the land ("South Texas",
 * one of the sectors there), or a state ("in Texas").
 */
final class PlaceRule {
    private static final Pattern SOUTHWEST = Pattern.compile(
            // British copy writes "south-west" and "south west".
            "(?i)\\bsouth(?:ern|[- ]?west|[- ]?western)\\s+(?:u\\.?s\\.?\\s+)?(?:land\\s+)?border"
                    + "|\\bu\\.?s\\.?[- ]mexic(?:o|an)\\s+border|\\bmexico[- ]u\\.?s\\.? border|\\bborder with mexico\\b|\\bmexican border\\b"
                    + "|\\bmexico border\\b|\\bsouth-?west\\b|\\bSWB\\b"
                    + "|\\b(?:frontier|boundary) with mexico\\b|\\bmexican (?:frontier|boundary)\\b|\\bsouthern frontier\\b"
                    // "Along the Texas border": a border state's stretch of the border with Mexico.
                    + "|\\b(?:texas|arizona|new mexico|california)(?:['’]s?)?\\s+border\\b(?!\\s+with\\s+(?!mexico))");
    private static final Pattern NORTHERN =
            // "The northern total, 23,760": the northern border's, as "southwest" alone is the southwest border's.
            Pattern.compile(
                    "(?i)\\bnorthern[\\s-]+(?:u\\.?s\\.?\\s+)?border|\\bnorthern\\s+(?:total|tally|count|figures?"
                            + "|apprehensions|encounters|sectors)\\b|\\bcanad(?:a|ian)\\s+border"
                            + "|\\bu\\.?s\\.?[- ]canad(?:a|ian)\\s+border|\\bborder with canada\\b");
    private static final Pattern NATIONWIDE = Pattern.compile(
            "(?i)\\bnationwide\\b|\\bnationally\\b|\\bacross the (?:country|nation)\\b|\\bon (?:u\\.?s\\.?|american) soil\\b"
                    + "|\\b(?:mexico|canada),?\\s+(?:or\\s+|and\\s+)?(?:canada|mexico)\\b|\\bcoastal (?:boundaries|borders|waters)\\b"
                    + "|\\ball (?:u\\.?s\\.? )?borders\\b|\\bcountry-?wide\\b|\\bat all (?:ports|borders)\\b|\\bnational (?:total|level)\\b");
    // CBP's third region: encounters away from the land borders, at airports and seaports.
    private static final Pattern OTHER = Pattern.compile(
            "(?i)\\bairports? and (?:sea ?ports|seaports)\\b|\\b(?:away from|off|beyond) the land borders?\\b"
                    + "|\\bat (?:u\\.?s\\.? )?airports\\b");
    // Parts of the border named by the land, not by a sector: each is one of the sectors it covers.
    private static final List<Part> PARTS = List.of(
            new Part("(?i)\\bdeep south texas\\b", "rio-grande-valley"),
            new Part("(?i)(?<!deep )\\bsouth(?:ern)? texas\\b", "rio-grande-valley", "laredo"),
            new Part("(?i)\\bwest(?:ern)? texas\\b", "el-paso", "big-bend"),
            new Part("(?i)\\bsouthern california\\b", "san-diego", "el-centro"),
            new Part("(?i)\\bsouthern arizona\\b", "tucson"),
            new Part("(?i)\\bwestern arizona\\b", "yuma"));
    private static final Pattern WHERE_IT_LIES = Pattern.compile(
            "(?i)\\s*(?:(?:border\\s+patrol\\s+)?(?:sector|field office)\\s*)?,?\\s*(?:in|of)\\s+(?:the\\s+)?");
    private static final Pattern SECTOR_WORD = Pattern.compile("(?i)\\bsectors?\\b");
    private static final Pattern NOT_A_SECTOR = Pattern.compile(
            "(?i)\\s*(?:,\\s*(?:texas|tx|arizona|az|california|ca|new mexico|nm)\\b|(?:field office|ports?|port of entry"
                    + "|station|city|county|mayor|police)\\b)");
    // What follows "saw", "recorded", "logged" when the count is a place's: a count of crossings, or a count that ends
    // the clause ("California logged 47,362.").
    private static final String COUNT_GIVEN = "(?:(?:[^,;.]|[,.]\\d){0,40}?"
            + "\\b(?:apprehensions|encounters|crossings|arrests|border crossers)\\b"
            + "|(?:about|roughly|nearly|almost|just|over|under|more|fewer|less|than|some|around|\\s)*"
            + "\\d[\\d,]*(?:\\.\\d+)?(?:\\s+(?:million|thousand))?(?=\\s*(?:[.;)]|,\\s|$)))";
    private static final String STATE_NAMES = "texas|arizona|california|new mexico|tx|az|ca|nm";
    private static final Vocabulary VOCABULARY = Vocabulary.standard();
    private final Map<String, DimensionValue> sectorsByName;
    private final Pattern sectors;
    private final Pattern fieldOffices;
    private final Pattern officeName;
    private final Map<String, DimensionValue> statesByName;
    private final Pattern states;
    private final Pattern eachState;
    private final Pattern sectorName;
    private final Pattern sectorList;
    private final Pattern stateSectors;
    private final Map<String, List<String>> sectorsByState;

    public PlaceRule() {
        List<DimensionValue> areas = VOCABULARY.values(Dimension.AREA);
        sectorsByName = areas.stream()
                .filter(v -> VOCABULARY.area(v.slug()).filter(Area::isSector).isPresent())
                .collect(Collectors.toMap(
                        v -> v.displayName().replace(" Sector", "").toLowerCase(java.util.Locale.ROOT),
                        v -> v,
                        (a, b) -> a,
                        java.util.HashMap::new));
        sectorsByName.put(
                "rgv", VOCABULARY.bySlug(Dimension.AREA, "rio-grande-valley").orElseThrow());
        // Every way a sector's name is made one is the same name alternation, built once.
        String names = alternatives(sectorsByName.keySet());
        sectors = Pattern.compile("(?i)\\b(" + names + ")\\s+(?:border\\s+patrol\\s+)?sector\\b"
                + "|\\b(?:in|near|around|across)\\s+(?:the\\s+)?(" + names
                + ")\\b|\\b(RGV)\\b"
                // "Tucson agents encountered...": the agents of a sector.
                + "|\\b(" + names + ")\\s+(?:border\\s+patrol\\s+)?agents\\b"
                // "Yuma remained the 3rd busiest sector": a name the sentence calls a sector.
                + "|\\b(" + names
                + ")\\s+(?:also\\s+|still\\s+)?(?:was|is|remained"
                + "|remains|became|stayed|ranked|ranks)\\s+(?:as\\s+)?(?:the|a|one of the)\\s+[^,;.]{0,40}?\\bsectors?\\b"
                // "Tucson, the busiest sector in December, ...": a name the apposition calls a sector.
                + "|\\b(" + names
                + "),\\s+(?:(?:once|long|still|now|formerly|until recently)\\s+)?(?:the|a|one of the)\\s+"
                + "[^,;.]{0,40}?\\bsectors?\\b"
                // "Tucson accounted for 30% of all Border Patrol apprehensions": a share of a whole only a
                // sector is part of.
                + "|\\b(" + names
                + ")\\s+(?:alone\\s+)?(?:accounted for|made up|represented|comprised)\\s+[^;.]{0,60}?"
                + "\\b(?:apprehensions|border patrol|sectors?)\\b"
                // "Yuma saw 310,110 apprehensions", "the Rio Grande Valley, once the epicenter, had fewer than
                // 12,000": a name whose count the sentence gives is a sector's.
                + "|\\b(" + names
                + ")(?:['’]s)?(?:,\\s+(?!(?:" + STATE_NAMES + ")\\b)[^,;.]{1,60},)?\\s+"
                + "(?:saw|recorded|reported|logged|had|tallied|counted|registered|posted)\\s+" + COUNT_GIVEN
                // "Tucson, 80,180; Del Rio, 71,050", "Yuma: 8,100" or "Del Rio (48,200)": a list of figures by name.
                + "|\\b(" + names + ")\\s*[:,(]\\s*(?=\\d)");
        officeName = Pattern.compile("\\b("
                + alternatives(areas.stream()
                        .filter(v -> VOCABULARY
                                .area(v.slug())
                                .filter(area -> !area.isSector())
                                .isPresent())
                        .map(v -> v.displayName().replaceFirst("(?i)\\s+field office$", ""))
                        .collect(Collectors.toSet()))
                + ")\\b");
        // "The Laredo Field Office": an article or "the" is not part of the office's name.
        fieldOffices = Pattern.compile("(?i)\\b(?!the\\s)([A-Z][a-z]+(?: [A-Z][a-z]+)?) field office\\b");
        statesByName = VOCABULARY.values(Dimension.STATE).stream()
                .collect(
                        Collectors.toMap(v -> v.displayName().toLowerCase(java.util.Locale.ROOT), v -> v, (a, b) -> a));
        sectorName = Pattern.compile("(?i)\\b(" + names + ")\\b");
        sectorList = Pattern.compile("(?i)\\b(?:" + names + ")(?:,\\s*(?:and\\s+)?(?:the\\s+)?(?:" + names
                + "))*,?\\s+(?:and|or)\\s+(?:the\\s+)?(?:" + names + ")\\s+(?:border\\s+patrol\\s+)?sectors\\b");
        // "The five Texas-based border sectors", "Arizona's sectors": every sector whose headquarters lie in the state.
        stateSectors = Pattern.compile("(?i)\\b(" + alternatives(statesByName.keySet())
                + ")(?:['’]s)?(?:-based)?\\s+(?:border\\s+)?(?:patrol\\s+)?sector(s)?\\b");
        // Sorted by slug: the order of "one of" readings must not depend on hash codes (an enum's differ per run).
        sectorsByState = new java.util.HashMap<>();
        List<DimensionValue> sectorValues = sectorsByName.values().stream()
                .distinct()
                .sorted(java.util.Comparator.comparing(DimensionValue::slug))
                .toList();
        for (DimensionValue sector : sectorValues) {
            VOCABULARY.area(sector.slug()).orElseThrow().aliases().stream()
                    .map(alias -> alias.replaceFirst("^.*,\\s*([A-Z]{2})$", "$1"))
                    .filter(code -> code.length() == 2)
                    .findFirst()
                    .ifPresent(code -> sectorsByState
                            .computeIfAbsent(code, c -> new ArrayList<>())
                            .add(sector.slug()));
        }
        String stateNames = alternatives(statesByName.keySet());
        states = Pattern.compile(
                "(?i)\\b(?:in|into|across|along|through|entering|to)\\s+(?:the\\s+(?=\\S+\\s+border\\b))?("
                        + stateNames + ")\\b"
                        + "(?!(?:-based)?[- ](?:border\\s+)?(?:patrol\\s+)?sectors?\\b|[- ](?:field office|city)\\b)"
                        // "Arizona saw 91,353 migrant encounters", "Florida, where many arrive by sea, logged ...",
                        // "Texas accounted for a third of all encounters": a state whose count the sentence gives.
                        + "|\\b(" + stateNames
                        + ")(?:\\s+state)?(?:['’]s)?(?:,\\s+(?:where|which|whose|home to)\\b[^,;.]{0,80},)?\\s+(?:alone\\s+|also\\s+)?"
                        + "(?:saw|recorded|reported|logged|had|tallied|counted|registered|posted|accounted\\s+for"
                        + "|made\\s+up|represented)\\s+" + COUNT_GIVEN);
        // "Arizona and California each saw roughly 560,000 encounters": either state's count, not their sum.
        eachState = Pattern.compile(
                "(?i)\\b(" + stateNames + ")\\s+and\\s+(" + stateNames
                        + ")\\s+each\\s+(?:saw|recorded|reported|logged|had|tallied|counted|registered|posted|accounted\\s+for)\\b");
    }

    /** Every region, sector, field office and state named in the sentence, in order of position. */
    public List<PlaceMention> mentions(String sentence) {
        List<PlaceMention> found = new ArrayList<>();
        regions(found, NATIONWIDE, sentence, Region.NATIONWIDE);
        regions(found, SOUTHWEST, sentence, Region.SOUTHWEST);
        regions(found, NORTHERN, sentence, Region.NORTHERN);
        regions(found, OTHER, sentence, Region.OTHER);
        Matcher matcher = sectors.matcher(sentence);
        while (matcher.find()) {
            int group = 1;
            while (matcher.group(group) == null) {
                group++;
            }
            String name = matcher.group(group).toLowerCase(java.util.Locale.ROOT);
            DimensionValue sector = sectorsByName.get(name);
            if (sector != null && !statesByName.containsKey(name)) {
                found.add(new PlaceMention(
                        PlaceMention.Kind.AREA, sector.slug(), matcher.start(group), matcher.end(group)));
            }
        }
        sectorLists(found, sentence);
        bareNames(found, sentence);
        stateSectors(found, sentence);
        for (Part part : PARTS) {
            Matcher words = part.pattern().matcher(sentence);
            while (words.find()) {
                for (String sector : part.sectors()) {
                    found.add(new PlaceMention(
                            PlaceMention.Kind.AREA,
                            sector,
                            words.start(),
                            words.end(),
                            part.sectors().size() > 1));
                }
            }
        }
        matcher = fieldOffices.matcher(sentence);
        while (matcher.find()) {
            int start = matcher.start();
            int end = matcher.end();
            VOCABULARY
                    .find(Dimension.AREA, matcher.group(1) + " FO")
                    .ifPresent(
                            office -> found.add(new PlaceMention(PlaceMention.Kind.AREA, office.slug(), start, end)));
        }
        bareOfficeNames(found, sentence);
        matcher = eachState.matcher(sentence);
        while (matcher.find()) {
            for (int group = 1; group <= 2; group++) {
                DimensionValue state = statesByName.get(matcher.group(group).toLowerCase(java.util.Locale.ROOT));
                found.add(new PlaceMention(
                        PlaceMention.Kind.STATE, state.slug(), matcher.start(group), matcher.end(group), true));
            }
        }
        matcher = states.matcher(sentence);
        while (matcher.find()) {
            int group = matcher.group(1) != null ? 1 : 2;
            DimensionValue state = statesByName.get(matcher.group(group).toLowerCase(java.util.Locale.ROOT));
            found.add(
                    new PlaceMention(PlaceMention.Kind.STATE, state.slug(), matcher.start(group), matcher.end(group)));
        }
        // "Ramey sector in Puerto Rico": the state says where the sector lies; it narrows nothing.
        List<PlaceMention> areas =
                found.stream().filter(m -> m.kind() == PlaceMention.Kind.AREA).toList();
        found.removeIf(m -> m.kind() == PlaceMention.Kind.STATE
                && areas.stream()
                        .anyMatch(area -> area.end() <= m.start()
                                && WHERE_IT_LIES
                                        .matcher(sentence.substring(area.end(), m.start()))
                                        .matches()));
        found.sort(java.util.Comparator.comparingInt(PlaceMention::start));
        return List.copyOf(found);
    }

    /**
     * "The El Paso sector led with 427,470, ahead of Del Rio with 393,240", "Tucson agents made
     * 41,940 apprehensions, San Diego 33,780": in a sentence about sectors (one it names as such, or
     * the word), a sector's name alone is one too, unless the words make it a port, station or town.
     */
    private void bareNames(List<PlaceMention> found, String sentence) {
        boolean aboutSectors = SECTOR_WORD.matcher(sentence).find()
                || found.stream().anyMatch(m -> m.kind() == PlaceMention.Kind.AREA);
        if (!aboutSectors) {
            return;
        }
        Matcher name = sectorName.matcher(sentence);
        while (name.find()) {
            int start = name.start(1);
            int end = name.end(1);
            DimensionValue sector = sectorsByName.get(name.group(1).toLowerCase(java.util.Locale.ROOT));
            boolean named = named(found, start, end);
            if (sector != null
                    && !named
                    && !statesByName.containsKey(name.group(1).toLowerCase(java.util.Locale.ROOT))
                    && !NOT_A_SECTOR.matcher(sentence.substring(end)).lookingAt()) {
                found.add(new PlaceMention(PlaceMention.Kind.AREA, sector.slug(), start, end));
            }
        }
    }

    /**
     * "The Laredo field office handled about 24,600, and San Diego ranked second with roughly 15,500": in a
     * sentence that names a field office, an office's name alone is one too.
     */
    private void bareOfficeNames(List<PlaceMention> found, String sentence) {
        boolean aboutOffices = found.stream()
                .anyMatch(m -> m.kind() == PlaceMention.Kind.AREA
                        && VOCABULARY
                                .area(m.slug())
                                .filter(area -> !area.isSector())
                                .isPresent());
        if (!aboutOffices) {
            return;
        }
        Matcher name = officeName.matcher(sentence);
        while (name.find()) {
            int start = name.start(1);
            int end = name.end(1);
            boolean named = named(found, start, end);
            if (!named) {
                VOCABULARY
                        .find(Dimension.AREA, name.group(1) + " FO")
                        .ifPresent(office ->
                                found.add(new PlaceMention(PlaceMention.Kind.AREA, office.slug(), start, end)));
            }
        }
    }

    /** Whether a place already found covers part of {@code [start, end)}. */
    private static boolean named(List<PlaceMention> found, int start, int end) {
        return found.stream().anyMatch(m -> m.start() < end && start < m.end());
    }

    /** The sectors of a state: one mention each, all where the words stand. */
    private void stateSectors(List<PlaceMention> found, String sentence) {
        Matcher matcher = stateSectors.matcher(sentence);
        while (matcher.find()) {
            DimensionValue state = statesByName.get(matcher.group(1).toLowerCase(java.util.Locale.ROOT));
            // "An Arizona border sector" is one of them; "the Texas sectors" are all of them.
            boolean oneOf = matcher.group(2) == null;
            for (String sector : sectorsByState.getOrDefault(state.slug(), List.of())) {
                found.add(new PlaceMention(PlaceMention.Kind.AREA, sector, matcher.start(), matcher.end(), oneOf));
            }
        }
    }

    /** "The El Paso, Big Bend and Del Rio sectors": every name of a list that ends in "sectors". */
    private void sectorLists(List<PlaceMention> found, String sentence) {
        Matcher list = sectorList.matcher(sentence);
        while (list.find()) {
            Matcher name = sectorName.matcher(list.group());
            while (name.find()) {
                DimensionValue sector = sectorsByName.get(name.group(1).toLowerCase(java.util.Locale.ROOT));
                int start = list.start() + name.start(1);
                if (sector != null && found.stream().noneMatch(m -> m.start() == start)) {
                    found.add(
                            new PlaceMention(PlaceMention.Kind.AREA, sector.slug(), start, list.start() + name.end(1)));
                }
            }
        }
    }

    private static void regions(List<PlaceMention> found, Pattern pattern, String sentence, Region region) {
        Matcher matcher = pattern.matcher(sentence);
        while (matcher.find()) {
            found.add(new PlaceMention(PlaceMention.Kind.REGION, region.slug(), matcher.start(), matcher.end()));
        }
    }

    /** A part of the border by its words, and the sectors that cover it. */
    private record Part(Pattern pattern, List<String> sectors) {
        Part(String regex, String... sectors) {
            this(Pattern.compile(regex), List.of(sectors));
        }
    }

    static String alternatives(Set<String> names) {
        return names.stream()
                .sorted((a, b) -> b.length() - a.length())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }
}
