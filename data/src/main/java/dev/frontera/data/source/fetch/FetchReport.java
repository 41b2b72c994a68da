package dev.frontera.data.source.fetch;

import java.util.List;

/**
 * What a fetch found and did.
 *
 * @param newest the newest release of each series found on the pages, in series order
 * @param downloads the releases now in the cache, in the same order, without those that failed
 * @param failures pages and files that could not be fetched
 */
public record FetchReport(List<ReleaseLink> newest, List<Download> downloads, List<FetchFailure> failures) {
    public FetchReport {
        newest = List.copyOf(newest);
        downloads = List.copyOf(downloads);
        failures = List.copyOf(failures);
    }

    public boolean complete() {
        return failures.isEmpty();
    }
}
