/**
 * Fetching official releases from the publishers' sites: {@link dev.frontera.data.source.fetch.OfficialFetcher}
 * reads the CBP and DHS statistics pages, picks the newest release of each
 * {@link dev.frontera.data.source.fetch.ReleaseSeries}, downloads it into a cache with conditional
 * requests and checksums, and {@link dev.frontera.data.source.fetch.FetchedReleases} stores it.
 */
package dev.frontera.data.source.fetch;
