package dev.frontera.movements.context;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.query.Query;

/**
 * One question to ask the statistics about a movement, with a label to show beside the answer.
 *
 * @param label {@code Southwest encounters of citizens of Honduras, by month}
 */
public record ContextQuery(String label, Query query) {
    public ContextQuery {
        requireNonNull(label, "label is null");
        requireNonNull(query, "query is null");
    }
}
