package dev.frontera.claims;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Another reading of a claim that was considered, with its figure ({@code official} is empty
 * when the record cannot answer it) and whether the claim would hold under it.
 */
public record Alternative(
        String measure,
        String region,
        String period,
        boolean perDay,
        Map<String, List<String>> filters,
        String change,
        Optional<Figure> official,
        boolean fits) {

    public Alternative {
        requireNonNull(measure, "measure is null");
        requireNonNull(region, "region is null");
        requireNonNull(period, "period is null");
        filters = Map.copyOf(filters);
        requireNonNull(change, "change is null");
        requireNonNull(official, "official is null");
    }
}
