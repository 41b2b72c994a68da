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
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

/**
 * The movement tables of the served store, on one connection held for the server's life. A
 * read-only store is read without a single write (its tables are not even created): a store that
 * has never held movements simply shows none.
 */
final class MovementRecords implements AutoCloseable {
    private final Connection connection;
    private final MovementStore store;

    private MovementRecords(Connection connection, MovementStore store) {
        this.connection = connection;
        this.store = store;
    }

    static MovementRecords open(Store served, Movements movements, Clock clock) {
        Connection connection = served.connection();
        try {
            MovementStore store = served.readOnly()
                    ? movements.openReadOnlyStore(connection, clock)
                    : movements.openStore(connection, clock);
            return new MovementRecords(connection, store);
        } catch (RuntimeException e) {
            try {
                connection.close();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    boolean writable() {
        return store.writable();
    }

    List<Movement> list() {
        return store.list();
    }

    Movement get(String id) {
        return store.get(id);
    }

    List<Sighting> sightings(String id) {
        return store.sightings(id);
    }

    List<HistoryEntry> history(String id) {
        return store.history(id);
    }

    /** The store for writing; only reached past the admin gate, which a read-only server never opens. */
    MovementStore writer() {
        if (!store.writable()) {
            throw new ProblemException(Problem.forbidden(AdminGate.HOW_TO_ENABLE));
        }
        return store;
    }

    @Override
    public void close() {
        store.close();
        try {
            connection.close();
        } catch (SQLException e) {
            throw new FronteraException(ErrorCode.STORE, "cannot close the movement tables: " + e.getMessage(), e);
        }
    }
}
