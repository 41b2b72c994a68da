package dev.frontera.core.query;

import dev.frontera.core.dimension.Dimension;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The official record as the rest of Frontera sees it: answers to queries, with provenance.
 * The query engine in {@code frontera-data} implements it; the claim checker, the server and
 * the Spark job use only this. Implementations are thread-safe.
 */
public interface OfficialRecord {

    /**
     * Answers a query, or throws {@link dev.frontera.core.FronteraException} with
     * {@link dev.frontera.core.ErrorCode#NOT_COVERED} naming what is missing.
     */
    Answer answer(Query query);

    /**
     * The figure of an ungrouped query and its releases, without rows or rankings; refuses as
     * {@link #answer} does. Implementations may answer it far more cheaply than a full answer.
     */
    default Total total(Query query) {
        return Total.of(answer(query));
    }

    /** The last month any release published by {@code asOf} (or by now) covers. */
    Optional<YearMonth> latestMonth(Optional<LocalDate> asOf);

    /** Every value a dimension takes in the stored data, as slugs. */
    Set<String> values(Dimension dimension);

    /** Every stored release, newest first. */
    List<Release> releases();
}
