package dev.frontera.data.store;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.core.query.Release;
import dev.frontera.data.query.ReleaseSource;
import dev.frontera.data.read.Observation;
import dev.frontera.data.read.ParsedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBDriver;

/**
 * The release store: one DuckDB file holding every official file as a release (a vintage).
 *
 * <p>Ingest is idempotent (a file already stored, by SHA-256, changes nothing) and atomic (one
 * transaction: readers see the store before or after a release, never half of one). Reads are
 * thread-safe and run concurrently with an ingest; each read uses its own DuckDB connection.
 *
 * <p>Locking, as DuckDB 2.0 does it: a process that opens the file read-write holds an exclusive
 * lock, and any other process fails to open it, even read-only. Several processes can open it
 * read-only at once. So {@code frontera query} can run beside a server only if the server opened
 * the store with {@link #openReadOnly}; and one JVM cannot open the same file in both modes.
 */
public final class Store implements AutoCloseable, ReleaseSource {
    private static final String MEMORY_LIMIT = "1GB";
    private static final int MAX_THREADS = 4;

    private final Path path;
    private final boolean readOnly;
    private final DuckDBConnection primary;
    private final Clock clock;
    private final ReentrantLock writer = new ReentrantLock();
    // Reads hold the read side; close() takes the write side so it never pulls a connection from under a read.
    private final ReentrantReadWriteLock lifecycle = new ReentrantReadWriteLock();
    private volatile IngestHook ingestHook = IngestHook.none();
    private boolean closed;

    private Store(Path path, boolean readOnly, DuckDBConnection primary, Clock clock) {
        this.path = path;
        this.readOnly = readOnly;
        this.primary = primary;
        this.clock = clock;
    }

    /** Opens the store read-write, creating the file, its parent directories and the tables if needed. */
    public static Store open(Path db) {
        return open(db, false, Clock.systemUTC());
    }

    /**
     * Opens an existing store read-only. Works while other processes hold it read-only too, not
     * while one holds it read-write (DuckDB's file lock); {@link #ingest} then fails.
     */
    public static Store openReadOnly(Path db) {
        return open(db, true, Clock.systemUTC());
    }

    /** {@code FRONTERA_DB} if set, else {@code $XDG_DATA_HOME/frontera/frontera.duckdb}, else {@code ~/.local/share/...}. */
    public static Path defaultLocation() {
        return defaultLocation(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    /** {@link #defaultLocation()} with the environment and home directory given, for tests and the CLI. */
    public static Path defaultLocation(Map<String, String> environment, Path userHome) {
        return StoreLocation.resolve(
                requireNonNull(environment, "environment is null"), requireNonNull(userHome, "userHome is null"));
    }

    static Store open(Path db, boolean readOnly, Clock clock) {
        Path path = requireNonNull(db, "db is null").toAbsolutePath().normalize();
        if (!readOnly) {
            createParent(path);
        }
        Properties properties = new Properties();
        if (readOnly) {
            properties.setProperty(DuckDBDriver.DUCKDB_READONLY_PROPERTY, "true");
        }
        DuckDBConnection connection;
        try {
            connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + path, properties);
        } catch (SQLException e) {
            throw StoreErrors.opening(path, e);
        }
        try {
            configure(connection);
            if (readOnly) {
                StoreSchema.check(connection, path);
            } else {
                StoreSchema.create(connection, path);
            }
            return new Store(path, readOnly, connection, clock);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection, e);
            if (e instanceof SQLException sqlException) {
                throw StoreErrors.opening(path, sqlException);
            }
            throw (RuntimeException) e;
        }
    }

    public Path path() {
        return path;
    }

    public boolean readOnly() {
        return readOnly;
    }

    /** {@link #ingest(ParsedFile, ReleaseMetadata, IngestProgress)} without progress reports. */
    public IngestResult ingest(ParsedFile file, ReleaseMetadata metadata) {
        return ingest(file, metadata, IngestProgress.none());
    }

    /**
     * Stores {@code file} as a release, all or nothing. A file whose SHA-256 is already stored
     * changes nothing ({@link IngestResult.Status#ALREADY_STORED}). Ingests are serialised; reads
     * go on meanwhile and see the release only once it is complete.
     *
     * @throws FronteraException {@code MALFORMED_FILE} when a row breaks a store constraint,
     *     {@code STORE} when the store is read-only or DuckDB fails; the store is then unchanged
     */
    public IngestResult ingest(ParsedFile file, ReleaseMetadata metadata, IngestProgress progress) {
        requireNonNull(file, "file is null");
        requireNonNull(metadata, "metadata is null");
        requireNonNull(progress, "progress is null");
        if (readOnly) {
            throw new FronteraException(
                    ErrorCode.STORE,
                    "The store %s is open read-only; cannot ingest %s. Open it read-write."
                            .formatted(path, file.name()));
        }
        return withConnection(
                connection -> {
                    writer.lock();
                    try {
                        return new ReleaseWriter(connection, path)
                                .ingest(file, metadata, progress, ingestHook, clock.instant());
                    } finally {
                        writer.unlock();
                    }
                },
                "ingest " + file.name());
    }

    /** Every stored release, newest publication first. */
    @Override
    public List<Release> releases() {
        return withConnection(
                connection -> ReleaseRows.query(connection, "ORDER BY " + ReleaseRows.NEWEST_FIRST), "list releases");
    }

    /**
     * The release with this id, SHA-256 or file name (a trailing {@code .gz} is ignored), or whose
     * id starts with this prefix (4 to 12 hex digits).
     *
     * @throws FronteraException {@code INVALID_ARGUMENT} when a prefix or name matches several releases
     */
    public Optional<Release> release(String key) {
        requireNonNull(key, "key is null");
        return withConnection(connection -> ReleaseLookup.find(connection, key), "find release " + key);
    }

    /** A release's observations, in file order, for the in-memory query engine. Accepts what {@link #release} does. */
    @Override
    public List<Observation> observations(String releaseId) {
        Release release = require(releaseId);
        return withConnection(
                connection -> ObservationRows.load(connection, release.id(), (int) release.rows()),
                "read observations of " + release.name());
    }

    /** What a stored release revised against the previous vintage of its family. Accepts what {@link #release} does. */
    public RevisionReport revisions(String releaseId) {
        Release release = require(releaseId);
        return withConnection(
                connection -> RevisionCalculator.compute(connection, release),
                "compare " + release.name() + " with its previous vintage");
    }

    /** Per family: each month with the releases that cover it, and the dimensions the family publishes. */
    public Coverage coverage() {
        return withConnection(CoverageQuery::load, "read coverage");
    }

    /** A short hash of the set of stored releases: changes exactly when a release is added (HTTP ETags). */
    public String fingerprint() {
        return withConnection(
                connection -> {
                    MessageDigest digest = sha256();
                    digest.update(("schema " + StoreSchema.VERSION).getBytes(StandardCharsets.UTF_8));
                    try (Statement statement = connection.createStatement();
                            ResultSet rows = statement.executeQuery("SELECT id FROM releases ORDER BY id")) {
                        while (rows.next()) {
                            digest.update((";" + rows.getString(1)).getBytes(StandardCharsets.UTF_8));
                        }
                    }
                    return HexFormat.of().formatHex(digest.digest(), 0, 8);
                },
                "compute the fingerprint");
    }

    @Override
    public void close() {
        lifecycle.writeLock().lock();
        try {
            if (!closed) {
                closed = true;
                primary.close();
            }
        } catch (SQLException e) {
            throw StoreErrors.failed(path, "close", e);
        } finally {
            lifecycle.writeLock().unlock();
        }
    }

    /**
     * A new connection to the same database, for tables kept beside the statistics (movements).
     * DuckDB allows one database instance per file and process, so other stores in the same
     * process share this one; the caller closes the connection.
     */
    public Connection connection() {
        lifecycle.readLock().lock();
        try {
            if (closed) {
                throw new FronteraException(ErrorCode.STORE, "store %s is closed".formatted(path));
            }
            return primary.duplicate();
        } catch (SQLException e) {
            throw StoreErrors.failed(path, "open a connection", e);
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    /** Test hook: called before each appended row, to fail an ingest midway. */
    void ingestHook(IngestHook hook) {
        this.ingestHook = requireNonNull(hook, "hook is null");
    }

    /** Runs {@code work} on a fresh connection to this store (package-private for tests that inspect tables). */
    <T> T withConnection(SqlWork<T> work, String action) {
        lifecycle.readLock().lock();
        try {
            if (closed) {
                throw new FronteraException(
                        ErrorCode.STORE, "The store %s is closed; cannot %s".formatted(path, action));
            }
            DuckDBConnection connection;
            synchronized (primary) {
                connection = primary.duplicate();
            }
            try (connection) {
                return work.run(connection);
            }
        } catch (SQLException e) {
            throw StoreErrors.failed(path, action, e);
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    /** Work against a JDBC connection. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run(DuckDBConnection connection) throws SQLException;
    }

    private Release require(String key) {
        return release(key)
                .orElseThrow(() -> new FronteraException(
                        ErrorCode.NOT_FOUND, "No release '%s' in the store %s".formatted(key, path)));
    }

    private static void configure(Connection connection) throws SQLException {
        int threads = Math.max(1, Math.min(MAX_THREADS, Runtime.getRuntime().availableProcessors()));
        try (Statement statement = connection.createStatement()) {
            // DuckDB's default memory limit is 80% of RAM: far too much for a process that shares the machine.
            statement.execute("SET memory_limit = '" + MEMORY_LIMIT + "'");
            statement.execute("SET threads = " + threads);
        }
    }

    private static void createParent(Path path) {
        Path parent = path.getParent();
        if (parent == null) {
            return;
        }
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new FronteraException(
                    ErrorCode.STORE,
                    "Cannot create the folder %s for the store: %s".formatted(parent, e.getMessage()),
                    e);
        }
    }

    private static void closeQuietly(Connection connection, Exception failure) {
        try {
            connection.close();
        } catch (SQLException closeFailure) {
            failure.addSuppressed(closeFailure);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
