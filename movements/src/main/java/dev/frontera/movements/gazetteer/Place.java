package dev.frontera.movements.gazetteer;

import static java.util.Objects.requireNonNull;

import dev.frontera.movements.geography.GeoPoint;
import java.util.List;

/**
 * A named place: a GeoNames populated place ({@code id} {@code geonames:3516266}) or a US port of
 * entry ({@code port:san-ysidro}). {@code name} is the local (mostly Spanish) name GeoNames
 * gives, {@code englishName} the one English-language reports use, often the same.
 *
 * @param country ISO 3166-1 alpha-2 code
 * @param region GeoNames admin1 code: a Mexican state number, or a US state code such as {@code TX}
 */
public record Place(
        String id,
        String name,
        String englishName,
        GeoPoint point,
        String country,
        String region,
        long population,
        List<String> aliases) {
    public Place {
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
        requireNonNull(englishName, "englishName is null");
        requireNonNull(point, "point is null");
        requireNonNull(country, "country is null");
        requireNonNull(region, "region is null");
        aliases = List.copyOf(aliases);
    }

    /** {@code Tapachula, MX} or {@code Mexico City (Ciudad de México), MX}. */
    public String label() {
        String base = englishName.equals(name) ? name : "%s (%s)".formatted(englishName, name);
        return base + ", " + country;
    }
}
