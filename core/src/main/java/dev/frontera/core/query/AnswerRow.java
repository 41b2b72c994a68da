package dev.frontera.core.query;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.period.Period;
import java.util.Optional;

/**
 * One row of an answer: a period, the value of the grouped dimension if any, the count, and
 * what was derived from it.
 *
 * @param group slug of the grouped dimension's value, empty when not grouped by a dimension
 * @param perDay count divided by the true number of days in the period
 * @param share of the answer's total, when grouped by a dimension
 * @param previous the previous period of the same length, when known
 * @param yearBefore the same period a year earlier, when known
 */
public record AnswerRow(
        Period period,
        Optional<String> group,
        Optional<String> groupName,
        long value,
        double perDay,
        Optional<Double> share,
        Optional<Comparison> previous,
        Optional<Comparison> yearBefore,
        Optional<Ranking> ranking) {

    public AnswerRow {
        requireNonNull(period, "period is null");
        requireNonNull(group, "group is null");
        requireNonNull(groupName, "groupName is null");
        requireNonNull(share, "share is null");
        requireNonNull(previous, "previous is null");
        requireNonNull(yearBefore, "yearBefore is null");
        requireNonNull(ranking, "ranking is null");
    }

    /** The value of another period and the change from it to this one. */
    public record Comparison(Period period, long value, long change, Optional<Double> percentChange) {}

    /**
     * Where this period stands among all comparable periods the record covers (same length and
     * kind): 1 is the highest. {@code highestSince}: the latest earlier period that was higher
     * (empty when this is the highest of all); likewise {@code lowestSince}.
     */
    public record Ranking(
            int rank,
            int of,
            Period firstCompared,
            Optional<Period> higherBefore,
            Optional<Period> lowerBefore,
            boolean record,
            boolean recordLow) {}
}
