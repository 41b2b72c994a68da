package dev.frontera.movements.sightings;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.Excerpt;
import dev.frontera.core.FronteraException;
import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.dimension.DimensionValue;
import dev.frontera.core.dimension.Vocabulary;
import dev.frontera.core.period.CalendarDates;
import dev.frontera.movements.gazetteer.Gazetteer;
import dev.frontera.movements.gazetteer.Place;
import dev.frontera.movements.geography.GeoPoint;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Movements and their sightings in DuckDB tables prefixed {@code movement_}, beside the
 * statistics in the same file. Every write is one transaction, validated first: a rejected
 * input leaves the tables as they were. Nothing is overwritten silently: each entry and each
 * edit (with the previous value) is appended to {@code movement_history}.
 *
 * <p>Every field is checked by {@link FieldRules} (lengths, characters, web addresses) and every
 * date by {@link CalendarDates}, so the command line and the API store exactly the same things.
 * A store opened read-only never writes, not even to create its tables: on a file that has never
 * held movements it simply holds none.
 */
public final class MovementStore implements AutoCloseable {
    private final Connection connection;
    private final boolean ownsConnection;
    private final Gazetteer gazetteer;
    private final Clock clock;
    private final boolean writable;
    private final boolean hasTables;

    private MovementStore(
            Connection connection, boolean ownsConnection, Gazetteer gazetteer, Clock clock, boolean writable) {
        this.connection = requireNonNull(connection, "connection is null");
        this.ownsConnection = ownsConnection;
        this.gazetteer = requireNonNull(gazetteer, "gazetteer is null");
        this.clock = requireNonNull(clock, "clock is null");
        this.writable = writable;
        if (writable) {
            createTables();
        }
        this.hasTables = writable || tablesExist();
    }

    /** A store on a connection the caller owns and closes (the app's DuckDB connection), for reading and writing. */
    public static MovementStore open(Connection connection, Gazetteer gazetteer, Clock clock) {
        return new MovementStore(connection, false, gazetteer, clock, true);
    }

    /**
     * A store for reading only, on a connection the caller owns (a store file opened read-only):
     * nothing is written, not even the tables; writes fail.
     */
    public static MovementStore openReadOnly(Connection connection, Gazetteer gazetteer, Clock clock) {
        return new MovementStore(connection, false, gazetteer, clock, false);
    }

    /** Whether this store accepts writes. */
    public boolean writable() {
        return writable;
    }

    /** A store on a DuckDB file, opened here and closed by {@link #close()}. */
    public static MovementStore open(Path databaseFile, Gazetteer gazetteer, Clock clock) {
        try {
            Connection connection = DriverManager.getConnection("jdbc:duckdb:" + databaseFile.toAbsolutePath());
            return new MovementStore(connection, true, gazetteer, clock, true);
        } catch (SQLException e) {
            throw new FronteraException(
                    ErrorCode.STORE, "cannot open movement store %s: %s".formatted(databaseFile, e.getMessage()), e);
        }
    }

    /**
     * Records a new movement; its id is made from its name ({@link FieldRules#movementId}) and
     * must not exist yet ({@link ErrorCode#CONFLICT}).
     */
    public synchronized Movement addMovement(NewMovement entry) {
        requireWritable();
        LocalDate today = LocalDate.now(clock);
        String name = FieldRules.line("name", entry.name(), FieldRules.MAX_NAME);
        CalendarDates.check("first report date", entry.firstReported());
        SightingRules.checkDate("first report", entry.firstReported(), today);
        String id = FieldRules.movementId(name);
        Place origin = gazetteer.resolve(FieldRules.line("origin", entry.origin(), FieldRules.MAX_PLACE));
        List<String> nationalities = resolveNationalities(FieldRules.nationalities(entry.nationalities()));
        Movement movement = new Movement(id, name, entry.firstReported(), origin, nationalities, entry.status());
        return inTransaction(() -> {
            Optional<Movement> existing = find(id);
            if (existing.isPresent()) {
                throw new FronteraException(
                        ErrorCode.CONFLICT,
                        ("movement '%s' already exists (named %s); add" + " sightings to it or choose another name")
                                .formatted(id, Excerpt.quoted(existing.get().name())));
            }
            update(
                    "INSERT INTO movement_movements VALUES (?, ?, ?, ?, ?, ?, ?)",
                    id,
                    movement.name(),
                    movement.firstReported(),
                    origin.id(),
                    String.join(",", nationalities),
                    movement.status().slug(),
                    now());
            appendHistory(
                    id,
                    "created",
                    "name=%s; first-reported=%s; origin=%s; nationalities=%s; status=%s"
                            .formatted(
                                    movement.name(),
                                    movement.firstReported(),
                                    origin.label(),
                                    nationalities,
                                    movement.status().slug()));
            return movement;
        });
    }

    /** Removes a movement with its sightings and history, in one transaction; returns what was removed. */
    public synchronized Movement deleteMovement(String movementId) {
        requireWritable();
        Movement movement = get(movementId);
        return inTransaction(() -> {
            update("DELETE FROM movement_sightings WHERE movement_id = ?", movement.id());
            update("DELETE FROM movement_history WHERE movement_id = ?", movement.id());
            update("DELETE FROM movement_movements WHERE id = ?", movement.id());
            return movement;
        });
    }

    /** Records a sighting of a movement after checking its place, date, size and pace. */
    public synchronized Sighting addSighting(String movementId, NewSighting entry) {
        requireWritable();
        Movement movement = get(movementId);
        entry = checked(entry);
        Located located = locate(entry);
        SightingRules.checkTimeline(
                movement, sightings(movement.id()), entry.date(), located.point(), LocalDate.now(clock));
        NewSighting valid = entry;
        return inTransaction(() -> {
            long id = nextSightingId();
            Sighting sighting = new Sighting(
                    id,
                    movement.id(),
                    valid.date(),
                    located.label(),
                    located.point(),
                    valid.size(),
                    valid.sourceUrl(),
                    valid.quote());
            insertSighting(sighting, located.placeId());
            appendHistory(movement.id(), "sighted", describe(sighting));
            return sighting;
        });
    }

    /** Replaces a sighting's content; the previous version stays in the history. */
    public synchronized Sighting correctSighting(long sightingId, NewSighting entry, String reason) {
        requireWritable();
        String why = FieldRules.requiredParagraph("reason", reason, FieldRules.MAX_REASON);
        Sighting old = sighting(sightingId);
        Movement movement = get(old.movementId());
        NewSighting valid = checked(entry);
        Located located = locate(valid);
        List<Sighting> others = sightings(movement.id()).stream()
                .filter(s -> s.id() != sightingId)
                .toList();
        SightingRules.checkTimeline(movement, others, valid.date(), located.point(), LocalDate.now(clock));
        return inTransaction(() -> {
            Sighting corrected = new Sighting(
                    sightingId,
                    movement.id(),
                    valid.date(),
                    located.label(),
                    located.point(),
                    valid.size(),
                    valid.sourceUrl(),
                    valid.quote());
            update("DELETE FROM movement_sightings WHERE id = ?", sightingId);
            insertSighting(corrected, located.placeId());
            appendHistory(
                    movement.id(),
                    "sighting-corrected",
                    "sighting %d, because: %s; was: %s; now: %s"
                            .formatted(sightingId, why, describe(old), describe(corrected)));
            return corrected;
        });
    }

    /** Changes a movement's status, keeping the previous one in the history. */
    public synchronized Movement changeStatus(String movementId, MovementStatus status, String reason) {
        requireWritable();
        String why = FieldRules.requiredParagraph("reason", reason, FieldRules.MAX_REASON);
        Movement old = get(movementId);
        return inTransaction(() -> {
            update("UPDATE movement_movements SET status = ? WHERE id = ?", status.slug(), old.id());
            appendHistory(
                    old.id(),
                    "status-changed",
                    "%s -> %s, because: %s".formatted(old.status().slug(), status.slug(), why));
            return new Movement(old.id(), old.name(), old.firstReported(), old.origin(), old.nationalities(), status);
        });
    }

    /** Every movement, most recently first reported first. */
    public synchronized List<Movement> list() {
        if (!hasTables) {
            return List.of();
        }
        return query("SELECT * FROM movement_movements ORDER BY first_reported DESC, id", this::readMovement);
    }

    public synchronized Optional<Movement> find(String movementId) {
        if (!hasTables) {
            return Optional.empty();
        }
        return query("SELECT * FROM movement_movements WHERE id = ?", this::readMovement, movementId).stream()
                .findFirst();
    }

    /** The movement with this id, or {@link ErrorCode#NOT_FOUND} (the message quotes the id, never the list). */
    public synchronized Movement get(String movementId) {
        return find(movementId)
                .orElseThrow(() -> new FronteraException(
                        ErrorCode.NOT_FOUND,
                        "no movement with the id %s (ids are listed by 'frontera movements list' and GET /api/v1/movements)"
                                .formatted(Excerpt.quoted(movementId))));
    }

    /** A movement's sightings in date order (then in the order they were entered). */
    public synchronized List<Sighting> sightings(String movementId) {
        if (!hasTables) {
            return List.of();
        }
        return query(
                "SELECT * FROM movement_sightings WHERE movement_id = ? ORDER BY sighted_on, id",
                this::readSighting,
                movementId);
    }

    /** A movement's history, oldest first. */
    public synchronized List<HistoryEntry> history(String movementId) {
        if (!hasTables) {
            return List.of();
        }
        return query(
                "SELECT * FROM movement_history WHERE movement_id = ? ORDER BY id",
                rs -> new HistoryEntry(
                        rs.getLong("id"),
                        rs.getString("movement_id"),
                        rs.getObject("recorded_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                        rs.getString("action"),
                        rs.getString("detail")),
                movementId);
    }

    @Override
    public void close() {
        if (ownsConnection) {
            try {
                connection.close();
            } catch (SQLException e) {
                throw new FronteraException(ErrorCode.STORE, "cannot close movement store: " + e.getMessage(), e);
            }
        }
    }

    private Sighting sighting(long sightingId) {
        if (!hasTables) {
            throw new FronteraException(ErrorCode.NOT_FOUND, "no sighting %d".formatted(sightingId));
        }
        return query("SELECT * FROM movement_sightings WHERE id = ?", this::readSighting, sightingId).stream()
                .findFirst()
                .orElseThrow(() -> new FronteraException(ErrorCode.NOT_FOUND, "no sighting %d".formatted(sightingId)));
    }

    private record Located(String placeId, String label, GeoPoint point) {}

    private void requireWritable() {
        if (!writable) {
            throw new FronteraException(
                    ErrorCode.INVALID_ARGUMENT,
                    "the movement store is open read-only: nothing can be recorded through it");
        }
    }

    /** The entry with every field checked and cleaned by {@link FieldRules}. */
    private static NewSighting checked(NewSighting entry) {
        CalendarDates.check("sighting date", entry.date());
        String place = entry.point().isPresent()
                ? FieldRules.optionalLine("place", entry.place(), FieldRules.MAX_PLACE)
                : FieldRules.line("place", entry.place(), FieldRules.MAX_PLACE);
        Optional<SizeEstimate> size = entry.size().map(s -> {
            FieldRules.size(s.low(), s.high());
            return new SizeEstimate(
                    s.low(),
                    s.high(),
                    FieldRules.optionalLine("size qualifier", s.qualifier(), FieldRules.MAX_LABEL),
                    FieldRules.line("size given by", s.givenBy(), FieldRules.MAX_LABEL));
        });
        return new NewSighting(
                entry.date(),
                place,
                entry.point(),
                size,
                FieldRules.url("source URL", entry.sourceUrl()),
                FieldRules.paragraph("quote", entry.quote(), FieldRules.MAX_QUOTE));
    }

    private boolean tablesExist() {
        List<Long> count = query(
                "SELECT count(*) AS n FROM information_schema.tables WHERE table_name IN"
                        + " ('movement_movements', 'movement_sightings', 'movement_history')",
                rs -> rs.getLong("n"));
        return count.get(0) == 3;
    }

    private Located locate(NewSighting entry) {
        if (entry.point().isPresent()) {
            String label = entry.place().isBlank()
                    ? entry.point().get().toString()
                    : entry.place().trim();
            return new Located(null, label, entry.point().get());
        }
        Place place = gazetteer.resolve(entry.place());
        return new Located(place.id(), place.label(), place.point());
    }

    private List<String> resolveNationalities(List<String> typed) {
        Set<String> valid = Vocabulary.standard().values(Dimension.CITIZENSHIP).stream()
                .map(DimensionValue::slug)
                .collect(Collectors.toSet());
        Set<String> slugs = new LinkedHashSet<>();
        for (String text : typed) {
            slugs.add(Vocabulary.standard().resolve(Dimension.CITIZENSHIP, text, valid));
        }
        return List.copyOf(slugs);
    }

    private void insertSighting(Sighting s, String placeId) {
        update(
                "INSERT INTO movement_sightings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s.id(),
                s.movementId(),
                s.date(),
                placeId,
                s.placeName(),
                s.point().latitude(),
                s.point().longitude(),
                s.size().map(SizeEstimate::low).orElse(null),
                s.size().map(SizeEstimate::high).orElse(null),
                s.size().map(SizeEstimate::qualifier).orElse(null),
                s.size().map(SizeEstimate::givenBy).orElse(null),
                s.sourceUrl(),
                s.quote(),
                now());
    }

    private static String describe(Sighting s) {
        return "%s at %s (%s), size %s, source %s"
                .formatted(
                        s.date(),
                        s.placeName(),
                        s.point(),
                        s.size().map(SizeEstimate::label).orElse("not given"),
                        s.sourceUrl());
    }

    private long nextSightingId() {
        return query("SELECT coalesce(max(id), 0) + 1 AS next FROM movement_sightings", rs -> rs.getLong("next"))
                .get(0);
    }

    private void appendHistory(String movementId, String action, String detail) {
        long id = query("SELECT coalesce(max(id), 0) + 1 AS next FROM movement_history", rs -> rs.getLong("next"))
                .get(0);
        update("INSERT INTO movement_history VALUES (?, ?, ?, ?, ?)", id, movementId, now(), action, detail);
    }

    private LocalDateTime now() {
        // Stored in UTC so the file reads the same whatever the JVM's zone.
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private Movement readMovement(ResultSet rs) throws SQLException {
        String originId = rs.getString("origin_place_id");
        Place origin = gazetteer
                .byId(originId)
                .orElseThrow(() -> new FronteraException(
                        ErrorCode.STORE, "stored origin %s is not in this gazetteer".formatted(originId)));
        String nationalities = rs.getString("nationalities");
        return new Movement(
                rs.getString("id"),
                rs.getString("name"),
                rs.getObject("first_reported", LocalDate.class),
                origin,
                nationalities.isEmpty() ? List.of() : List.of(nationalities.split(",")),
                MovementStatus.parse(rs.getString("status")));
    }

    private Sighting readSighting(ResultSet rs) throws SQLException {
        long low = rs.getLong("size_low");
        Optional<SizeEstimate> size = rs.wasNull()
                ? Optional.empty()
                : Optional.of(new SizeEstimate(
                        low, rs.getLong("size_high"), rs.getString("size_qualifier"), rs.getString("size_given_by")));
        return new Sighting(
                rs.getLong("id"),
                rs.getString("movement_id"),
                rs.getObject("sighted_on", LocalDate.class),
                rs.getString("place_name"),
                new GeoPoint(rs.getDouble("latitude"), rs.getDouble("longitude")),
                size,
                rs.getString("source_url"),
                rs.getString("quote"));
    }

    private void createTables() {
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TABLE IF NOT EXISTS movement_movements (
                      id VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, first_reported DATE NOT NULL,
                      origin_place_id VARCHAR NOT NULL, nationalities VARCHAR NOT NULL, status VARCHAR NOT NULL,
                      recorded_at TIMESTAMP NOT NULL)""");
            statement.execute("""
                    CREATE TABLE IF NOT EXISTS movement_sightings (
                      id BIGINT PRIMARY KEY, movement_id VARCHAR NOT NULL, sighted_on DATE NOT NULL,
                      place_id VARCHAR, place_name VARCHAR NOT NULL, latitude DOUBLE NOT NULL,
                      longitude DOUBLE NOT NULL, size_low BIGINT, size_high BIGINT, size_qualifier VARCHAR,
                      size_given_by VARCHAR, source_url VARCHAR NOT NULL, quote VARCHAR NOT NULL,
                      recorded_at TIMESTAMP NOT NULL)""");
            statement.execute("""
                    CREATE TABLE IF NOT EXISTS movement_history (
                      id BIGINT PRIMARY KEY, movement_id VARCHAR NOT NULL, recorded_at TIMESTAMP NOT NULL,
                      action VARCHAR NOT NULL, detail VARCHAR NOT NULL)""");
        } catch (SQLException e) {
            throw new FronteraException(ErrorCode.STORE, "cannot create movement tables: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T run() throws SQLException;
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> T inTransaction(Work<T> work) {
        try {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new FronteraException(ErrorCode.STORE, "movement store write failed: " + e.getMessage(), e);
        }
    }

    private void update(String sql, Object... parameters) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new FronteraException(ErrorCode.STORE, "movement store write failed: " + e.getMessage(), e);
        }
    }

    private <T> List<T> query(String sql, RowReader<T> reader, Object... parameters) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rs = statement.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(reader.read(rs));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new FronteraException(ErrorCode.STORE, "movement store read failed: " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement statement, Object[] parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }
}
