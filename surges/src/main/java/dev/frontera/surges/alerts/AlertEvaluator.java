package dev.frontera.surges.alerts;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.period.Period;
import dev.frontera.core.query.Answer;
import dev.frontera.core.query.AnswerRow;
import dev.frontera.core.query.GroupBy;
import dev.frontera.core.query.OfficialRecord;
import dev.frontera.core.query.Query;
import dev.frontera.core.query.Release;
import dev.frontera.surges.SeasonalBaseline;
import dev.frontera.surges.Typical;
import dev.frontera.surges.digest.Wording;
import dev.frontera.surges.series.SeriesSpec;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether a rule fires on a release: on the newest month the release publishes, for
 * each series the rule covers that the release answers that month, against the record as it
 * stood on the release's publication date.
 */
public final class AlertEvaluator {
    private final OfficialRecord record;
    private final SeasonalBaseline baseline;

    public AlertEvaluator(OfficialRecord record, SeasonalBaseline baseline) {
        this.record = requireNonNull(record, "record is null");
        this.baseline = requireNonNull(baseline, "baseline is null");
    }

    /** What would fire, before it is recorded (a rule fires once per series and month). */
    public record Hit(AlertRule rule, SeriesSpec series, YearMonth month, long value, String sentence, String query) {}

    public List<Hit> evaluate(AlertRule rule, Release release) {
        YearMonth month = release.lastMonth();
        LocalDate asOf = release.published();
        List<Hit> hits = new ArrayList<>();
        for (SeriesSpec series : seriesOf(rule, release, month, asOf)) {
            Optional<Answer> answer = answer(series, Period.month(month), List.of(), asOf);
            if (answer.isEmpty() || !answer.get().releases().contains(release)) {
                continue;
            }
            check(rule, series, answer.get(), month, asOf).ifPresent(hits::add);
        }
        return hits;
    }

    private List<SeriesSpec> seriesOf(AlertRule rule, Release release, YearMonth month, LocalDate asOf) {
        if (rule.each().isEmpty()) {
            return List.of(rule.series());
        }
        Dimension dimension = rule.each().get();
        Optional<Answer> cut =
                answer(rule.series(), Period.month(month), List.of(new GroupBy.ByDimension(dimension)), asOf);
        if (cut.isEmpty() || !cut.get().releases().contains(release)) {
            return List.of();
        }
        return cut.get().rows().stream()
                .map(row -> rule.series().with(dimension, row.group().orElseThrow()))
                .toList();
    }

    private Optional<Hit> check(AlertRule rule, SeriesSpec series, Answer answer, YearMonth month, LocalDate asOf) {
        AnswerRow row = answer.rows().get(0);
        long value = answer.value();
        String subject = Wording.capitalized(series.phrase()) + " in " + Wording.month(month);
        String query = "frontera query %s --period %s --as-of %s"
                .formatted(series.parameters(), month, asOf)
                .replace("  ", " ");
        String rulePart = " (alert '%s': %s".formatted(rule.name(), rule.description())
                + rule.caveat().map(c -> "; " + c).orElse("") + ")";
        double threshold = rule.threshold().orElse(1.0);
        return switch (rule.condition()) {
            case ABOVE, BELOW -> {
                double figure = rule.perDay() ? value / (double) month.lengthOfMonth() : value;
                boolean fires = rule.condition() == Condition.ABOVE ? figure > threshold : figure < threshold;
                String shown = rule.perDay()
                        ? String.format(
                                Locale.ROOT, "averaged %,.0f a day over the month's %s", figure, Wording.count(value))
                        : "were " + Wording.count(value);
                yield fires
                        ? Optional.of(new Hit(
                                rule,
                                series,
                                month,
                                value,
                                subject + " " + shown + rulePart + ".",
                                query + (rule.perDay() ? " --per-day" : "")))
                        : Optional.empty();
            }
            case CHANGE_ON_YEAR_ABOVE, CHANGE_ON_MONTH_ABOVE -> {
                Optional<AnswerRow.Comparison> comparison =
                        rule.condition() == Condition.CHANGE_ON_YEAR_ABOVE ? row.yearBefore() : row.previous();
                if (comparison.isEmpty()
                        || comparison.get().percentChange().isEmpty()
                        || comparison.get().percentChange().get() <= threshold) {
                    yield Optional.empty();
                }
                AnswerRow.Comparison base = comparison.get();
                String text = "%s were %s, up %s from %s in %s"
                        .formatted(
                                subject,
                                Wording.count(value),
                                Wording.percent(base.percentChange().get()),
                                Wording.count(base.value()),
                                Wording.month(base.period().first()));
                yield Optional.of(new Hit(
                        rule,
                        series,
                        month,
                        value,
                        text + rulePart + ".",
                        query.replace(
                                " --period " + month,
                                " --period " + base.period().first() + ".." + month + " --group-by month")));
            }
            case RECORD -> {
                Optional<AnswerRow.Ranking> ranking = row.ranking().filter(r -> r.record() && r.of() > 12);
                yield ranking.map(r -> new Hit(
                        rule,
                        series,
                        month,
                        value,
                        "%s were %s, the highest month in the record held (since %s)"
                                        .formatted(
                                                subject,
                                                Wording.count(value),
                                                Wording.month(r.firstCompared().first()))
                                + rulePart + ".",
                        query));
            }
            case ABOVE_BASELINE -> {
                Optional<Typical> typical = typical(series, month, asOf);
                if (typical.isEmpty() || typical.get().multiple().orElse(0.0) <= threshold) {
                    yield Optional.empty();
                }
                Typical t = typical.get();
                yield Optional.of(new Hit(
                        rule,
                        series,
                        month,
                        value,
                        ("%s were %s against a seasonal baseline of %s (80%%"
                                                + " interval %s to %s): %.1f times the interval's half-width above it")
                                        .formatted(
                                                subject,
                                                Wording.count(value),
                                                Wording.estimate(t.expected().expected()),
                                                Wording.estimate(t.expected().low()),
                                                Wording.estimate(t.expected().high()),
                                                t.multiple().get())
                                + rulePart + ".",
                        query.replace("frontera query", "frontera forecast")));
            }
        };
    }

    private Optional<Typical> typical(SeriesSpec series, YearMonth month, LocalDate asOf) {
        try {
            return Optional.of(baseline.typicalFor(series, month, Optional.of(asOf)));
        } catch (FronteraException e) {
            if (e.code() == ErrorCode.NOT_COVERED) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private Optional<Answer> answer(SeriesSpec series, Period period, List<GroupBy> groupBy, LocalDate asOf) {
        try {
            return Optional.of(record.answer(new Query(
                    series.measure(), series.filters(), period, groupBy, Optional.empty(), false, Optional.of(asOf))));
        } catch (FronteraException e) {
            if (e.code() == ErrorCode.NOT_COVERED) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
