package dev.frontera.data.query;

import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.query.Family;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How one family answers one query: the filters its rows are checked against, the cut it is read
 * through when it publishes separate cuts (sector, citizenship, family status), and the months it
 * may answer. A Border Patrol table with no title column answers a Title 8 query only for months
 * before Title 42 began (March 2020), when every Border Patrol encounter was a Title 8 apprehension.
 */
record FamilyView(
        Family family, Map<Dimension, Set<String>> filters, Optional<Dimension> cut, Optional<YearMonth> before) {

    static FamilyView of(Family family, Map<Dimension, Set<String>> filters, Optional<Dimension> groupDimension) {
        Map<Dimension, Set<String>> applied = new EnumMap<>(Dimension.class);
        Optional<YearMonth> before = Optional.empty();
        for (Map.Entry<Dimension, Set<String>> filter : filters.entrySet()) {
            if (family.dimensions().contains(filter.getKey())) {
                applied.put(filter.getKey(), filter.getValue());
            } else if (filter.getKey() == Dimension.TITLE) {
                before = Optional.of(Precedence.FIRST_TITLE_42_MONTH);
            }
        }
        Optional<Dimension> cut = Optional.empty();
        if (!family.separateCuts().isEmpty()) {
            cut = family.separateCuts().stream()
                    .filter(dimension -> filters.containsKey(dimension)
                            || groupDimension.filter(dimension::equals).isPresent())
                    .findFirst()
                    .or(() -> Optional.of(family.separateCuts().get(0)));
        }
        return new FamilyView(family, Map.copyOf(applied), cut, before);
    }

    /** True when the family may answer this month (for a fiscal-year family: the fiscal year stored at it). */
    boolean answers(YearMonth month) {
        return before.map(month::isBefore).orElse(true);
    }

    RowFilter rowFilter(Codes codes) {
        return new RowFilter(filters, codes, cut.orElse(null));
    }
}
