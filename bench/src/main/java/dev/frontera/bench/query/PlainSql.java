package dev.frontera.bench.query;

import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.period.Period;
import dev.frontera.core.query.Family;
import dev.frontera.core.query.GroupBy;
import dev.frontera.core.query.Query;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The baseline the engine is measured against: a query written as one plain SQL statement over
 * the store's tables, answered from the newest release that covers the whole period (a GROUP BY
 * over {@code observations}). It does what a straightforward SQL implementation would do, without
 * the engine's per-month precedence across releases, so its figures match the engine's whenever
 * one release covers the whole period (tests pin that on the shared files).
 */
public final class PlainSql {
    private PlainSql() {}

    /** The SQL statement answering {@code query}: rows of (group, value), or (month, value, rank) for a rank. */
    public static String answer(Query query) {
        Period period = query.period();
        Optional<String> group = groupColumn(query);
        String select = group.map(column -> column + ", ").orElse("");
        StringBuilder sql = new StringBuilder();
        sql.append("SELECT ")
                .append(select)
                .append("sum(count) AS value FROM observations WHERE release_id = (")
                .append(newestCovering(query))
                .append(")")
                .append(" AND month BETWEEN ")
                .append(key(period.first()))
                .append(" AND ")
                .append(key(period.last()))
                .append(filters(query.effectiveFilters()));
        group.ifPresent(column -> sql.append(" GROUP BY ").append(column));
        if (group.isPresent() && query.groupBy().stream().anyMatch(GroupBy.ByDimension.class::isInstance)) {
            sql.append(" ORDER BY value DESC, ").append(group.get());
        } else {
            group.ifPresent(column -> sql.append(" ORDER BY ").append(column));
        }
        query.top().ifPresent(top -> sql.append(" LIMIT ").append(top));
        return sql.toString();
    }

    /** Where the period's single month ranks among every month of the newest release covering it. */
    public static String rank(Query query) {
        return ("SELECT month, value, position FROM (SELECT month, value, rank() OVER (ORDER BY value DESC) AS position"
                        + " FROM (SELECT month, sum(count) AS value FROM observations WHERE release_id = (%s)%s GROUP BY month))"
                        + " WHERE month = %d")
                .formatted(
                        newestCovering(query),
                        filters(query.effectiveFilters()),
                        key(query.period().first()));
    }

    /** The query's figure in every release that covers its whole period, oldest publication first. */
    public static String revisions(Query query) {
        Period period = query.period();
        return ("SELECT r.id, r.published, sum(o.count) AS value FROM observations o JOIN releases r ON r.id = o.release_id"
                        + " WHERE r.first_month <= %d AND r.last_month >= %d AND r.family IN (%s) AND o.month BETWEEN %d AND %d%s"
                        + " GROUP BY r.id, r.published ORDER BY r.published, r.id")
                .formatted(
                        key(period.first()),
                        key(period.last()),
                        families(query),
                        key(period.first()),
                        key(period.last()),
                        filters(query.effectiveFilters()).replace(" AND ", " AND o."));
    }

    private static String newestCovering(Query query) {
        Period period = query.period();
        String asOf = query.asOf()
                .map(date -> " AND published <= DATE '" + date + "'")
                .orElse("");
        return ("SELECT id FROM releases WHERE first_month <= %d AND last_month >= %d AND family IN (%s)%s"
                        + " ORDER BY published DESC, id LIMIT 1")
                .formatted(key(period.first()), key(period.last()), families(query), asOf);
    }

    /**
     * The families that publish every dimension the query filters or groups by; a nationwide
     * query excludes the southwest-only family, and a citizenship grouping prefers the family
     * with every nationality (the southwest file has five groups).
     */
    static String families(Query query) {
        Set<Dimension> needed = new TreeSet<>(query.effectiveFilters().keySet());
        query.groupBy().stream()
                .filter(GroupBy.ByDimension.class::isInstance)
                .map(g -> ((GroupBy.ByDimension) g).dimension())
                .forEach(needed::add);
        boolean nationwide = !query.effectiveFilters().containsKey(Dimension.REGION);
        boolean citizenshipGroups = needed.contains(Dimension.CITIZENSHIP)
                && query.groupBy().stream()
                        .anyMatch(g -> g instanceof GroupBy.ByDimension byDimension
                                && byDimension.dimension() == Dimension.CITIZENSHIP);
        List<Family> families = List.of(Family.values()).stream()
                .filter(family -> family.dimensions().containsAll(needed))
                .filter(family -> !(nationwide || citizenshipGroups) || family != Family.SOUTHWEST_BY_COMPONENT)
                .toList();
        if (families.isEmpty()) {
            return "NULL";
        }
        return families.stream().map(family -> "'" + family.slug() + "'").collect(Collectors.joining(", "));
    }

    private static Optional<String> groupColumn(Query query) {
        for (GroupBy group : query.groupBy()) {
            if (group instanceof GroupBy.ByDimension byDimension) {
                return Optional.of(column(byDimension.dimension()));
            }
        }
        for (GroupBy group : query.groupBy()) {
            if (group instanceof GroupBy.ByTime byTime && byTime.grouping() == Period.Grouping.MONTH) {
                return Optional.of("month");
            }
        }
        return Optional.empty();
    }

    private static String filters(Map<Dimension, Set<String>> filters) {
        StringBuilder where = new StringBuilder();
        filters.forEach((dimension, values) -> where.append(" AND ")
                .append(column(dimension))
                .append(" IN (")
                .append(values.stream()
                        .sorted()
                        .map(v -> "'" + v.replace("'", "''") + "'")
                        .collect(Collectors.joining(", ")))
                .append(")"));
        return where.toString();
    }

    static String column(Dimension dimension) {
        return dimension.name().toLowerCase(Locale.ROOT);
    }

    static int key(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }
}
