package dev.frontera.surges.digest;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.query.Release;
import dev.frontera.surges.model.Prediction;
import java.time.YearMonth;
import java.util.Optional;

/**
 * One notable change a release brings, as a sentence a reporter could quote, with the figures
 * behind it, the seasonal baseline where it applies, the command that reproduces it and the
 * release it came from.
 *
 * @param series what the item is about, as {@code southwest encounters, citizenship cuba}
 * @param value the figure for {@code month}
 * @param compared the figure it is compared with, and its month (the previous vintage's for a revision)
 * @param baseline the seasonal baseline for the month, where the series is long enough
 * @param score how notable, for ranking: strength of the change times the weight of the series
 * @param query the command that shows the figures
 */
public record DigestItem(
        Kind kind,
        String sentence,
        String series,
        YearMonth month,
        long value,
        Optional<Long> compared,
        Optional<YearMonth> comparedMonth,
        Optional<Prediction> baseline,
        double score,
        String query,
        Release release) {

    /** The kinds of notable change, in the words of the JSON field {@code kind}. */
    public enum Kind {
        RECORD_HIGH("record-high"),
        HIGHEST_SINCE("highest-since"),
        RECORD_LOW("record-low"),
        LOWEST_SINCE("lowest-since"),
        ABOVE_BASELINE("above-baseline"),
        BELOW_BASELINE("below-baseline"),
        MONTH_ON_MONTH("month-on-month"),
        YEAR_ON_YEAR("year-on-year"),
        REVISION("revision");

        private final String slug;

        Kind(String slug) {
            this.slug = slug;
        }

        public String slug() {
            return slug;
        }
    }

    public DigestItem {
        requireNonNull(kind, "kind is null");
        requireNonNull(sentence, "sentence is null");
        requireNonNull(series, "series is null");
        requireNonNull(month, "month is null");
        requireNonNull(compared, "compared is null");
        requireNonNull(comparedMonth, "comparedMonth is null");
        requireNonNull(baseline, "baseline is null");
        requireNonNull(query, "query is null");
        requireNonNull(release, "release is null");
    }
}
