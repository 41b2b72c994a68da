/**
 * What every benchmark shares: a fresh store with the official files ({@link dev.frontera.bench.harness.BenchStore}),
 * the plain-SQL baseline's connection, where the shared data is, and how a report is written.
 */
package dev.frontera.bench.harness;
