/**
 * The vocabulary every Frontera module shares: periods ({@link dev.frontera.core.period.Period}),
 * dimensions and their values ({@link dev.frontera.core.dimension.Vocabulary}), queries and
 * answers ({@link dev.frontera.core.query.Query}, {@link dev.frontera.core.query.Answer}), the
 * {@link dev.frontera.core.Verdict} on a quoted figure, and the one error type,
 * {@link dev.frontera.core.FronteraException}.
 */
package dev.frontera.core;
