package dev.frontera.data.source.fetch;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * Picks the newest release of each series among the links found: the one with the latest
 * month of data ({@code fy23-fy26-nov} is newer than the final {@code fy22-fy25}), then the
 * latest upload folder, then the latest re-upload ({@link ReleaseLink#OLDEST_FIRST}).
 */
final class NewestReleases {
    private NewestReleases() {}

    static Map<ReleaseSeries, ReleaseLink> pick(Collection<ReleaseLink> links) {
        Map<ReleaseSeries, ReleaseLink> newest = new EnumMap<>(ReleaseSeries.class);
        for (ReleaseLink link : links) {
            newest.merge(
                    link.series(),
                    link,
                    (current, candidate) ->
                            ReleaseLink.OLDEST_FIRST.compare(candidate, current) > 0 ? candidate : current);
        }
        return newest;
    }
}
