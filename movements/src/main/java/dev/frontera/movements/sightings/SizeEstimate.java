package dev.frontera.movements.sightings;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.FronteraException;
import java.util.Locale;

/**
 * How many people a source says a group has, as a range: {@code 7000..7000 "roughly"} for a
 * single figure, {@code 4000..7000} when organisers and officials disagree.
 *
 * @param qualifier the hedge the source used ({@code roughly}, {@code up to}), empty if none
 * @param givenBy who gave the figure: an organiser, a government agency, the UN, a news report
 */
public record SizeEstimate(long low, long high, String qualifier, String givenBy) {
    public SizeEstimate {
        requireNonNull(qualifier, "qualifier is null");
        requireNonNull(givenBy, "givenBy is null");
        if (low < 0 || high < 0) {
            throw FronteraException.invalid(
                    "size %d..%d is negative: a group cannot have fewer than 0 people", low, high);
        }
        if (low > high) {
            throw FronteraException.invalid("size %d..%d has its low end above its high end", low, high);
        }
        if (givenBy.isBlank()) {
            throw FronteraException.invalid(
                    "size %d..%d needs who gave it (organisers, officials, a report...)", low, high);
        }
    }

    /** A single reported figure. */
    public static SizeEstimate of(long count, String qualifier, String givenBy) {
        return new SizeEstimate(count, count, qualifier, givenBy);
    }

    /** {@code roughly 7,000 (news report)} or {@code 4,000-7,000 (organisers)}. */
    public String label() {
        String range =
                low == high ? String.format(Locale.ROOT, "%,d", low) : String.format(Locale.ROOT, "%,d-%,d", low, high);
        return (qualifier.isEmpty() ? "" : qualifier + " ") + range + " (" + givenBy + ")";
    }
}
