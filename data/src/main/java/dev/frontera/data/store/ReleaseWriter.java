package dev.frontera.data.store;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.core.query.Release;
import dev.frontera.data.read.Observation;
import dev.frontera.data.read.ParsedFile;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.duckdb.DuckDBConnection;

/**
 * Stores one parsed file as a release, in one transaction, with DuckDB's Appender.
 *
 * <p>How the DuckDB JDBC Appender (2.0.0.1) behaves in a transaction, found by experiment:
 * {@code setAutoCommit(false)} only begins the transaction at the next statement. An Appender
 * flushed before any statement ran commits its rows on its own, visible to other connections and
 * beyond rollback. Once a statement has run, the Appender's rows join the connection's transaction:
 * other connections do not see them before commit and {@code rollback()} removes them. A constraint
 * failure while flushing (NOT NULL, CHECK) aborts the transaction, which then needs a rollback. So
 * the release row is inserted first, and any failure rolls everything back.
 *
 * <p>Speed, measured once on the 2-core build machine (15 official CSVs, 493,172 rows, one process):
 * ingesting the parsed files took 3.5 s warm to 8.7 s cold against 1.5 to 2.2 s for DuckDB's
 * {@code read_csv(all_varchar=true)} of the same files, a ratio of 1.6 (warm) to 4 (cold JIT).
 */
final class ReleaseWriter {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int PROGRESS_EVERY = 8192;

    private final DuckDBConnection connection;
    private final Path path;

    ReleaseWriter(DuckDBConnection connection, Path path) {
        this.connection = connection;
        this.path = path;
    }

    IngestResult ingest(
            ParsedFile file, ReleaseMetadata metadata, IngestProgress progress, IngestHook hook, Instant now) {
        String sha256 = file.sha256().toLowerCase(Locale.ROOT);
        if (!SHA256.matcher(sha256).matches()) {
            throw new FronteraException(
                    ErrorCode.INVALID_ARGUMENT,
                    "File %s: sha256 '%s' is not 64 hex digits".formatted(file.name(), file.sha256()));
        }
        if (file.observations().isEmpty()) {
            throw new FronteraException(ErrorCode.MALFORMED_FILE, "File %s has no data rows".formatted(file.name()));
        }
        try {
            connection.setAutoCommit(false);
            IngestResult result;
            try {
                result = ingestInTransaction(file, sha256, metadata, progress, hook, now);
                connection.commit();
            } catch (SQLException | RuntimeException | Error e) {
                // Restoring auto-commit after a failed commit fails too ("no transaction is active"):
                // that must not hide the cause (a full disk), so it is only attached to it.
                rollbackAfter(e);
                restoreAutoCommitAfter(e);
                throw e;
            }
            connection.setAutoCommit(true);
            return result;
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("constraint failed")) {
                throw new FronteraException(
                        ErrorCode.MALFORMED_FILE,
                        "File %s has a row the store refuses; nothing was stored: %s"
                                .formatted(file.name(), e.getMessage()),
                        e);
            }
            throw StoreErrors.failed(path, "store " + file.name() + " (nothing was stored)", e);
        }
    }

    private IngestResult ingestInTransaction(
            ParsedFile file,
            String sha256,
            ReleaseMetadata metadata,
            IngestProgress progress,
            IngestHook hook,
            Instant now)
            throws SQLException {
        Optional<Release> existing = ReleaseRows.query(connection, "WHERE sha256 = ?", sha256).stream()
                .findFirst();
        if (existing.isPresent()) {
            return new IngestResult(
                    IngestResult.Status.ALREADY_STORED,
                    existing.get(),
                    RevisionCalculator.compute(connection, existing.get()));
        }
        String id = sha256.substring(0, 12);
        Optional<Release> clash = ReleaseRows.byId(connection, id);
        if (clash.isPresent()) {
            throw new FronteraException(
                    ErrorCode.STORE,
                    "Store %s: %s and the stored %s share the id %s"
                            .formatted(path, file.name(), clash.get().name(), id));
        }
        Release release = new Release(
                id,
                file.name(),
                file.family(),
                sha256,
                metadata.sourceUrl(),
                metadata.published(),
                metadata.publishedEstimated(),
                file.firstMonth(),
                file.lastMonth(),
                file.observations().size(),
                file.family().rounded());
        // The first statement of the transaction: the Appender below joins it (see the class comment).
        insertRelease(release, now);
        Map<Integer, long[]> months = appendObservations(id, file.observations(), progress, hook);
        insertMonths(id, months);
        return new IngestResult(IngestResult.Status.STORED, release, RevisionCalculator.compute(connection, release));
    }

    private void insertRelease(Release release, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO releases (" + ReleaseRows.COLUMNS
                + ", ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, release.id());
            insert.setString(2, release.name());
            insert.setString(3, release.family().slug());
            insert.setString(4, release.sha256());
            insert.setString(5, release.sourceUrl().orElse(null));
            insert.setObject(6, release.published());
            insert.setBoolean(7, release.publishedEstimated());
            insert.setInt(8, MonthKey.of(release.firstMonth()));
            insert.setInt(9, MonthKey.of(release.lastMonth()));
            insert.setLong(10, release.rows());
            insert.setBoolean(11, release.rounded());
            insert.setObject(12, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    /**
     * Loads every row and returns, per month key, {rows, total}. The rows, already validated by
     * the reader, are written to a staging CSV beside the store and loaded with one
     * {@code INSERT ... SELECT FROM read_csv}: DuckDB's bulk reader is several times faster than
     * appending value by value through JDBC (about 6 us a row), and the insert is an ordinary
     * statement of the transaction, so a failure still rolls everything back.
     */
    private Map<Integer, long[]> appendObservations(
            String id, List<Observation> observations, IngestProgress progress, IngestHook hook) throws SQLException {
        Map<Integer, long[]> months = new TreeMap<>();
        long total = observations.size();
        long appended = 0;
        Path staging = stagingFile();
        try {
            try (Writer writer = Files.newBufferedWriter(staging, StandardCharsets.UTF_8)) {
                StringBuilder line = new StringBuilder(128);
                for (Observation observation : observations) {
                    hook.beforeRow(appended);
                    int month = MonthKey.of(observation.month());
                    line.setLength(0);
                    line.append(id).append(',').append(month);
                    for (String value : new String[] {
                        observation.region(),
                        observation.component(),
                        observation.area(),
                        observation.state(),
                        observation.demographic(),
                        observation.citizenship(),
                        observation.title()
                    }) {
                        line.append(',');
                        if (value != null) {
                            appendQuoted(line, value);
                        }
                    }
                    line.append(',').append(observation.count()).append('\n');
                    writer.write(line.toString());
                    long[] sums = months.computeIfAbsent(month, key -> new long[2]);
                    sums[0]++;
                    sums[1] += observation.count();
                    appended++;
                    if (appended % PROGRESS_EVERY == 0) {
                        progress.rowsAppended(appended, total);
                    }
                }
            }
            try (Statement load = connection.createStatement()) {
                load.execute(("INSERT INTO observations SELECT * FROM read_csv('%s', header = false, delim = ',',"
                                + " quote = '\"', escape = '\"', nullstr = '', columns = {'release_id': 'VARCHAR',"
                                + " 'month': 'INTEGER', 'region': 'VARCHAR', 'component': 'VARCHAR', 'area': 'VARCHAR',"
                                + " 'state': 'VARCHAR', 'demographic': 'VARCHAR', 'citizenship': 'VARCHAR', 'title': 'VARCHAR',"
                                + " 'count': 'BIGINT'})")
                        .formatted(staging.toAbsolutePath().toString().replace("'", "''")));
            }
        } catch (IOException e) {
            throw StoreErrors.failed(path, "write the staging file " + staging, new SQLException(e));
        } finally {
            try {
                Files.deleteIfExists(staging);
            } catch (IOException ignored) {
                // A leftover staging file holds nothing the store depends on.
            }
        }
        progress.rowsAppended(appended, total);
        return months;
    }

    private Path stagingFile() {
        try {
            Path folder = path.toAbsolutePath().getParent();
            return Files.createTempFile(folder, ".frontera-ingest-", ".csv");
        } catch (IOException e) {
            throw StoreErrors.failed(path, "create a staging file beside the store", new SQLException(e));
        }
    }

    /** Every value is quoted, so no label can be mistaken for an empty (null) field or break a line. */
    private static void appendQuoted(StringBuilder line, String value) {
        line.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                line.append('"');
            }
            line.append(c);
        }
        line.append('"');
    }

    private void insertMonths(String id, Map<Integer, long[]> months) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO release_months (release_id, month, rows, total) VALUES (?, ?, ?, ?)")) {
            for (Map.Entry<Integer, long[]> month : months.entrySet()) {
                insert.setString(1, id);
                insert.setInt(2, month.getKey());
                insert.setLong(3, month.getValue()[0]);
                insert.setLong(4, month.getValue()[1]);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void restoreAutoCommitAfter(Throwable failure) {
        try {
            connection.setAutoCommit(true);
        } catch (SQLException restoreFailure) {
            failure.addSuppressed(restoreFailure);
        }
    }

    private void rollbackAfter(Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }
}
