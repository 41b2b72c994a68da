package dev.frontera.data.query;

import dev.frontera.core.period.Period;
import dev.frontera.core.query.Release;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The series for one set of filters: for every month some monthly release can answer, the count
 * and where it came from; and for every fiscal year no monthly release touches, a fiscal-year
 * total from a yearly table. A period is the sum of its months, and a fiscal-year total counts
 * only when the period holds that whole fiscal year: it is never split into months.
 */
record Series(
        NavigableMap<YearMonth, Long> values,
        Map<YearMonth, Source> sources,
        NavigableMap<Integer, Long> years,
        Map<Integer, Source> yearSources,
        Map<Period, OptionalLong> sums) {

    Series(
            NavigableMap<YearMonth, Long> values,
            Map<YearMonth, Source> sources,
            NavigableMap<Integer, Long> years,
            Map<Integer, Source> yearSources) {
        // Ranking a period sums every comparable period of the series; each sum is kept once made.
        this(values, sources, years, yearSources, new java.util.concurrent.ConcurrentHashMap<>());
    }

    /** A fiscal-year total that a whole-year period takes instead of the year's months (exact over rounded). */
    private boolean yearFirst(Period period, int fiscalYear) {
        return years.containsKey(fiscalYear) && holdsFiscalYear(period, fiscalYear);
    }

    /** A release and the filter its rows are read with. */
    record Source(ReleaseTable table, RowFilter filter) {
        Release release() {
            return table.release;
        }
    }

    static int fiscalYear(YearMonth month) {
        return month.getMonthValue() >= 10 ? month.getYear() + 1 : month.getYear();
    }

    static boolean holdsFiscalYear(Period period, int fiscalYear) {
        return !period.first().isAfter(YearMonth.of(fiscalYear - 1, 10))
                && !period.last().isBefore(YearMonth.of(fiscalYear, 9));
    }

    /** True when every month is answered, by a monthly figure or a whole fiscal-year total. */
    boolean covers(Period period) {
        return sum(period).isPresent();
    }

    OptionalLong sum(Period period) {
        return sums.computeIfAbsent(period, this::add);
    }

    private OptionalLong add(Period period) {
        long total = 0;
        Set<Integer> yearsAdded = new HashSet<>();
        for (YearMonth month : period.months()) {
            Long value = values.get(month);
            if (value != null && !yearFirst(period, fiscalYear(month))) {
                total += value;
                continue;
            }
            int fiscalYear = fiscalYear(month);
            Long year = years.get(fiscalYear);
            if (year == null || !holdsFiscalYear(period, fiscalYear)) {
                return OptionalLong.empty();
            }
            if (yearsAdded.add(fiscalYear)) {
                total += year;
            }
        }
        return OptionalLong.of(total);
    }

    List<YearMonth> missing(Period period) {
        List<YearMonth> missing = new ArrayList<>();
        for (YearMonth month : period.months()) {
            if (!values.containsKey(month)
                    && !(years.containsKey(fiscalYear(month)) && holdsFiscalYear(period, fiscalYear(month)))) {
                missing.add(month);
            }
        }
        return missing;
    }

    /** The months of a period answered only by a fiscal-year total: they cannot stand alone. */
    boolean onlyYearly(YearMonth month) {
        return !values.containsKey(month) && years.containsKey(fiscalYear(month));
    }

    /** The releases that answered the months of a period, newest first. */
    List<Release> releases(Period period) {
        Set<Release> used = new LinkedHashSet<>();
        for (YearMonth month : period.months()) {
            Source source = sources.get(month);
            if (source != null && !yearFirst(period, fiscalYear(month))) {
                used.add(source.release());
            } else {
                Source year = yearSources.get(fiscalYear(month));
                if (year != null) {
                    used.add(year.release());
                }
            }
        }
        return used.stream()
                .sorted(Comparator.comparing(Release::published).reversed())
                .toList();
    }

    /** The source of each month of a bucket, and each whole fiscal year once. */
    List<Map.Entry<YearMonth, Source>> parts(Period period) {
        List<Map.Entry<YearMonth, Source>> parts = new ArrayList<>();
        Set<Integer> yearsAdded = new HashSet<>();
        for (YearMonth month : period.months()) {
            Source source = sources.get(month);
            if (source != null && !yearFirst(period, fiscalYear(month))) {
                parts.add(Map.entry(month, source));
            } else if (yearsAdded.add(fiscalYear(month))) {
                Source year = yearSources.get(fiscalYear(month));
                if (year != null) {
                    parts.add(Map.entry(YearMonth.of(fiscalYear(month), 9), year));
                }
            }
        }
        return parts;
    }

    Optional<YearMonth> first() {
        Optional<YearMonth> month = values.isEmpty() ? Optional.empty() : Optional.of(values.firstKey());
        Optional<YearMonth> year =
                years.isEmpty() ? Optional.empty() : Optional.of(YearMonth.of(years.firstKey() - 1, 10));
        return month.isEmpty()
                ? year
                : year.filter(y -> y.isBefore(month.get())).or(() -> month);
    }

    Optional<YearMonth> last() {
        Optional<YearMonth> month = values.isEmpty() ? Optional.empty() : Optional.of(values.lastKey());
        Optional<YearMonth> year = years.isEmpty() ? Optional.empty() : Optional.of(YearMonth.of(years.lastKey(), 9));
        return month.isEmpty() ? year : year.filter(y -> y.isAfter(month.get())).or(() -> month);
    }

    boolean isEmpty() {
        return values.isEmpty() && years.isEmpty();
    }
}
