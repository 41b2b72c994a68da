package dev.frontera.data.store;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.core.query.Release;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Finds a release by id, SHA-256, file name (with or without {@code .gz}) or a unique id prefix. */
final class ReleaseLookup {
    private static final Pattern ID_PREFIX = Pattern.compile("[0-9a-f]{4,12}");

    private ReleaseLookup() {}

    static Optional<Release> find(Connection connection, String key) throws SQLException {
        String trimmed = key.trim();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        List<Release> exact = ReleaseRows.query(connection, "WHERE id = ? OR sha256 = ?", lower, lower);
        if (!exact.isEmpty()) {
            return Optional.of(exact.get(0));
        }
        String name = lower.endsWith(".gz") ? lower.substring(0, lower.length() - 3) : lower;
        List<Release> named =
                ReleaseRows.query(connection, "WHERE lower(name) = ? ORDER BY " + ReleaseRows.NEWEST_FIRST, name);
        if (!named.isEmpty()) {
            return Optional.of(unique(trimmed, named));
        }
        if (ID_PREFIX.matcher(lower).matches()) {
            List<Release> prefixed = ReleaseRows.query(
                    connection, "WHERE starts_with(id, ?) ORDER BY " + ReleaseRows.NEWEST_FIRST, lower);
            if (!prefixed.isEmpty()) {
                return Optional.of(unique(trimmed, prefixed));
            }
        }
        return Optional.empty();
    }

    private static Release unique(String key, List<Release> matches) {
        if (matches.size() == 1) {
            return matches.get(0);
        }
        throw new FronteraException(
                ErrorCode.INVALID_ARGUMENT,
                "Release '%s' is ambiguous: it matches %s. Use the id."
                        .formatted(
                                key,
                                matches.stream()
                                        .map(release -> release.id() + " (" + release.name() + ")")
                                        .collect(Collectors.joining(", "))));
    }
}
