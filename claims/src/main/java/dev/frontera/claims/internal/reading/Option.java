package dev.frontera.claims.internal.reading;

import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * One choice for one factor of a reading (a measure, a place, a period...), with the features
 * it takes from the words and, for a period shorter than a month, why no monthly figure answers it.
 */
record Option<T>(T value, Map<Feature, Integer> features, Optional<String> unanswerable) {
    Option {
        requireNonNull(value, "value is null");
        features = features.isEmpty() ? Map.of() : Map.copyOf(features);
        requireNonNull(unanswerable, "unanswerable is null");
    }

    static <T> Option<T> of(T value, Feature... features) {
        Map<Feature, Integer> counts = new EnumMap<>(Feature.class);
        for (Feature feature : features) {
            counts.merge(feature, 1, Integer::sum);
        }
        return new Option<>(value, counts, Optional.empty());
    }

    Option<T> plus(Feature feature) {
        Map<Feature, Integer> counts = new EnumMap<>(Feature.class);
        counts.putAll(features);
        counts.merge(feature, 1, Integer::sum);
        return new Option<>(value, counts, unanswerable);
    }

    int featureCount() {
        return features.values().stream().mapToInt(Integer::intValue).sum();
    }
}
