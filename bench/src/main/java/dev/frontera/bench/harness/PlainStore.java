package dev.frontera.bench.harness;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.duckdb.DuckDBDriver;

/** A plain JDBC connection to a store file, for the SQL baselines: read-only, with the store's own settings. */
public final class PlainStore {
    private PlainStore() {}

    public static Connection openReadOnly(Path storeFile) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty(DuckDBDriver.DUCKDB_READONLY_PROPERTY, "true");
        Connection connection = DriverManager.getConnection("jdbc:duckdb:" + storeFile, properties);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET memory_limit = '1GB'");
            statement.execute("SET threads = "
                    + Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
        }
        return connection;
    }
}
