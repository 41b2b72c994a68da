/**
 * The embedded DuckDB store that keeps every official file as a release (a vintage). The front
 * door is {@link dev.frontera.data.store.Store}: open it, {@code ingest} parsed files (atomic and
 * idempotent), then read releases, observations, revisions and coverage.
 */
package dev.frontera.data.store;
