package dev.frontera.surges.alerts;

import java.time.Instant;

/**
 * One line of the alerts' append-only history.
 *
 * @param action {@code added}, {@code removed}, {@code fired}, {@code delivered}, {@code delivery-failed}
 */
public record AlertHistoryEntry(long id, String ruleId, Instant recordedAt, String action, String detail) {}
