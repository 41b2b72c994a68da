package dev.frontera.movements.sightings;

import static java.util.Objects.requireNonNull;

import dev.frontera.movements.gazetteer.Place;
import java.time.LocalDate;
import java.util.List;

/**
 * A caravan or group on the move, as stored.
 *
 * @param id slug made from the name: {@code tapachula-caravan-december-2023}
 * @param nationalities citizenship slugs of the {@code citizenship} dimension
 */
public record Movement(
        String id,
        String name,
        LocalDate firstReported,
        Place origin,
        List<String> nationalities,
        MovementStatus status) {
    public Movement {
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
        requireNonNull(firstReported, "firstReported is null");
        requireNonNull(origin, "origin is null");
        requireNonNull(status, "status is null");
        nationalities = List.copyOf(nationalities);
    }
}
