package dev.frontera.movements.sightings;

import static java.util.Objects.requireNonNull;

import dev.frontera.movements.geography.GeoPoint;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where and when a movement was seen, how large a source said it was, and where that was read.
 *
 * @param placeName the gazetteer label, or the free label given with explicit coordinates
 */
public record Sighting(
        long id,
        String movementId,
        LocalDate date,
        String placeName,
        GeoPoint point,
        Optional<SizeEstimate> size,
        String sourceUrl,
        String quote) {
    public Sighting {
        requireNonNull(movementId, "movementId is null");
        requireNonNull(date, "date is null");
        requireNonNull(placeName, "placeName is null");
        requireNonNull(point, "point is null");
        requireNonNull(size, "size is null");
        requireNonNull(sourceUrl, "sourceUrl is null");
        requireNonNull(quote, "quote is null");
    }
}
