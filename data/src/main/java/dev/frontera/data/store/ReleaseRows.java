package dev.frontera.data.store;

import dev.frontera.core.query.Family;
import dev.frontera.core.query.Release;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads rows of the {@code releases} table as core {@link Release} records. */
final class ReleaseRows {
    static final String COLUMNS =
            "id, name, family, sha256, source_url, published, published_estimated, first_month, last_month, rows, rounded";
    static final String NEWEST_FIRST = "published DESC, last_month DESC, ingested_at DESC, id";

    private ReleaseRows() {}

    static List<Release> query(Connection connection, String where, Object... parameters) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM releases " + where;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                List<Release> releases = new ArrayList<>();
                while (rows.next()) {
                    releases.add(read(rows));
                }
                return releases;
            }
        }
    }

    static Optional<Release> byId(Connection connection, String id) throws SQLException {
        return query(connection, "WHERE id = ?", id).stream().findFirst();
    }

    private static Release read(ResultSet rows) throws SQLException {
        return new Release(
                rows.getString(1),
                rows.getString(2),
                Family.bySlug(rows.getString(3)),
                rows.getString(4),
                Optional.ofNullable(rows.getString(5)),
                rows.getObject(6, LocalDate.class),
                rows.getBoolean(7),
                MonthKey.toMonth(rows.getInt(8)),
                MonthKey.toMonth(rows.getInt(9)),
                rows.getLong(10),
                rows.getBoolean(11));
    }
}
