package dev.frontera.movements.news;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.Verdict;
import dev.frontera.movements.gazetteer.Gazetteer;
import dev.frontera.movements.gazetteer.Place;
import dev.frontera.movements.geography.Distance;
import dev.frontera.movements.geography.GeoPoint;
import dev.frontera.movements.geography.UsMexicoBorder;
import dev.frontera.movements.routes.RoadEstimate;
import dev.frontera.movements.routes.RoadNetwork;
import dev.frontera.text.Sentence;
import dev.frontera.text.SentenceSplitter;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds claims such as "about 1,000 miles south of the US border" and checks them. The claim is
 * measured from a place the sentence names, else (for "the caravan") from the departure place
 * the same article reports. Two distances bound the truth: the great-circle distance to the
 * nearest point of the border and the estimated road distance to the likely crossing. A claim
 * is accurate when it lies between them, or within the tolerance its wording allows of either
 * (15% for "about", "around", "roughly"; 10% for a bare figure); "more than" and "nearly" bound
 * it from one side.
 */
public final class DistanceClaims {
    private static final Pattern CLAIM = Pattern.compile(
            "(?:\\b(about|around|roughly|approximately|some|nearly|"
                    + "almost|more than|over|at least|less than|under)\\s+)?\\b(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)"
                    + "[\\s-]*(miles|mile|mi|kilometers|kilometres|km)\\s+(?:(?:south|away|short)\\s+(?:of|from)|from)\\s+"
                    + "(?:the\\s+)?"
                    + "(?:US|U\\.S\\.|United States|American|southern|US-Mexico|U\\.S\\.-Mexico)?\\s*border",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPITALISED =
            Pattern.compile("\\p{Lu}[\\p{L}'’]+(?:\\s+(?:de|del|la)?\\s*\\p{Lu}[\\p{L}'’]+)*");
    private static final Pattern PLACE_AFTER = Pattern.compile(
            "\\s*,?\\s*(?:at|in|near|outside|around)\\s+(?:the\\s+(?:\\p{Ll}+\\s+){0,3}(?:city|town)\\s+of\\s+)?("
                    + "\\p{Lu}[\\p{L}'’]+(?:\\s+(?:de|del|la)?\\s*\\p{Lu}[\\p{L}'’]+)*)");
    private static final Pattern ABOUT_A_GROUP =
            Pattern.compile("\\b(caravan|the group|migrants)\\b", Pattern.CASE_INSENSITIVE);

    private final Gazetteer gazetteer;
    private final UsMexicoBorder border;
    private final RoadNetwork roads;
    private final CaravanReports reports;
    private final SentenceSplitter sentences = SentenceSplitter.english();

    public DistanceClaims(Gazetteer gazetteer, UsMexicoBorder border, RoadNetwork roads) {
        this.gazetteer = requireNonNull(gazetteer, "gazetteer is null");
        this.border = requireNonNull(border, "border is null");
        this.roads = requireNonNull(roads, "roads is null");
        this.reports = new CaravanReports(gazetteer);
    }

    /** Checks on the vendored gazetteer and border. */
    public static DistanceClaims standard() {
        Gazetteer gazetteer = Gazetteer.standard();
        return new DistanceClaims(gazetteer, UsMexicoBorder.standard(), new RoadNetwork(gazetteer));
    }

    /** Every distance-to-the-border claim in {@code text}, each checked. */
    public List<DistanceClaim> find(String text, LocalDate published) {
        List<DistanceClaim> claims = new ArrayList<>();
        Optional<CaravanReport> report = reports.find(text, published);
        for (String sentence :
                sentences.split(text).stream().map(Sentence::text).toList()) {
            Matcher match = CLAIM.matcher(sentence);
            while (match.find()) {
                claims.add(check(sentence, match, report, published));
            }
        }
        return claims;
    }

    private DistanceClaim check(String sentence, Matcher match, Optional<CaravanReport> report, LocalDate published) {
        String qualifier = match.group(1) == null ? "" : match.group(1).toLowerCase(Locale.ROOT);
        double figure = Double.parseDouble(match.group(2).replace(",", ""));
        boolean miles = match.group(3).toLowerCase(Locale.ROOT).startsWith("mi");
        Distance claimed = miles ? Distance.ofMiles(figure) : new Distance(figure);
        String claimedText = match.group().replaceAll("\\s+(?:south|away|short|from)\\b.*", "");
        Optional<Subject> subject = placeIn(sentence.substring(0, match.start()))
                .or(() -> placeAfter(sentence.substring(match.end())))
                .map(place -> new Subject(place.label(), place.point()))
                .or(() -> caravanPosition(sentence, report, published));
        if (subject.isEmpty()) {
            return new DistanceClaim(
                    sentence,
                    claimedText,
                    qualifier,
                    claimed,
                    Verdict.UNVERIFIABLE,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    "The sentence names no place, and the article gives no position for the group it speaks of: "
                            + "there is nothing to measure from.");
        }
        GeoPoint point = subject.get().point();
        Distance straight = border.nearest(point).distance();
        RoadEstimate road = roads.toLikelyCrossing(point);
        Verdict verdict = judge(
                claimed.kilometres(),
                qualifier,
                straight.kilometres(),
                road.distance().kilometres());
        String explanation = String.format(
                Locale.ROOT,
                "Claimed %s (%,.0f km). Measured from %s: %s to the nearest point "
                        + "of the US-Mexico border in a straight line (great circle, WGS84 mean radius 6,371.0088 km, "
                        + "Natural Earth 1:10m boundary); %s by road to %s, %s sector (%s). %s",
                claimedText,
                claimed.kilometres(),
                subject.get().label(),
                straight.label(),
                road.distance().label(),
                road.crossing().label(),
                road.crossing().sector(),
                road.method(),
                reason(verdict, qualifier));
        return new DistanceClaim(
                sentence,
                claimedText,
                qualifier,
                claimed,
                verdict,
                Optional.of(subject.get().label()),
                Optional.of(straight),
                Optional.of(road.distance()),
                explanation);
    }

    static Verdict judge(double claimed, String qualifier, double straight, double road) {
        double tolerance = switch (qualifier) {
            case "about", "around", "roughly", "approximately", "some" -> 0.15;
            default -> 0.10;
        };
        double low = straight * (1 - tolerance);
        double high = road * (1 + tolerance);
        boolean holds = switch (qualifier) {
            case "more than", "over", "at least" -> straight >= claimed * (1 - tolerance) || road >= claimed;
            case "nearly", "almost", "less than", "under" -> straight <= claimed * (1 + tolerance);
            default -> claimed >= low && claimed <= high;
        };
        return holds ? Verdict.ACCURATE : Verdict.INACCURATE;
    }

    private static String reason(Verdict verdict, String qualifier) {
        String tolerance = switch (qualifier) {
            case "about", "around", "roughly", "approximately", "some" -> "15% for \"" + qualifier + "\"";
            case "" -> "10% for a bare figure";
            default -> "10% for \"" + qualifier + "\"";
        };
        return verdict == Verdict.ACCURATE
                ? "The claim lies within the straight-line and road distances, allowing " + tolerance + "."
                : "The claim lies outside the straight-line and road distances, even allowing " + tolerance + ".";
    }

    private record Subject(String label, GeoPoint point) {}

    /** "... 1,000 miles south of the border at Tapachula": the place the words after the claim put the group at. */
    private Optional<Place> placeAfter(String text) {
        Matcher at = PLACE_AFTER.matcher(text);
        if (!at.lookingAt()) {
            return Optional.empty();
        }
        return gazetteer.find(at.group(1)).filter(place -> place.population() > 0);
    }

    private Optional<Place> placeIn(String text) {
        Matcher names = CAPITALISED.matcher(text);
        Optional<Place> last = Optional.empty();
        while (names.find()) {
            String name = names.group();
            if (name.equals("The") || name.equals("US")) {
                continue;
            }
            Optional<Place> place = gazetteer.find(name);
            if (place.isPresent() && place.get().population() > 0) {
                last = place;
            }
        }
        return last;
    }

    private static Optional<Subject> caravanPosition(
            String sentence, Optional<CaravanReport> report, LocalDate published) {
        if (!ABOUT_A_GROUP.matcher(sentence).find()
                || report.isEmpty()
                || report.get().origin().isEmpty()) {
            return Optional.empty();
        }
        Place origin = report.get().origin().get();
        String since = report.get()
                .departed()
                .map(day -> "left on %s, %d days before publication"
                        .formatted(day, ChronoUnit.DAYS.between(day, published)))
                .orElse("departure date not given");
        return Optional.of(new Subject(
                "%s, the group's last reported position (%s; it may have moved since)".formatted(origin.label(), since),
                origin.point()));
    }
}
