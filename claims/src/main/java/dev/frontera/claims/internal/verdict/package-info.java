/**
 * From a posterior to a verdict ({@link dev.frontera.claims.internal.verdict.VerdictPolicy}), kept apart from
 * the English that explains it ({@link dev.frontera.claims.internal.verdict.Explanation}).
 */
package dev.frontera.claims.internal.verdict;
