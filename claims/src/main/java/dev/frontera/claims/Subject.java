package dev.frontera.claims;

import static java.util.Objects.requireNonNull;

import dev.frontera.claims.reading.Reading;
import java.util.Optional;

/**
 * What a checked claim is about: a reading of the encounter record, something the record does not
 * count, a distance to the border, or a month against its season.
 */
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

    /**
     * A claim about the season ("higher than is typical for December", "the usual seasonal dip"),
     * checked against the seasonal baseline of the series and month in {@code reading}.
     */
    record Season(Reading reading, Claim claim) implements Subject {
        /** What the sentence says of the month against its season. */
        public enum Claim {
            ABOVE_TYPICAL,
            BELOW_TYPICAL,
            USUAL_DIP,
            USUAL_RISE;

            /** {@code above_typical}, as printed. */
            public String slug() {
                return name().toLowerCase(java.util.Locale.ROOT);
            }
        }

        public Season {
            requireNonNull(reading, "reading is null");
            requireNonNull(claim, "claim is null");
        }
    }

    /** The reading of the record the claim rests on: a statistic's, or the month a season claim is about. */
    default Optional<Reading> statisticReading() {
        if (this instanceof Statistic statistic) {
            return Optional.of(statistic.reading());
        }
        return this instanceof Season season ? Optional.of(season.reading()) : Optional.empty();
    }
}
