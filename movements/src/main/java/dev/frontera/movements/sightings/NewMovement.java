package dev.frontera.movements.sightings;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * A movement as a person enters it: the origin and nationalities as typed ({@code "Tapachula"},
 * {@code "Hondurans"}), resolved and checked by the store.
 */
public record NewMovement(
        String name, LocalDate firstReported, String origin, List<String> nationalities, MovementStatus status) {
    public NewMovement {
        requireNonNull(name, "name is null");
        requireNonNull(firstReported, "firstReported is null");
        requireNonNull(origin, "origin is null");
        requireNonNull(status, "status is null");
        nationalities = List.copyOf(nationalities);
    }
}
