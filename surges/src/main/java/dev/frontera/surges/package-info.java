/**
 * Noticing surges: the seasonal baseline of every monthly series the record answers
 * ({@link dev.frontera.surges.SeasonalBaseline}, the front door, also what the claim checker calls
 * for claims about seasons), forecasts of the next one to three months, release digests
 * ({@code digest}), alert rules with Atom feeds and signed webhooks ({@code alerts}, {@code feed}),
 * and what runs after each ingest ({@link dev.frontera.surges.watch.ReleaseWatch}). Model and limits:
 * docs/SURGES.md.
 */
package dev.frontera.surges;
