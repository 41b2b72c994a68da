/**
 * The query engine: {@link dev.frontera.data.query.QueryEngine#over(dev.frontera.data.query.ReleaseSource)}
 * answers a {@link dev.frontera.core.query.Query} from the releases of a store or a folder, choosing one
 * release per month; {@link dev.frontera.data.query.QueryParameters} reads a query from text and
 * {@link dev.frontera.data.query.AnswerDocument} writes an answer as JSON.
 */
package dev.frontera.data.query;
