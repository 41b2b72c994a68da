package dev.frontera.movements.geography;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/** Where a group was on a day. */
public record Position(LocalDate date, GeoPoint point) {
    public Position {
        requireNonNull(date, "date is null");
        requireNonNull(point, "point is null");
    }
}
