package dev.frontera.cli;

import dev.frontera.data.query.QueryEngine;
import dev.frontera.data.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;

/** The store a command works on, and the query engine over it. Closed when the command ends. */
final class Workspace implements AutoCloseable {
    private final Store store;
    private QueryEngine engine;

    private Workspace(Store store) {
        this.store = store;
    }

    /** Opens the store for reading; a missing store is reported with what to run first. */
    static Workspace forReading(Path db) {
        Path path = db != null ? db : Store.defaultLocation();
        if (!Files.exists(path)) {
            throw new dev.frontera.core.FronteraException(
                    dev.frontera.core.ErrorCode.NOT_FOUND,
                    "no store at %s yet: 'frontera ingest' stores the official record bundled with Frontera"
                            + " ('frontera serve' does it on its first start)".formatted(path));
        }
        return new Workspace(Store.openReadOnly(path));
    }

    static Workspace forWriting(Path db) {
        return new Workspace(Store.open(db != null ? db : Store.defaultLocation()));
    }

    Store store() {
        return store;
    }

    QueryEngine engine() {
        if (engine == null) {
            engine = QueryEngine.over(store);
        }
        return engine;
    }

    @Override
    public void close() {
        store.close();
    }
}
