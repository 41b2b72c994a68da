package dev.frontera.cli;

import dev.frontera.core.query.Release;
import dev.frontera.data.query.QueryEngine;
import dev.frontera.data.query.ReleaseSource;
import dev.frontera.data.read.Observation;
import dev.frontera.data.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
            throw new dev.frontera.core.FronteraException(dev.frontera.core.ErrorCode.NOT_FOUND,
                    "no store at %s yet; load the official files first with 'frontera ingest DIR' (e.g. ../shared/data/cbp)"
                            .formatted(path));
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
            engine = QueryEngine.over(source(store));
        }
        return engine;
    }

    /** The store as the query engine reads it. */
    static ReleaseSource source(Store store) {
        return new ReleaseSource() {
            @Override
            public List<Release> releases() {
                return store.releases();
            }

            @Override
            public List<Observation> observations(String releaseId) {
                return store.observations(releaseId);
            }
        };
    }

    @Override
    public void close() {
        store.close();
    }
}
