package dev.frontera.movements.geography;

import java.util.Locale;

/** A distance, kept in kilometres and shown in kilometres and (statute) miles. */
public record Distance(double kilometres) implements Comparable<Distance> {
    /** Kilometres in one international statute mile. */
    public static final double KM_PER_MILE = 1.609344;

    public Distance {
        if (!(kilometres >= 0)) {
            throw new IllegalArgumentException("distance must be a non-negative number, not " + kilometres);
        }
    }

    public static Distance ofMiles(double miles) {
        return new Distance(miles * KM_PER_MILE);
    }

    public double miles() {
        return kilometres / KM_PER_MILE;
    }

    /** {@code 1,331 km (827 mi)}. */
    public String label() {
        return String.format(Locale.ROOT, "%,.0f km (%,.0f mi)", kilometres, miles());
    }

    @Override
    public int compareTo(Distance other) {
        return Double.compare(kilometres, other.kilometres);
    }
}
