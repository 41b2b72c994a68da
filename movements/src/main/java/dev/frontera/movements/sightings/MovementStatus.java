package dev.frontera.movements.sightings;

import dev.frontera.core.FronteraException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where a movement stands: still on the road, halted, broken up, or at the border. */
public enum MovementStatus {
    MOVING,
    STALLED,
    DISPERSED,
    ARRIVED;

    /** {@code moving}, as stored and shown. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads a status slug, case-insensitively. */
    public static MovementStatus parse(String text) {
        String key = text.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(status -> status.name().equals(key))
                .findFirst()
                .orElseThrow(() -> FronteraException.invalid(
                        "unknown status %s; valid values: %s",
                        dev.frontera.core.Excerpt.quoted(text.trim()),
                        Arrays.stream(values()).map(MovementStatus::slug).collect(Collectors.joining(", "))));
    }
}
