package dev.frontera.claims.reading;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.dimension.Region;
import dev.frontera.core.period.Period;
import dev.frontera.core.query.GroupBy;
import dev.frontera.core.query.Measure;
import dev.frontera.core.query.Query;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One way to read a figure as a question to the record: what is counted, where, for whom, over
 * which months, and how the counts are combined.
 *
 * @param region where the count is taken; a sector or field office in {@code filters} narrows it further
 * @param filters citizenship, demographic, sector or field office, state and title (slugs)
 * @param base for a change, difference, multiple or comparison: the period compared with
 * @param whole for a share: what the share is of
 */
public record Reading(
        Measure measure,
        Region region,
        Map<Dimension, Set<String>> filters,
        Period period,
        Aggregate aggregate,
        Optional<Period> base,
        Optional<Whole> whole) {

    /** What a share is taken of: the same count, wider. */
    public record Whole(Measure measure, Region region, Map<Dimension, Set<String>> filters) {
        public Whole {
            requireNonNull(measure, "measure is null");
            requireNonNull(region, "region is null");
            filters = Map.copyOf(filters);
        }
    }

    public Reading {
        requireNonNull(measure, "measure is null");
        requireNonNull(region, "region is null");
        filters = Map.copyOf(filters);
        requireNonNull(period, "period is null");
        requireNonNull(aggregate, "aggregate is null");
        requireNonNull(base, "base is null");
        requireNonNull(whole, "whole is null");
        if (aggregate.hasBase() != base.isPresent()) {
            throw new IllegalArgumentException(
                    "a base period goes with a change, difference or multiple, not with " + aggregate);
        }
        if ((aggregate == Aggregate.SHARE) != whole.isPresent()) {
            throw new IllegalArgumentException("a whole goes with a share, not with " + aggregate);
        }
        if (aggregate.isRank() && single(filters, Dimension.AREA) == single(filters, Dimension.CITIZENSHIP)) {
            throw new IllegalArgumentException(
                    "a rank names one sector, field office or nationality to rank, not " + filters.keySet());
        }
    }

    private static boolean single(Map<Dimension, Set<String>> filters, Dimension dimension) {
        return filters.getOrDefault(dimension, Set.of()).size() == 1;
    }

    /** A plain reading: the total (or rate) of {@code measure} over {@code period}. */
    public static Reading of(
            Measure measure, Region region, Map<Dimension, Set<String>> filters, Period period, Aggregate aggregate) {
        return new Reading(measure, region, filters, period, aggregate, Optional.empty(), Optional.empty());
    }

    /** The query for the period itself. */
    public Query query(Optional<LocalDate> asOf) {
        return query(measure, region, filters, period, asOf);
    }

    /** The query for the base period of a change. */
    public Optional<Query> baseQuery(Optional<LocalDate> asOf) {
        return base.map(b -> query(measure, region, filters, b, asOf));
    }

    /** The query for the whole a share is of. */
    public Optional<Query> wholeQuery(Optional<LocalDate> asOf) {
        return whole.map(w -> query(w.measure(), w.region(), w.filters(), period, asOf));
    }

    /** For a rank: what its peers are cut by (a sector among sectors, a nationality among nationalities). */
    public Optional<Dimension> peers() {
        if (!aggregate.isRank()) {
            return Optional.empty();
        }
        return Optional.of(single(filters, Dimension.AREA) ? Dimension.AREA : Dimension.CITIZENSHIP);
    }

    /** For a rank: the sector, field office or nationality ranked (a slug). */
    public Optional<String> ranked() {
        return peers().map(dimension -> filters.get(dimension).iterator().next());
    }

    /** For a rank: every peer's count over the period, one row each, with the other filters kept. */
    public Optional<Query> peersQuery(Optional<LocalDate> asOf) {
        return peers().map(dimension -> {
            Map<Dimension, Set<String>> others = new EnumMap<>(Dimension.class);
            others.putAll(filters);
            others.remove(dimension);
            return query(measure, region, others, period, asOf)
                    .withGroupBy(List.of(new GroupBy.ByDimension(dimension)));
        });
    }

    /** For a bound on every month: the period month by month, one row each. */
    public Optional<Query> monthsQuery(Optional<LocalDate> asOf) {
        if (!aggregate.isStreak()) {
            return Optional.empty();
        }
        return Optional.of(query(measure, region, filters, period, asOf)
                .withGroupBy(List.of(new GroupBy.ByTime(Period.Grouping.MONTH))));
    }

    public Reading withPeriod(Period newPeriod) {
        return new Reading(measure, region, filters, newPeriod, aggregate, base, whole);
    }

    private static Query query(
            Measure measure,
            Region region,
            Map<Dimension, Set<String>> filters,
            Period period,
            Optional<LocalDate> asOf) {
        // A sector or field office lies in the region read with it; tables of one border (field offices are counted
        // only at the southwest border) answer only a query that says so.
        return new Query(measure, filters, period, List.of(), Optional.empty(), false, asOf).withRegion(region);
    }
}
