package dev.frontera.movements.sightings;

import static java.util.Objects.requireNonNull;

import dev.frontera.movements.geography.GeoPoint;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A sighting as a person enters it. Without {@code point}, {@code place} must be a gazetteer
 * name; with it, {@code place} is a free label ({@code "km 40, Highway 200"}).
 */
public record NewSighting(
        LocalDate date,
        String place,
        Optional<GeoPoint> point,
        Optional<SizeEstimate> size,
        String sourceUrl,
        String quote) {
    public NewSighting {
        requireNonNull(date, "date is null");
        requireNonNull(place, "place is null");
        requireNonNull(point, "point is null");
        requireNonNull(size, "size is null");
        requireNonNull(sourceUrl, "sourceUrl is null");
        requireNonNull(quote, "quote is null");
    }

    /** A sighting at a named place. */
    public static NewSighting at(
            LocalDate date, String place, Optional<SizeEstimate> size, String sourceUrl, String quote) {
        return new NewSighting(date, place, Optional.empty(), size, sourceUrl, quote);
    }
}
