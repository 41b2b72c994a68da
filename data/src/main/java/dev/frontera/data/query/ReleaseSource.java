package dev.frontera.data.query;

import dev.frontera.core.query.Release;
import dev.frontera.data.read.Observation;
import java.util.List;

/** Where the query engine reads releases from: the store, or a list in tests. */
public interface ReleaseSource {
    /** Every stored release. */
    List<Release> releases();

    /** The observations of one release. */
    List<Observation> observations(String releaseId);
}
