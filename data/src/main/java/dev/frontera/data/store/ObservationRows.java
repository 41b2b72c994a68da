package dev.frontera.data.store;

import dev.frontera.data.read.Observation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Loads a release's observations with a plain JDBC loop, sharing repeated strings and months. */
final class ObservationRows {
    private ObservationRows() {}

    static List<Observation> load(Connection connection, String releaseId, int expectedRows) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT month, region, component, area, state, demographic, citizenship, title, count"
                        + " FROM observations WHERE release_id = ?")) {
            statement.setString(1, releaseId);
            try (ResultSet rows = statement.executeQuery()) {
                List<Observation> observations = new ArrayList<>(expectedRows);
                // Dimension values repeat tens of thousands of times: keep one copy of each.
                Map<String, String> strings = new HashMap<>();
                Map<Integer, YearMonth> months = new HashMap<>();
                while (rows.next()) {
                    observations.add(new Observation(
                            months.computeIfAbsent(rows.getInt(1), MonthKey::toMonth),
                            shared(strings, rows.getString(2)),
                            shared(strings, rows.getString(3)),
                            shared(strings, rows.getString(4)),
                            shared(strings, rows.getString(5)),
                            shared(strings, rows.getString(6)),
                            shared(strings, rows.getString(7)),
                            shared(strings, rows.getString(8)),
                            rows.getLong(9)));
                }
                return observations;
            }
        }
    }

    private static String shared(Map<String, String> strings, String value) {
        return value == null ? null : strings.computeIfAbsent(value, key -> key);
    }
}
