package dev.frontera.movements.sightings;

import dev.frontera.core.FronteraException;
import dev.frontera.movements.geography.GeoPoint;
import dev.frontera.movements.geography.GreatCircle;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What makes a sighting impossible: a date in the future or before the movement was first
 * reported, or a position that no group could have reached from its neighbours in time.
 */
final class SightingRules {
    /**
     * The fastest a group can cover ground in one day: a full day on buses, 12.5 hours at 80 km/h.
     * Walking (30-50 km/day) is far below it; anything faster is a typo or a different group.
     */
    static final double MAX_KM_PER_DAY = 1000.0;

    private SightingRules() {}

    static void checkDate(String what, LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            throw FronteraException.invalid("%s date %s is in the future (today is %s)", what, date, today);
        }
    }

    /**
     * Checks a sighting against the movement's first report and the sightings before and after it
     * in time; {@code others} excludes the sighting being corrected.
     */
    static void checkTimeline(
            Movement movement, List<Sighting> others, LocalDate date, GeoPoint point, LocalDate today) {
        checkDate("sighting", date, today);
        if (date.isBefore(movement.firstReported())) {
            throw FronteraException.invalid(
                    "sighting date %s is before movement '%s' was first reported on %s",
                    date, movement.id(), movement.firstReported());
        }
        List<Fix> fixes = new ArrayList<>();
        fixes.add(new Fix(
                movement.firstReported(),
                movement.origin().point(),
                "its origin " + movement.origin().name()));
        others.forEach(s -> fixes.add(new Fix(s.date(), s.point(), s.placeName())));
        fixes.sort(Comparator.comparing(Fix::date));
        Fix before = fixes.stream()
                .filter(f -> !f.date().isAfter(date))
                .reduce((a, b) -> b)
                .orElseThrow();
        checkPace(before, new Fix(date, point, "the new sighting"));
        fixes.stream()
                .filter(f -> f.date().isAfter(date))
                .findFirst()
                .ifPresent(after -> checkPace(new Fix(date, point, "the new sighting"), after));
    }

    private static void checkPace(Fix from, Fix to) {
        double kilometres = GreatCircle.between(from.point(), to.point()).kilometres();
        long days = Math.max(1, ChronoUnit.DAYS.between(from.date(), to.date()));
        double pace = kilometres / days;
        if (pace > MAX_KM_PER_DAY) {
            throw FronteraException.invalid(String.format(
                    Locale.ROOT,
                    "%s (%s) and %s (%s) are %.0f km apart in a straight line, %d day(s) apart: %.0f km/day is "
                            + "faster than walking or buses allow (at most %.0f km/day)",
                    from.label(),
                    from.date(),
                    to.label(),
                    to.date(),
                    kilometres,
                    days,
                    pace,
                    MAX_KM_PER_DAY));
        }
    }

    private record Fix(LocalDate date, GeoPoint point, String label) {}
}
