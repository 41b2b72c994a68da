package dev.frontera.data.store;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Every row of every table, as sorted text: two snapshots are equal only if the store is unchanged. */
final class StoreContent {
    private static final List<String> TABLES = List.of("schema_version", "releases", "release_months", "observations");

    private StoreContent() {}

    static List<String> of(Store store) {
        return store.withConnection(
                connection -> {
                    List<String> lines = new ArrayList<>();
                    for (String table : TABLES) {
                        try (Statement statement = connection.createStatement();
                                ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
                            ResultSetMetaData columns = rows.getMetaData();
                            while (rows.next()) {
                                StringBuilder line = new StringBuilder(table);
                                for (int column = 1; column <= columns.getColumnCount(); column++) {
                                    line.append('|').append(rows.getString(column));
                                }
                                lines.add(line.toString());
                            }
                        }
                    }
                    lines.sort(null);
                    return lines;
                },
                "dump the store");
    }
}
