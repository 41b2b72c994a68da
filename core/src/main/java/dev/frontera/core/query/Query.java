package dev.frontera.core.query;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.dimension.Region;
import dev.frontera.core.period.Period;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A question to the official record: a measure, filters (values of one dimension are OR-ed,
 * dimensions AND-ed; no region filter means nationwide), a period, how to cut the rows, and
 * which vintage to answer from ({@code asOf}: only releases published by that date).
 *
 * <p>Filter values are slugs, already resolved against the vocabulary.
 */
public record Query(
        Measure measure,
        Map<Dimension, Set<String>> filters,
        Period period,
        List<GroupBy> groupBy,
        Optional<Integer> top,
        boolean perDay,
        Optional<LocalDate> asOf) {

    public Query {
        requireNonNull(measure, "measure is null");
        requireNonNull(period, "period is null");
        // Dimensions in their declared order and values sorted, in every JVM: Map.copyOf and Set.copyOf
        // iterate in an order that changes from one run to the next, and messages list the filters.
        Map<Dimension, Set<String>> copy = new EnumMap<>(Dimension.class);
        filters.forEach((dimension, values) -> {
            if (!values.isEmpty()) {
                copy.put(dimension, Collections.unmodifiableSortedSet(new TreeSet<>(values)));
            }
        });
        filters = Collections.unmodifiableMap(copy);
        groupBy = List.copyOf(groupBy);
        requireNonNull(top, "top is null");
        requireNonNull(asOf, "asOf is null");
        top.ifPresent(n -> {
            if (n < 1) {
                throw dev.frontera.core.FronteraException.invalid("top must be at least 1, not %d", n);
            }
        });
    }

    /** A plain total of {@code measure} over {@code period}, nationwide, from the latest releases. */
    public static Query total(Measure measure, Period period) {
        return new Query(measure, Map.of(), period, List.of(), Optional.empty(), false, Optional.empty());
    }

    /**
     * Every filter the query applies, including those the measure implies. A contradiction
     * (measure {@code apprehensions} with component {@code ofo}) yields an empty value set.
     */
    public Map<Dimension, Set<String>> effectiveFilters() {
        Map<Dimension, Set<String>> all = new EnumMap<>(Dimension.class);
        all.putAll(filters);
        measure.impliedFilters().forEach((dimension, value) -> {
            Set<String> given = all.get(dimension);
            all.put(dimension, given == null || given.contains(value) ? Set.of(value) : Set.of());
        });
        return all;
    }

    public Query withPeriod(Period newPeriod) {
        return new Query(measure, filters, newPeriod, groupBy, top, perDay, asOf);
    }

    public Query withGroupBy(List<GroupBy> newGroupBy) {
        return new Query(measure, filters, period, newGroupBy, top, perDay, asOf);
    }

    public Query withAsOf(Optional<LocalDate> date) {
        return new Query(measure, filters, period, groupBy, top, perDay, date);
    }

    public Query withFilter(Dimension dimension, Set<String> values) {
        Map<Dimension, Set<String>> copy = new EnumMap<>(Dimension.class);
        copy.putAll(filters);
        copy.put(dimension, values);
        return new Query(measure, copy, period, groupBy, top, perDay, asOf);
    }

    /**
     * The same query in one region: {@link Region#NATIONWIDE} drops the region filter, since
     * nationwide is the sum of the regions and never a stored value.
     */
    public Query withRegion(Region region) {
        Map<Dimension, Set<String>> copy = new EnumMap<>(Dimension.class);
        copy.putAll(filters);
        copy.remove(Dimension.REGION);
        if (!region.isNationwide()) {
            copy.put(Dimension.REGION, Set.of(region.slug()));
        }
        return new Query(measure, copy, period, groupBy, top, perDay, asOf);
    }

    /** The regions the query is narrowed to, in their order; empty when it is nationwide. */
    public List<Region> regions() {
        Set<String> slugs = filters.getOrDefault(Dimension.REGION, Set.of());
        return Region.tabulated().stream()
                .filter(region -> slugs.contains(region.slug()))
                .toList();
    }

    public Query withMeasure(Measure newMeasure) {
        return new Query(newMeasure, filters, period, groupBy, top, perDay, asOf);
    }
}
