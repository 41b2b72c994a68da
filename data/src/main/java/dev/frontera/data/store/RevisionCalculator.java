package dev.frontera.data.store;

import dev.frontera.core.query.Release;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Compares a release's monthly totals with those of the previous vintage of its family. */
final class RevisionCalculator {
    private RevisionCalculator() {}

    static RevisionReport compute(Connection connection, Release release) throws SQLException {
        Optional<Release> previous = previousVintage(connection, release);
        if (previous.isEmpty()) {
            return new RevisionReport(release, previous, List.of(), List.of(), List.of());
        }
        Map<YearMonth, Long> before = monthTotals(connection, previous.get().id());
        Map<YearMonth, Long> after = monthTotals(connection, release.id());
        List<MonthRevision> revised = new ArrayList<>();
        List<YearMonth> added = new ArrayList<>();
        after.forEach((month, total) -> {
            Long old = before.get(month);
            if (old == null) {
                added.add(month);
            } else if (old.longValue() != total.longValue()) {
                revised.add(new MonthRevision(month, old, total));
            }
        });
        List<MonthRevision> largest = revised.stream()
                .sorted(Comparator.comparingLong((MonthRevision revision) -> Math.abs(revision.change()))
                        .reversed()
                        .thenComparing(MonthRevision::month))
                .limit(RevisionReport.LARGEST)
                .toList();
        return new RevisionReport(release, previous, revised, largest, added);
    }

    /** The newest release of the same family published strictly before this one whose months overlap it. */
    private static Optional<Release> previousVintage(Connection connection, Release release) throws SQLException {
        return ReleaseRows.query(
                        connection,
                        "WHERE family = ? AND id <> ? AND published < ? AND first_month <= ? AND last_month >= ? ORDER BY "
                                + ReleaseRows.NEWEST_FIRST + " LIMIT 1",
                        release.family().slug(),
                        release.id(),
                        release.published(),
                        MonthKey.of(release.lastMonth()),
                        MonthKey.of(release.firstMonth()))
                .stream()
                .findFirst();
    }

    private static Map<YearMonth, Long> monthTotals(Connection connection, String releaseId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT month, total FROM release_months WHERE release_id = ? ORDER BY month")) {
            statement.setString(1, releaseId);
            try (ResultSet rows = statement.executeQuery()) {
                Map<YearMonth, Long> totals = new TreeMap<>();
                while (rows.next()) {
                    totals.put(MonthKey.toMonth(rows.getInt(1)), rows.getLong(2));
                }
                return totals;
            }
        }
    }
}
