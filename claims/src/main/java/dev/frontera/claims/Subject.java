package dev.frontera.claims;

import static java.util.Objects.requireNonNull;

import dev.frontera.claims.reading.Reading;
import java.util.Optional;

/** What a checked claim is about: a reading of the encounter record, something the record does not count, or a distance to the border. */
public sealed interface Subject {
    /** A figure read as a question to the official record. */
    record Statistic(Reading reading) implements Subject {
        public Statistic {
            requireNonNull(reading, "reading is null");
        }
    }

    /** A figure about something the encounter record does not hold: {@code what} is {@code got-aways} or {@code other}. */
    record NotCounted(String what, String words) implements Subject {
        public NotCounted {
            requireNonNull(what, "what is null");
            requireNonNull(words, "words is null");
        }
    }

    /**
     * A distance to the US-Mexico border, computed by Frontera (not an official figure).
     *
     * @param method {@code straight-line} (great circle to the nearest point of the border) or {@code road} (estimated)
     * @param from the place the distance is measured from, when the sentence names one
     */
    record Distance(String method, Optional<String> from) implements Subject {
        public Distance {
            requireNonNull(method, "method is null");
            requireNonNull(from, "from is null");
        }
    }

    /** The reading, for a statistic. */
    default Optional<Reading> statisticReading() {
        return this instanceof Statistic statistic ? Optional.of(statistic.reading()) : Optional.empty();
    }
}
