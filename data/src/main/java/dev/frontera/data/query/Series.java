package dev.frontera.data.query;

import dev.frontera.core.period.Period;
import dev.frontera.core.query.Release;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A monthly series for one set of filters: for every month some release can answer, the
 * count and the release that gave it. Periods are answered by summing whole months of it.
 */
record Series(NavigableMap<YearMonth, Long> values, Map<YearMonth, ReleaseTable> sources) {

    boolean covers(Period period) {
        return period.months().stream().allMatch(values::containsKey);
    }

    OptionalLong sum(Period period) {
        long total = 0;
        for (YearMonth month : period.months()) {
            Long value = values.get(month);
            if (value == null) {
                return OptionalLong.empty();
            }
            total += value;
        }
        return OptionalLong.of(total);
    }

    List<YearMonth> missing(Period period) {
        return period.months().stream().filter(month -> !values.containsKey(month)).toList();
    }

    /** The releases that answered the months of a period, newest first. */
    List<Release> releases(Period period) {
        Set<Release> used = new LinkedHashSet<>();
        for (YearMonth month : period.months()) {
            ReleaseTable table = sources.get(month);
            if (table != null) {
                used.add(table.release);
            }
        }
        return used.stream().sorted(Comparator.comparing(Release::published).reversed()).toList();
    }

    Optional<YearMonth> first() {
        return values.isEmpty() ? Optional.empty() : Optional.of(values.firstKey());
    }

    Optional<YearMonth> last() {
        return values.isEmpty() ? Optional.empty() : Optional.of(values.lastKey());
    }
}
