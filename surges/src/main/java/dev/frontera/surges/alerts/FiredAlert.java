package dev.frontera.surges.alerts;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.YearMonth;

/**
 * A rule that fired on a release: once per rule, series and month, whatever later releases do.
 *
 * @param series the series it fired on, as {@code southwest encounters, citizenship cuba}
 * @param sentence what happened, quotable, with the figures and any per-day caveat
 * @param query the command that shows the figure
 */
public record FiredAlert(
        long id,
        String ruleId,
        String ruleName,
        String series,
        YearMonth month,
        long value,
        String sentence,
        String query,
        String releaseId,
        String releaseName,
        Instant firedAt) {

    public FiredAlert {
        requireNonNull(ruleId, "ruleId is null");
        requireNonNull(ruleName, "ruleName is null");
        requireNonNull(series, "series is null");
        requireNonNull(month, "month is null");
        requireNonNull(sentence, "sentence is null");
        requireNonNull(query, "query is null");
        requireNonNull(releaseId, "releaseId is null");
        requireNonNull(releaseName, "releaseName is null");
        requireNonNull(firedAt, "firedAt is null");
    }
}
