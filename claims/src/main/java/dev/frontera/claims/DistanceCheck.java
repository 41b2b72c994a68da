package dev.frontera.claims;

import dev.frontera.claims.reading.Figure;
import dev.frontera.core.Verdict;
import dev.frontera.movements.Movements;
import dev.frontera.movements.geography.Distance;
import dev.frontera.movements.news.DistanceClaim;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;

/**
 * Distance-to-the-border claims ("around 1,000 miles south of the US border") as claims of kind
 * {@code distance}: the movements module measures the distance from the place the sentence
 * names (or the group's reported position), and the result is put in the shape of a checked claim,
 * the straight-line distance as the official figure and the road estimate as an alternative, each
 * in the unit the claim is written in, with the method as its source.
 */
final class DistanceCheck {
    static final String KIND = "distance";
    private static final String STRAIGHT_METHOD =
            "great-circle distance to the nearest point of the US-Mexico border" + " (Natural Earth 1:10m boundary)";
    /** Distances are computed, not read: how sure a distance verdict is does not come from the claims model. */
    private static final double DISTANCE_CONFIDENCE = 0.8;

    private static final String ROAD_METHOD = "estimated road distance along the main corridors to the likely crossing";

    // Cheap gate: the movements module's distance claims are a number and a unit of length; most articles have none.
    private static final Pattern LENGTH = Pattern.compile("(?i)\\d[\\s-]*(?:miles?|mi|kilomet(?:er|re)s|km)\\b");

    private final Movements movements;

    DistanceCheck(Movements movements) {
        this.movements = java.util.Objects.requireNonNull(movements, "movements is null");
    }

    /** The distance claims of {@code text}, with offsets into it. */
    List<CheckedClaim> check(String text, LocalDate published) {
        if (!LENGTH.matcher(text).find()) {
            return List.of();
        }
        List<CheckedClaim> claims = new ArrayList<>();
        int cursor = 0;
        for (DistanceClaim claim : movements.distanceClaims(text, published)) {
            int sentenceAt = text.indexOf(claim.quote(), cursor);
            int from = sentenceAt >= 0 ? sentenceAt : cursor;
            int start = text.indexOf(claim.claimedText(), from);
            if (start < 0) {
                start = text.indexOf(claim.claimedText());
            }
            if (start < 0) {
                continue; // the movements module reworded the phrase: there is nothing to point at in the input
            }
            int end = start + claim.claimedText().length();
            cursor = Math.max(cursor, start);
            claims.add(toClaim(claim, start, end, published));
        }
        return claims;
    }

    private static CheckedClaim toClaim(DistanceClaim claim, int start, int end, LocalDate published) {
        boolean miles =
                MILES.matcher(claim.claimedText().toLowerCase(Locale.ROOT)).matches();
        String unit = miles ? "mi" : "km";
        double value = miles ? claim.claimed().miles() : claim.claimed().kilometres();
        Optional<String> from = claim.subject();
        Optional<Figure> straight =
                claim.straightLine().map(d -> new Figure(inUnit(d, miles), STRAIGHT_METHOD + ", " + unit));
        List<Alternative> alternatives = claim.road()
                .map(road -> List.of(new Alternative(
                        new Subject.Distance("road", from),
                        0,
                        0,
                        Optional.of(new Figure(inUnit(road, miles), ROAD_METHOD + ", " + unit)),
                        Optional.of(claim.verdict() == Verdict.ACCURATE))))
                .orElse(List.of());
        return new CheckedClaim(
                new Subject.Distance("straight-line", from),
                claim.quote(),
                start,
                end,
                claim.claimedText(),
                OptionalDouble.of(Math.round(value)),
                qualifier(claim.qualifier()),
                straight,
                Optional.empty(),
                claim.verdict(),
                DISTANCE_CONFIDENCE,
                claim.explanation(),
                alternatives);
    }

    private static double inUnit(Distance distance, boolean miles) {
        return Math.round(miles ? distance.miles() : distance.kilometres());
    }

    /** The statistic qualifiers' slugs for the distance qualifiers' words. */
    private static String qualifier(String words) {
        return switch (words) {
            case "" -> "exact";
            case "about", "around", "roughly", "approximately", "some" -> "about";
            case "nearly", "almost", "less than", "under" -> "under";
            case "more than", "over" -> "over";
            case "at least" -> "at_least";
            default -> words.replace(' ', '_');
        };
    }

    // Compiled once: these run for every number found.
    private static final Pattern MILES = Pattern.compile("(?s).*\\bmi(?:les?|\\.)?\\b.*");
}
