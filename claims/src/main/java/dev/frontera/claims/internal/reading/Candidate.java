package dev.frontera.claims.internal.reading;

import static java.util.Objects.requireNonNull;

import dev.frontera.claims.reading.Reading;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A reading of a figure that the words allow, with what it takes from them ({@code features},
 * the evidence for the ranker's prior).
 *
 * @param unanswerable why no monthly figure can answer this reading whatever the record holds
 *     (a single day, a week), if so
 */
public record Candidate(Reading reading, Map<Feature, Integer> features, Optional<String> unanswerable) {
    public Candidate {
        requireNonNull(reading, "reading is null");
        features = features.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(features));
        requireNonNull(unanswerable, "unanswerable is null");
    }

    /** Whether the reading swaps a stated scope for one often confused with it. */
    public boolean confused() {
        return features.containsKey(Feature.CONFUSED_SCOPE);
    }

    public int count(Feature feature) {
        return features.getOrDefault(feature, 0);
    }
}
