package dev.frontera.data.query;

import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.dimension.Exclusion;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The filters of a query as bit sets of allowed codes, one per filtered dimension, and for a
 * family published as separate cuts the one cut whose rows count (rows of other cuts are skipped).
 */
final class RowFilter {
    private final int[] dimensions;
    private final BitSet[] allowed;
    private final int cut;

    RowFilter(Map<Dimension, Set<String>> filters, Codes codes) {
        this(filters, codes, null);
    }

    RowFilter(Map<Dimension, Set<String>> filters, Codes codes, Dimension cut) {
        this.cut = cut == null ? -1 : cut.ordinal();
        Map<Dimension, BitSet> sets = new EnumMap<>(Dimension.class);
        filters.forEach((dimension, slugs) -> {
            BitSet bits = new BitSet();
            for (String slug : slugs) {
                Optional<String> excluded = Exclusion.excluded(slug);
                if (excluded.isPresent()) {
                    // Every published value but one; "not published" (code 0) stays out.
                    bits.set(Codes.NOT_PUBLISHED + 1, codes.size(dimension));
                    int code = codes.find(dimension, excluded.get());
                    if (code >= 0) {
                        bits.clear(code);
                    }
                    continue;
                }
                int code = codes.find(dimension, slug);
                if (code >= 0) {
                    bits.set(code);
                }
            }
            sets.put(dimension, bits);
        });
        dimensions = sets.keySet().stream().mapToInt(Dimension::ordinal).toArray();
        allowed = sets.values().toArray(BitSet[]::new);
    }

    boolean accepts(int[][] columns, int row) {
        if (cut >= 0 && columns[cut][row] == Codes.NOT_PUBLISHED) {
            return false;
        }
        for (int i = 0; i < dimensions.length; i++) {
            if (!allowed[i].get(columns[dimensions[i]][row])) {
                return false;
            }
        }
        return true;
    }
}
