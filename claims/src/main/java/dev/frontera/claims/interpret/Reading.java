package dev.frontera.claims.interpret;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.period.Period;
import dev.frontera.core.query.Measure;
import dev.frontera.core.query.Query;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One way to read a claim as a query: measure, region, period, rate and filters.
 *
 * @param region {@code southwest}, {@code northern}, {@code other} or {@code nationwide}
 * @param change how this reading departs from the wording, {@link Change#AS_WRITTEN} for the first
 * @param wordingOpen true when the wording leaves this choice open (generic verbs, no region, a
 *     bare year), so a figure that fits only this reading is read this way; false when it
 *     contradicts what the sentence states, so a fit makes the claim misleading
 */
public record Reading(
        Measure measure,
        String region,
        Period period,
        boolean perDay,
        Map<Dimension, Set<String>> filters,
        Change change,
        boolean wordingOpen) {

    /** How a reading differs from the wording. */
    public enum Change {
        AS_WRITTEN("as written"),
        MEASURE("the other measure (Border Patrol apprehensions and all encounters are often swapped)"),
        REGION("the other region (nationwide and southwest totals are often swapped)"),
        YEAR_KIND("the other kind of year (calendar and fiscal years are often swapped)");

        private final String description;

        Change(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    public Reading {
        requireNonNull(measure, "measure is null");
        requireNonNull(region, "region is null");
        requireNonNull(period, "period is null");
        filters = Map.copyOf(filters);
        requireNonNull(change, "change is null");
    }

    /** The query for this reading, answered from releases published by {@code asOf} when given. */
    public Query query(Optional<LocalDate> asOf) {
        Map<Dimension, Set<String>> all = new EnumMap<>(Dimension.class);
        all.putAll(filters);
        if (!region.equals("nationwide") && !filters.containsKey(Dimension.AREA)) {
            all.put(Dimension.REGION, Set.of(region));
        }
        return new Query(measure, all, period, List.of(), Optional.empty(), perDay, asOf);
    }

    public Reading with(Measure newMeasure, String newRegion, Period newPeriod, Change newChange, boolean open) {
        return new Reading(newMeasure, newRegion, newPeriod, perDay, filters, newChange, open);
    }
}
