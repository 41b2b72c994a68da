package dev.frontera.movements.routes;

import static java.util.Objects.requireNonNull;

import dev.frontera.movements.gazetteer.PortOfEntry;
import dev.frontera.movements.geography.BorderPoint;
import dev.frontera.movements.geography.Distance;
import dev.frontera.movements.geography.GeoPoint;

/**
 * Everything Frontera computes about how far a point is from the US border.
 *
 * @param border nearest point of the boundary line, by great circle
 * @param nearestPort nearest port of entry by great circle, and {@code toNearestPort} the distance
 * @param likelyCrossing the crossing with the shortest estimated road distance, with its method
 */
public record BorderDistances(
        GeoPoint from,
        BorderPoint border,
        PortOfEntry nearestPort,
        Distance toNearestPort,
        RoadEstimate likelyCrossing) {
    public BorderDistances {
        requireNonNull(from, "from is null");
        requireNonNull(border, "border is null");
        requireNonNull(nearestPort, "nearestPort is null");
        requireNonNull(toNearestPort, "toNearestPort is null");
        requireNonNull(likelyCrossing, "likelyCrossing is null");
    }
}
