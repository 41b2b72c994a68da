package dev.frontera.server.api;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.data.store.Store;
import dev.frontera.movements.Movements;
import dev.frontera.movements.sightings.HistoryEntry;
import dev.frontera.movements.sightings.Movement;
import dev.frontera.movements.sightings.MovementStore;
import dev.frontera.movements.sightings.Sighting;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The movement tables of the served store, on one connection held for the server's life. On a
 * read-only store that has never held movements the tables cannot be created: there are then
 * simply none to show.
 */
final class MovementRecords implements AutoCloseable {
    private final Optional<Connection> connection;
    private final Optional<MovementStore> store;
    private final boolean writable;

    private MovementRecords(Optional<Connection> connection, Optional<MovementStore> store, boolean writable) {
        this.connection = connection;
        this.store = store;
        this.writable = writable;
    }

    static MovementRecords open(Store served, Movements movements, Clock clock) {
        Connection connection = served.connection();
        try {
            if (served.readOnly() && !hasMovementTables(connection)) {
                connection.close();
                return new MovementRecords(Optional.empty(), Optional.empty(), false);
            }
            MovementStore store = movements.openStore(connection, clock);
            return new MovementRecords(Optional.of(connection), Optional.of(store), !served.readOnly());
        } catch (SQLException | RuntimeException e) {
            try {
                connection.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof SQLException sql) {
                throw new FronteraException(ErrorCode.STORE, "cannot open the movement tables: " + sql.getMessage(), sql);
            }
            throw (RuntimeException) e;
        }
    }

    boolean writable() {
        return writable;
    }

    List<Movement> list() {
        return store.map(MovementStore::list).orElse(List.of());
    }

    Movement get(String id) {
        if (store.isEmpty()) {
            throw new FronteraException(ErrorCode.NOT_FOUND, "no movement '%s'; this store holds no movements yet"
                    .formatted(id));
        }
        return store.get().get(id);
    }

    List<Sighting> sightings(String id) {
        return store.map(s -> s.sightings(id)).orElse(List.of());
    }

    List<HistoryEntry> history(String id) {
        return store.map(s -> s.history(id)).orElse(List.of());
    }

    /** The store for writing; only reached past the admin gate, which a read-only server never opens. */
    MovementStore writer() {
        if (!writable || store.isEmpty()) {
            throw new ProblemException(Problem.forbidden(AdminGate.HOW_TO_ENABLE));
        }
        return store.get();
    }

    @Override
    public void close() {
        store.ifPresent(MovementStore::close);
        if (connection.isPresent()) {
            try {
                connection.get().close();
            } catch (SQLException e) {
                throw new FronteraException(ErrorCode.STORE, "cannot close the movement tables: " + e.getMessage(), e);
            }
        }
    }

    private static boolean hasMovementTables(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT count(*) FROM information_schema.tables WHERE table_name = 'movement_history'");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1) > 0;
        }
    }
}
