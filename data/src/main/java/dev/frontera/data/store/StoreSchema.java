package dev.frontera.data.store;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The tables. {@code release_months} holds each release's monthly totals, written at ingest,
 * so coverage and revisions never scan the observations.
 */
final class StoreSchema {
    static final int VERSION = 1;

    private static final List<String> TABLES =
            List.of("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)", """
            CREATE TABLE IF NOT EXISTS releases (
                id VARCHAR PRIMARY KEY,
                name VARCHAR NOT NULL,
                family VARCHAR NOT NULL,
                sha256 VARCHAR NOT NULL UNIQUE,
                source_url VARCHAR,
                published DATE NOT NULL,
                published_estimated BOOLEAN NOT NULL,
                ingested_at TIMESTAMP NOT NULL,
                first_month INTEGER NOT NULL,
                last_month INTEGER NOT NULL,
                rows BIGINT NOT NULL,
                rounded BOOLEAN NOT NULL)""", """
            CREATE TABLE IF NOT EXISTS release_months (
                release_id VARCHAR NOT NULL,
                month INTEGER NOT NULL,
                rows BIGINT NOT NULL,
                total BIGINT NOT NULL,
                PRIMARY KEY (release_id, month))""", """
            CREATE TABLE IF NOT EXISTS observations (
                release_id VARCHAR NOT NULL,
                month INTEGER NOT NULL CHECK (month BETWEEN 190001 AND 299912 AND month % 100 BETWEEN 1 AND 12),
                region VARCHAR,
                component VARCHAR,
                area VARCHAR,
                state VARCHAR,
                demographic VARCHAR,
                citizenship VARCHAR,
                title VARCHAR,
                count BIGINT NOT NULL CHECK (count >= 0))""");

    private StoreSchema() {}

    /** Creates the tables if needed, in one transaction, and checks the version. */
    static void create(Connection connection, Path path) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                statement.execute(table);
            }
            if (storedVersion(connection) == 0) {
                statement.execute("INSERT INTO schema_version VALUES (" + VERSION + ")");
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
        check(connection, path);
    }

    /** Refuses a store written by a newer Frontera, or a file that is a DuckDB database but not a store. */
    static void check(Connection connection, Path path) throws SQLException {
        int version;
        try {
            version = storedVersion(connection);
        } catch (SQLException e) {
            throw new FronteraException(
                    ErrorCode.STORE,
                    ("The file %s is a DuckDB database but not a Frontera store"
                                    + " (no schema_version table). Set FRONTERA_DB to another path.")
                            .formatted(path),
                    e);
        }
        if (version != VERSION) {
            throw new FronteraException(
                    ErrorCode.STORE,
                    ("The store %s has schema version %d; this Frontera reads"
                                    + " version %d. Use the matching Frontera, or move the file aside and ingest again.")
                            .formatted(path, version, VERSION));
        }
    }

    private static int storedVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT max(version) FROM schema_version")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
