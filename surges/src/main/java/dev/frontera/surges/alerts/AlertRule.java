package dev.frontera.surges.alerts;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.FronteraException;
import dev.frontera.core.dimension.Dimension;
import dev.frontera.surges.digest.Wording;
import dev.frontera.surges.series.SeriesSpec;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * A user's alert rule: a series (or every value of a dimension within it: "any sector"), a
 * condition with its threshold, and where to post when it fires.
 *
 * @param id the slug of the name, unique among rules
 * @param each when present, the rule applies to each value of this dimension separately
 * @param perDay compare the month's daily average, not its total
 */
public record AlertRule(
        String id,
        String name,
        SeriesSpec series,
        Optional<Dimension> each,
        Condition condition,
        Optional<Double> threshold,
        boolean perDay,
        Optional<Webhook> webhook,
        Instant created) {

    /**
     * Said wherever a per-day rule appears. The June 2024 proclamation's thresholds (2,500 and
     * 1,500 a day) are defined on daily counts of encounters between ports of entry, which CBP
     * does not publish; Frontera can only compare the monthly figure's average per day.
     */
    public static final String PER_DAY_CAVEAT = "evaluated on the monthly average per day: CBP publishes monthly"
            + " counts only, so a single day above or below the threshold cannot be seen";

    public static final String PROCLAMATION_CAVEAT = "the June 2024 proclamation's 2,500-a-day threshold (and 1,500 to"
            + " lift it) is defined on daily encounters between ports of entry, which CBP does not publish; here it is"
            + " evaluated on the monthly average per day of the published figures";

    public AlertRule {
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
        requireNonNull(series, "series is null");
        requireNonNull(each, "each is null");
        requireNonNull(condition, "condition is null");
        requireNonNull(threshold, "threshold is null");
        requireNonNull(webhook, "webhook is null");
        requireNonNull(created, "created is null");
        if (condition.needsThreshold() && threshold.isEmpty()) {
            throw FronteraException.invalid("condition '%s' needs a threshold", condition.slug());
        }
        if (perDay && condition != Condition.ABOVE && condition != Condition.BELOW) {
            throw FronteraException.invalid(
                    "per-day applies to the above and below conditions only, not '%s'", condition.slug());
        }
        if (each.isPresent() && series.filters().containsKey(each.get())) {
            throw FronteraException.invalid(
                    "a rule on each %s cannot also filter one %s",
                    each.get().parameter(), each.get().parameter());
        }
    }

    /** The rule in words: {@code southwest encounters per day above 2,500}. */
    public String description() {
        String subject =
                each.map(d -> series.label() + ", any " + d.parameter()).orElse(series.label());
        String limit = threshold
                .map(t -> t == Math.rint(t) ? Wording.count((long) (double) t) : String.format(Locale.ROOT, "%,.1f", t))
                .orElse("");
        return switch (condition) {
            case ABOVE -> "%s%s above %s".formatted(subject, perDay ? " per day" : "", limit);
            case BELOW -> "%s%s below %s".formatted(subject, perDay ? " per day" : "", limit);
            case CHANGE_ON_YEAR_ABOVE -> "%s up more than %s%% on the year".formatted(subject, limit);
            case CHANGE_ON_MONTH_ABOVE -> "%s up more than %s%% on the month".formatted(subject, limit);
            case RECORD -> "%s at a record".formatted(subject);
            case ABOVE_BASELINE ->
                "%s above the seasonal baseline by more than %s interval half-width(s)"
                        .formatted(
                                subject,
                                threshold
                                        .map(t -> String.format(Locale.ROOT, "%.1f", t))
                                        .orElse("1"));
        };
    }

    /** The caveat to print with the rule, if any. */
    public Optional<String> caveat() {
        if (!perDay) {
            return Optional.empty();
        }
        boolean proclamation = threshold.filter(t -> t == 2_500 || t == 1_500).isPresent();
        return Optional.of(proclamation ? PROCLAMATION_CAVEAT : PER_DAY_CAVEAT);
    }
}
