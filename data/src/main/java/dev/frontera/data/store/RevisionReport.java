package dev.frontera.data.store;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.query.Release;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * What a release changed against the previous vintage of its family: the newest stored release
 * of the same family, published before it, whose months overlap its months.
 *
 * @param previous the vintage compared against; empty for the first release of a family
 * @param revisedMonths months both cover whose totals differ, in calendar order
 * @param largestRevisions the revised months with the largest absolute change, largest first (at most 5)
 * @param addedMonths months this release covers and the previous did not, in calendar order
 */
public record RevisionReport(
        Release release,
        Optional<Release> previous,
        List<MonthRevision> revisedMonths,
        List<MonthRevision> largestRevisions,
        List<YearMonth> addedMonths) {

    static final int LARGEST = 5;

    public RevisionReport {
        requireNonNull(release, "release is null");
        requireNonNull(previous, "previous is null");
        revisedMonths = List.copyOf(revisedMonths);
        largestRevisions = List.copyOf(largestRevisions);
        addedMonths = List.copyOf(addedMonths);
    }

    /** True when no month that both vintages cover changed. */
    public boolean unrevised() {
        return revisedMonths.isEmpty();
    }
}
