package dev.frontera.movements.news;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.Verdict;
import dev.frontera.movements.geography.Distance;
import java.util.Optional;

/**
 * A claimed distance to the US border, checked.
 *
 * @param quote the sentence
 * @param claimedText the words claimed ("around 1,000 miles")
 * @param subject where the claim was measured from, as the checker placed it
 * @param straightLine great-circle distance from the subject to the nearest point of the border
 * @param road estimated road distance from the subject to the likely crossing
 * @param explanation the verdict's reasons with the figures and the method, ready to print
 */
public record DistanceClaim(
        String quote,
        String claimedText,
        String qualifier,
        Distance claimed,
        Verdict verdict,
        Optional<String> subject,
        Optional<Distance> straightLine,
        Optional<Distance> road,
        String explanation) {
    public DistanceClaim {
        requireNonNull(quote, "quote is null");
        requireNonNull(claimedText, "claimedText is null");
        requireNonNull(qualifier, "qualifier is null");
        requireNonNull(claimed, "claimed is null");
        requireNonNull(verdict, "verdict is null");
        requireNonNull(subject, "subject is null");
        requireNonNull(straightLine, "straightLine is null");
        requireNonNull(road, "road is null");
        requireNonNull(explanation, "explanation is null");
    }
}
