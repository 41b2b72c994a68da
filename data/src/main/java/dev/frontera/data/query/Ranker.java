package dev.frontera.data.query;

import dev.frontera.core.period.Period;
import dev.frontera.core.query.AnswerRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Places a period among all comparable periods of a series: months among months, fiscal years
 * among whole fiscal years, a fiscal year to date among the same months of earlier years.
 */
final class Ranker {
    private Ranker() {}

    static Optional<AnswerRow.Ranking> rank(Period period, long value, Series series) {
        int step = switch (period.kind()) {
            case MONTH -> 1;
            case FISCAL_YEAR, CALENDAR_YEAR, FISCAL_YEAR_TO_DATE -> 12;
            case MONTHS, FISCAL_YEARS, CALENDAR_YEARS -> 0;
        };
        if (step == 0 || series.isEmpty()) {
            return Optional.empty();
        }
        List<Period> comparable = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        // Walk back to the first comparable period the series covers, then forward to the last.
        Period start = period;
        while (series.covers(start.shift(-step))) {
            start = start.shift(-step);
        }
        for (Period candidate = start; series.covers(candidate); candidate = candidate.shift(step)) {
            OptionalLong sum = series.sum(candidate);
            comparable.add(candidate);
            values.add(sum.getAsLong());
        }
        if (comparable.isEmpty()) {
            return Optional.empty();
        }
        int rank = 1;
        int rankFromBottom = 1;
        for (long other : values) {
            if (other > value) {
                rank++;
            }
            if (other < value) {
                rankFromBottom++;
            }
        }
        Optional<Period> higherBefore = Optional.empty();
        Optional<Period> lowerBefore = Optional.empty();
        int position = comparable.indexOf(period);
        for (int i = position - 1; i >= 0 && (higherBefore.isEmpty() || lowerBefore.isEmpty()); i--) {
            if (higherBefore.isEmpty() && values.get(i) > value) {
                higherBefore = Optional.of(comparable.get(i));
            }
            if (lowerBefore.isEmpty() && values.get(i) < value) {
                lowerBefore = Optional.of(comparable.get(i));
            }
        }
        return Optional.of(new AnswerRow.Ranking(
                rank, comparable.size(), comparable.get(0), higherBefore, lowerBefore, rank == 1, rankFromBottom == 1));
    }
}
