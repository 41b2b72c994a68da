package dev.frontera.movements.geography;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How fast a group moves, from successive positions: each leg's straight-line (great-circle)
 * distance over its whole days. {@code kilometresPerDay} is the overall pace (all distance over
 * all days); the spread is the slowest and fastest leg and the standard deviation of the legs.
 * Straight-line pace understates the road walked, which is why arrival windows are computed on
 * straight-line remaining distance too: the detour factor cancels.
 */
public record Pace(
        double kilometresPerDay,
        double slowestKilometresPerDay,
        double fastestKilometresPerDay,
        double standardDeviation,
        int legs,
        Distance covered,
        long days,
        LocalDate lastDate,
        GeoPoint lastPoint) {

    /** The pace over positions in any order; empty unless they span at least two different days. */
    public static Optional<Pace> of(List<Position> positions) {
        List<Position> sorted = new ArrayList<>(positions);
        sorted.sort(Comparator.comparing(Position::date));
        // Several positions on one day: the last entered stands for that day.
        List<Position> daily = new ArrayList<>();
        for (Position position : sorted) {
            if (!daily.isEmpty() && daily.get(daily.size() - 1).date().equals(position.date())) {
                daily.set(daily.size() - 1, position);
            } else {
                daily.add(position);
            }
        }
        if (daily.size() < 2) {
            return Optional.empty();
        }
        List<Double> legPaces = new ArrayList<>();
        double kilometres = 0;
        for (int i = 1; i < daily.size(); i++) {
            double leg = GreatCircle.between(
                            daily.get(i - 1).point(), daily.get(i).point())
                    .kilometres();
            long days = ChronoUnit.DAYS.between(
                    daily.get(i - 1).date(), daily.get(i).date());
            kilometres += leg;
            legPaces.add(leg / days);
        }
        Position first = daily.get(0);
        Position last = daily.get(daily.size() - 1);
        long days = ChronoUnit.DAYS.between(first.date(), last.date());
        double mean =
                legPaces.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double variance =
                legPaces.stream().mapToDouble(p -> (p - mean) * (p - mean)).sum() / legPaces.size();
        return Optional.of(new Pace(
                kilometres / days,
                legPaces.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
                legPaces.stream().mapToDouble(Double::doubleValue).max().orElseThrow(),
                Math.sqrt(variance),
                legPaces.size(),
                new Distance(kilometres),
                days,
                last.date(),
                last.point()));
    }

    public double milesPerDay() {
        return kilometresPerDay / Distance.KM_PER_MILE;
    }

    /** {@code 18.5 km/day (11.5 mi/day), legs 14.8-33.4 km/day over 6 days}. */
    public String label() {
        return String.format(
                Locale.ROOT,
                "%.1f km/day (%.1f mi/day), legs %.1f-%.1f km/day over %d days",
                kilometresPerDay,
                milesPerDay(),
                slowestKilometresPerDay,
                fastestKilometresPerDay,
                days);
    }
}
