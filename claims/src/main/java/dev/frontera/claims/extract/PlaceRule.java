package dev.frontera.claims.extract;

import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.dimension.DimensionValue;
import dev.frontera.core.dimension.Vocabulary;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads where a claim is about: the southwest ("southern border", "US-Mexico border"), the
 * northern border, the whole country ("nationwide"), a Border Patrol sector or field office
 * (names from the {@link Vocabulary}), or a state ("in Texas").
 */
public final class PlaceRule {
    private static final Pattern SOUTHWEST = Pattern.compile("(?i)\\bsouth(?:ern|west|western)\\s+(?:u\\.?s\\.?\\s+)?(?:land\\s+)?border"
            + "|\\bu\\.?s\\.?[- ]mexic(?:o|an)\\s+border|\\bmexico[- ]u\\.?s\\.? border|\\bborder with mexico\\b|\\bmexican border\\b"
            + "|\\bmexico border\\b|\\bsouthwest\\b|\\bSWB\\b");
    private static final Pattern NORTHERN = Pattern.compile("(?i)\\bnorthern\\s+(?:u\\.?s\\.?\\s+)?border|\\bcanad(?:a|ian)\\s+border"
            + "|\\bu\\.?s\\.?[- ]canad(?:a|ian)\\s+border|\\bborder with canada\\b");
    private static final Pattern NATIONWIDE = Pattern.compile("(?i)\\bnationwide\\b|\\bnationally\\b|\\bacross the (?:country|nation)\\b"
            + "|\\b(?:mexico|canada),?\\s+(?:or\\s+|and\\s+)?(?:canada|mexico)\\b|\\bcoastal (?:boundaries|borders|waters)\\b"
            + "|\\ball (?:u\\.?s\\.? )?borders\\b|\\bcountry-?wide\\b|\\bat all (?:ports|borders)\\b|\\bnational (?:total|level)\\b");
    private static final Vocabulary VOCABULARY = Vocabulary.standard();
    private final Map<String, DimensionValue> sectorsByName;
    private final Pattern sectors;
    private final Pattern fieldOffices;
    private final Map<String, DimensionValue> statesByName;
    private final Pattern states;

    public PlaceRule() {
        List<DimensionValue> areas = VOCABULARY.values(Dimension.AREA);
        sectorsByName = areas.stream().filter(v -> !v.slug().endsWith("-field-office"))
                .collect(Collectors.toMap(v -> v.displayName().replace(" Sector", "").toLowerCase(java.util.Locale.ROOT), v -> v, (a, b) -> a, java.util.HashMap::new));
        sectorsByName.put("rgv", VOCABULARY.bySlug(Dimension.AREA, "rio-grande-valley").orElseThrow());
        sectors = Pattern.compile("(?i)\\b(" + alternatives(sectorsByName.keySet()) + ")\\s+(?:border\\s+patrol\\s+)?sector\\b"
                + "|\\b(?:in|near|around|across)\\s+(?:the\\s+)?(" + alternatives(sectorsByName.keySet()) + ")\\b|\\b(RGV)\\b"
                // "Tucson agents encountered...": the agents of a sector.
                + "|\\b(" + alternatives(sectorsByName.keySet()) + ")\\s+(?:border\\s+patrol\\s+)?agents\\b");
        fieldOffices = Pattern.compile("(?i)\\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) field office\\b");
        statesByName = VOCABULARY.values(Dimension.STATE).stream()
                .collect(Collectors.toMap(v -> v.displayName().toLowerCase(java.util.Locale.ROOT), v -> v, (a, b) -> a));
        states = Pattern.compile("(?i)\\b(?:in|into|across|along|through|entering|to)\\s+(" + alternatives(statesByName.keySet()) + ")\\b"
                + "(?![- ](?:sector|field office|city))");
    }

    /** Region and area filters named in the sentence. */
    public Place find(String sentence) {
        Map<Dimension, Set<String>> areas = new EnumMap<>(Dimension.class);
        Optional<String> region = Optional.empty();
        if (NATIONWIDE.matcher(sentence).find()) {
            region = Optional.of(Place.NATIONWIDE);
        } else if (SOUTHWEST.matcher(sentence).find()) {
            region = Optional.of("southwest");
        } else if (NORTHERN.matcher(sentence).find()) {
            region = Optional.of("northern");
        }
        Matcher matcher = sectors.matcher(sentence);
        while (matcher.find()) {
            String name = (matcher.group(1) != null ? matcher.group(1) : matcher.group(2) != null ? matcher.group(2)
                    : matcher.group(3) != null ? matcher.group(3) : matcher.group(4)).toLowerCase(java.util.Locale.ROOT);
            DimensionValue sector = sectorsByName.get(name);
            if (sector != null && !statesByName.containsKey(name)) {
                areas.computeIfAbsent(Dimension.AREA, d -> new HashSet<>()).add(sector.slug());
            }
        }
        matcher = fieldOffices.matcher(sentence);
        while (matcher.find()) {
            VOCABULARY.find(Dimension.AREA, matcher.group(1) + " FO")
                    .ifPresent(office -> areas.computeIfAbsent(Dimension.AREA, d -> new HashSet<>()).add(office.slug()));
        }
        matcher = states.matcher(sentence);
        while (matcher.find()) {
            DimensionValue state = statesByName.get(matcher.group(1).toLowerCase(java.util.Locale.ROOT));
            areas.computeIfAbsent(Dimension.STATE, d -> new HashSet<>()).add(state.slug());
        }
        return new Place(region, areas);
    }

    static String alternatives(Set<String> names) {
        return names.stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }
}
