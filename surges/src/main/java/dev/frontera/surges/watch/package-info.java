/**
 * What runs after an ingest stores new releases: {@link dev.frontera.surges.watch.ReleaseWatch}
 * builds each release's digest and evaluates the alert rules on it.
 */
package dev.frontera.surges.watch;
