package dev.frontera.movements.gazetteer;

import static java.util.Objects.requireNonNull;

import dev.frontera.movements.geography.GeoPoint;

/**
 * A US land port of entry on the southwest border, with the Border Patrol sector around it and
 * the CBP field office that runs it, as slugs of the {@code sector} dimension
 * ({@code san-diego}, {@code san-diego-field-office}).
 *
 * @param mexicanCity the city across the border, as the gazetteer names it
 */
public record PortOfEntry(
        String slug, String name, String state, GeoPoint point, String sector, String fieldOffice, String mexicanCity) {
    public PortOfEntry {
        requireNonNull(slug, "slug is null");
        requireNonNull(name, "name is null");
        requireNonNull(state, "state is null");
        requireNonNull(point, "point is null");
        requireNonNull(sector, "sector is null");
        requireNonNull(fieldOffice, "fieldOffice is null");
        requireNonNull(mexicanCity, "mexicanCity is null");
    }

    /** {@code San Ysidro, CA (San Diego Sector)}. */
    public String label() {
        return "%s, %s".formatted(name, state);
    }
}
