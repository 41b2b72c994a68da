package dev.frontera.movements.sightings;

import java.time.Instant;

/**
 * One line of a movement's append-only history: what was entered or changed, and the previous
 * value where something was changed.
 *
 * @param action {@code created}, {@code sighted}, {@code status-changed}, {@code sighting-corrected}
 */
public record HistoryEntry(long id, String movementId, Instant recordedAt, String action, String detail) {}
