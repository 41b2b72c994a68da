package dev.frontera.claims;

import dev.frontera.claims.reading.Reading;
import dev.frontera.core.dimension.Dimension;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Test helpers: the reading a checked claim rests on, and its filters as sorted slugs. */
final class Readings {
    private Readings() {}

    static Reading of(CheckedClaim claim) {
        return claim.subject().statisticReading().orElseThrow(() -> new AssertionError("not a statistic: " + claim));
    }

    static Map<String, List<String>> filters(CheckedClaim claim) {
        Map<String, List<String>> out = new TreeMap<>();
        of(claim)
                .filters()
                .forEach((Dimension dimension, java.util.Set<String> values) ->
                        out.put(dimension.parameter(), values.stream().sorted().toList()));
        return out;
    }
}
