package dev.frontera.data.store;

import dev.frontera.core.query.Family;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Builds the per-family coverage from the monthly totals table. */
final class CoverageQuery {
    private CoverageQuery() {}

    static Coverage load(Connection connection) throws SQLException {
        // family slug -> month -> release ids, newest release first within a month
        Map<String, Map<YearMonth, List<String>>> byFamily = new TreeMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        SELECT r.family, m.month, m.release_id
                        FROM release_months m JOIN releases r ON r.id = m.release_id
                        ORDER BY r.family, m.month, r.published DESC, r.last_month DESC, r.ingested_at DESC, r.id""")) {
            while (rows.next()) {
                byFamily.computeIfAbsent(rows.getString(1), family -> new LinkedHashMap<>())
                        .computeIfAbsent(MonthKey.toMonth(rows.getInt(2)), month -> new ArrayList<>())
                        .add(rows.getString(3));
            }
        }
        List<FamilyCoverage> families = new ArrayList<>();
        byFamily.forEach((slug, months) -> {
            Family family = Family.bySlug(slug);
            List<MonthCoverage> monthCoverage = months.entrySet().stream()
                    .map(entry -> new MonthCoverage(entry.getKey(), entry.getValue()))
                    .toList();
            families.add(new FamilyCoverage(family, family.dimensions(), monthCoverage));
        });
        return new Coverage(families);
    }
}
