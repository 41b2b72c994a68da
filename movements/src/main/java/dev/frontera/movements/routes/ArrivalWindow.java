package dev.frontera.movements.routes;

import static java.util.Objects.requireNonNull;

import dev.frontera.movements.gazetteer.PortOfEntry;
import dev.frontera.movements.geography.Distance;
import dev.frontera.movements.geography.GreatCircle;
import dev.frontera.movements.geography.Pace;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * When a group could reach a crossing at the pace it has kept: the straight-line distance left
 * from its last position divided by its overall pace (expected), by its fastest leg (earliest)
 * and by its slowest leg (latest), counted in whole days from the last sighting.
 *
 * @param latest empty when the slowest leg made no progress: no upper bound
 */
public record ArrivalWindow(
        PortOfEntry crossing,
        Distance remaining,
        Pace pace,
        LocalDate earliest,
        LocalDate expected,
        Optional<LocalDate> latest,
        String method) {
    public ArrivalWindow {
        requireNonNull(crossing, "crossing is null");
        requireNonNull(latest, "latest is null");
    }

    /** The sector of the crossing, a slug of the {@code sector} dimension. */
    public String sector() {
        return crossing.sector();
    }

    /** The window for a pace and a crossing. */
    public static ArrivalWindow of(Pace pace, PortOfEntry crossing) {
        Distance remaining = GreatCircle.between(pace.lastPoint(), crossing.point());
        LocalDate last = pace.lastDate();
        Optional<LocalDate> latest = pace.slowestKilometresPerDay() > 0
                ? Optional.of(last.plusDays(days(remaining, pace.slowestKilometresPerDay())))
                : Optional.empty();
        String method = String.format(
                Locale.ROOT,
                "%s left in a straight line to %s (%s sector) from the "
                        + "position of %s, divided by %.1f km/day overall, %.1f km/day fastest leg, %.1f km/day slowest leg; "
                        + "days rounded up",
                remaining.label(),
                crossing.label(),
                crossing.sector(),
                last,
                pace.kilometresPerDay(),
                pace.fastestKilometresPerDay(),
                pace.slowestKilometresPerDay());
        return new ArrivalWindow(
                crossing,
                remaining,
                pace,
                last.plusDays(days(remaining, pace.fastestKilometresPerDay())),
                last.plusDays(days(remaining, pace.kilometresPerDay())),
                latest,
                method);
    }

    private static long days(Distance remaining, double kilometresPerDay) {
        if (kilometresPerDay <= 0) {
            throw new IllegalArgumentException("a pace of 0 km/day never arrives");
        }
        // A whole number of days computed in floating point may come out a hair above it.
        return (long) Math.ceil(remaining.kilometres() / kilometresPerDay - 1e-9);
    }
}
