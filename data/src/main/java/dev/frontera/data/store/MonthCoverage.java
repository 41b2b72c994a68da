package dev.frontera.data.store;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;
import java.util.List;

/** The releases that cover one month, newest first. */
public record MonthCoverage(YearMonth month, List<String> releaseIds) {
    public MonthCoverage {
        requireNonNull(month, "month is null");
        releaseIds = List.copyOf(releaseIds);
    }

    /** The release whose figure is the latest for this month. */
    public String latestRelease() {
        return releaseIds.get(0);
    }
}
