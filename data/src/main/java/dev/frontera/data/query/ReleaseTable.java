package dev.frontera.data.query;

import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.query.Family;
import dev.frontera.core.query.Release;
import dev.frontera.data.read.Observation;
import java.time.YearMonth;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * One release held in memory, column by column and sorted by month, so the rows of a month
 * are one contiguous slice and a filter is a lookup per dimension code.
 */
final class ReleaseTable {
    private static final Dimension[] DIMENSIONS = Dimension.values();

    final Release release;
    final Family family;
    private final int firstMonth;
    private final int[] monthStart;
    private final int[][] columns;
    private final long[] counts;
    private final Map<Dimension, BitSet> domain = new EnumMap<>(Dimension.class);
    private final NavigableSet<YearMonth> months = new TreeSet<>();

    ReleaseTable(Release release, List<Observation> observations, Codes codes) {
        this.release = release;
        this.family = release.family();
        List<Observation> sorted = observations.stream()
                .sorted(Comparator.comparing(Observation::month))
                .toList();
        int rows = sorted.size();
        firstMonth = rows == 0 ? 0 : index(sorted.get(0).month());
        int span = rows == 0 ? 0 : index(sorted.get(rows - 1).month()) - firstMonth + 1;
        monthStart = new int[span + 1];
        columns = new int[DIMENSIONS.length][rows];
        counts = new long[rows];
        for (Dimension dimension : DIMENSIONS) {
            domain.put(dimension, new BitSet());
        }
        int[] perMonth = new int[span + 1];
        for (int row = 0; row < rows; row++) {
            Observation observation = sorted.get(row);
            months.add(observation.month());
            perMonth[index(observation.month()) - firstMonth + 1]++;
            counts[row] = observation.count();
            for (Dimension dimension : DIMENSIONS) {
                int code = codes.encode(dimension, observation.value(dimension));
                columns[dimension.ordinal()][row] = code;
                domain.get(dimension).set(code);
            }
        }
        for (int slot = 1; slot <= span; slot++) {
            monthStart[slot] = monthStart[slot - 1] + perMonth[slot];
        }
    }

    static int index(YearMonth month) {
        return month.getYear() * 12 + month.getMonthValue() - 1;
    }

    boolean covers(YearMonth month) {
        return months.contains(month);
    }

    NavigableSet<YearMonth> months() {
        return months;
    }

    /** True when some row of this release has the value. */
    boolean publishes(Dimension dimension, int code) {
        return code >= 0 && domain.get(dimension).get(code);
    }

    BitSet domain(Dimension dimension) {
        return domain.get(dimension);
    }

    /** The codes {@code other} takes on the rows where {@code dimension} has one of {@code codes}. */
    BitSet valuesAlongside(Dimension dimension, BitSet codes, Dimension other) {
        int[] column = columns[dimension.ordinal()];
        int[] otherColumn = columns[other.ordinal()];
        BitSet found = new BitSet();
        for (int row = 0; row < column.length; row++) {
            if (codes.get(column[row])) {
                found.set(otherColumn[row]);
            }
        }
        return found;
    }

    /**
     * Adds the counts of the rows of {@code month} that pass {@code filter} to {@code sums},
     * keyed by the code of {@code groupDimension} (slot 0 when not grouped).
     */
    void sum(YearMonth month, RowFilter filter, Dimension groupDimension, long[] sums) {
        int slot = index(month) - firstMonth;
        if (slot < 0 || slot >= monthStart.length - 1) {
            return;
        }
        int[] groupColumn = groupDimension == null ? null : columns[groupDimension.ordinal()];
        for (int row = monthStart[slot], end = monthStart[slot + 1]; row < end; row++) {
            if (filter.accepts(columns, row)) {
                sums[groupColumn == null ? 0 : groupColumn[row]] += counts[row];
            }
        }
    }
}
