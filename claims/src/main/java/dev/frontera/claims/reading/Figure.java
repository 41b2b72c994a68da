package dev.frontera.claims.reading;

import static java.util.Objects.requireNonNull;

/** An official figure in the unit of the claim (count, per-day rate, percent change, share or multiple) and the release it comes from. */
public record Figure(double value, String release) {
    public Figure {
        requireNonNull(release, "release is null");
    }
}
