package dev.frontera.surges.digest;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.dimension.Region;
import dev.frontera.core.period.Period;
import dev.frontera.core.query.Answer;
import dev.frontera.core.query.AnswerRow;
import dev.frontera.core.query.GroupBy;
import dev.frontera.core.query.Measure;
import dev.frontera.core.query.OfficialRecord;
import dev.frontera.core.query.Query;
import dev.frontera.core.query.Release;
import dev.frontera.data.store.MonthRevision;
import dev.frontera.data.store.RevisionReport;
import dev.frontera.surges.SeasonalBaseline;
import dev.frontera.surges.Typical;
import dev.frontera.surges.series.SeriesSpec;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds a release's {@link Digest}: for every series the release answers in its newest month
 * (the headline totals, then each citizenship, demographic group and Border Patrol sector with a
 * figure that month), the records and "highest since", the move against the seasonal baseline,
 * the change on the month and on the year; and the revisions it made to earlier months. Each
 * becomes an item with a score, and the items are ranked by it (see docs/SURGES.md).
 */
public final class DigestBuilder {
    /** At most this many items about series, most notable first (revisions come on top of them). */
    public static final int MAX_ITEMS = 25;
    /** "Highest since" is news only when the last higher month is at least this far back. */
    static final int MIN_SINCE_MONTHS = 12;

    static final double MIN_MONTH_CHANGE_PCT = 15;
    static final double MIN_YEAR_CHANGE_PCT = 30;

    private static final SeriesSpec SOUTHWEST = SeriesSpec.of(Measure.ENCOUNTERS, Region.SOUTHWEST);
    private static final SeriesSpec NATIONWIDE = SeriesSpec.of(Measure.ENCOUNTERS, Region.NATIONWIDE);
    private static final List<SeriesSpec> HEADLINES = List.of(
            SOUTHWEST,
            NATIONWIDE,
            SeriesSpec.of(Measure.USBP_ENCOUNTERS, Region.SOUTHWEST),
            SeriesSpec.of(Measure.OFO_ENCOUNTERS, Region.SOUTHWEST),
            SeriesSpec.of(Measure.ENCOUNTERS, Region.NORTHERN));
    /** The cuts looked at: the series, and the dimension each is broken down by. */
    private static final List<Map.Entry<SeriesSpec, Dimension>> BREAKDOWNS = List.of(
            Map.entry(SOUTHWEST, Dimension.CITIZENSHIP),
            Map.entry(SOUTHWEST, Dimension.DEMOGRAPHIC),
            Map.entry(SeriesSpec.of(Measure.USBP_ENCOUNTERS, Region.SOUTHWEST), Dimension.AREA),
            Map.entry(NATIONWIDE, Dimension.CITIZENSHIP),
            Map.entry(NATIONWIDE, Dimension.DEMOGRAPHIC));

    private final OfficialRecord record;
    private final SeasonalBaseline baseline;
    private final Function<String, RevisionReport> revisions;

    /**
     * @param revisions what a release (by id) revised against the previous vintage: {@code store::revisions}
     */
    public DigestBuilder(OfficialRecord record, SeasonalBaseline baseline, Function<String, RevisionReport> revisions) {
        this.record = requireNonNull(record, "record is null");
        this.baseline = requireNonNull(baseline, "baseline is null");
        this.revisions = requireNonNull(revisions, "revisions is null");
    }

    /** The digest of a stored release, against the record as it stood on its publication date. */
    public Digest digest(Release release) {
        LocalDate asOf = release.published();
        YearMonth month = release.lastMonth();
        List<String> notes = new ArrayList<>();
        List<DigestItem> items = new ArrayList<>();
        long reference = figure(SOUTHWEST, month, asOf)
                .or(() -> figure(NATIONWIDE, month, asOf))
                .orElse(0L);
        Set<SeriesSpec> series = new LinkedHashSet<>(HEADLINES);
        for (Map.Entry<SeriesSpec, Dimension> breakdown : BREAKDOWNS) {
            series.addAll(cut(breakdown.getKey(), breakdown.getValue(), release, month, asOf));
        }
        int looked = 0;
        for (SeriesSpec spec : series) {
            Optional<Answer> answer = monthAnswer(spec, month, asOf);
            if (answer.isEmpty() || !answer.get().releases().contains(release)) {
                continue;
            }
            looked++;
            items.addAll(seriesItems(
                    spec,
                    answer.get(),
                    release,
                    month,
                    asOf,
                    weight(spec, answer.get().value(), reference)));
        }
        if (looked == 0) {
            notes.add("No monthly series is answered by this release for %s: it holds %s"
                    .formatted(month, release.family().slug()));
        } else {
            notes.add("%d series looked at for %s, against the record published by %s."
                    .formatted(looked, Wording.month(month), asOf));
        }
        notes.add("Series whose figures stay under %,d a month, and changes under %,d, are left out as noise."
                .formatted(NoiseRule.MIN_LEVEL, NoiseRule.MIN_CHANGE));
        Comparator<DigestItem> ranking =
                Comparator.comparingDouble(DigestItem::score).reversed().thenComparing(DigestItem::sentence);
        items.sort(ranking);
        // Every revision beyond the noise rule is listed, however small its score.
        List<DigestItem> kept = new ArrayList<>(items.subList(0, Math.min(MAX_ITEMS, items.size())));
        kept.addAll(revisionItems(release));
        kept.sort(ranking);
        return new Digest(release, month, asOf, kept, notes);
    }

    /** The values of a dimension with a figure in the month, from this release. */
    private List<SeriesSpec> cut(
            SeriesSpec base, Dimension dimension, Release release, YearMonth month, LocalDate asOf) {
        Query query = new Query(
                base.measure(),
                base.filters(),
                Period.month(month),
                List.of(new GroupBy.ByDimension(dimension)),
                Optional.empty(),
                false,
                Optional.of(asOf));
        Answer answer;
        try {
            answer = record.answer(query);
        } catch (FronteraException e) {
            if (e.code() == ErrorCode.NOT_COVERED) {
                return List.of();
            }
            throw e;
        }
        if (!answer.releases().contains(release)) {
            return List.of();
        }
        List<SeriesSpec> specs = new ArrayList<>();
        for (AnswerRow row : answer.rows()) {
            String value = row.group().orElseThrow();
            // "Other" lumps many countries together: not a nationality whose surge means anything.
            if (!value.startsWith("other") && row.value() >= NoiseRule.MIN_LEVEL / 4) {
                specs.add(base.with(dimension, value));
            }
        }
        return specs;
    }

    private List<DigestItem> seriesItems(
            SeriesSpec spec, Answer answer, Release release, YearMonth month, LocalDate asOf, double weight) {
        List<DigestItem> items = new ArrayList<>();
        AnswerRow row = answer.rows().get(0);
        long value = answer.value();
        String subject = Wording.capitalized(spec.phrase()) + " in " + Wording.month(month);
        String query = "frontera query %s --period %s --as-of %s"
                .formatted(spec.parameters(), month, asOf)
                .replace("  ", " ");
        Optional<Typical> typical = typical(spec, month, asOf);
        String baselineClause = typical.map(t -> "; the seasonal baseline expected %s (80%% interval %s to %s)"
                        .formatted(
                                Wording.estimate(t.expected().expected()),
                                Wording.estimate(t.expected().low()),
                                Wording.estimate(t.expected().high())))
                .orElse("");
        long yearAgo = row.yearBefore().map(AnswerRow.Comparison::value).orElse(value);
        row.ranking().ifPresent(ranking -> {
            if (!NoiseRule.large(value, yearAgo)) {
                return;
            }
            Optional<DigestItem.Kind> kind = Optional.empty();
            Optional<YearMonth> since = Optional.empty();
            String text = null;
            double strength = 0;
            if (ranking.record() && ranking.of() > 1) {
                kind = Optional.of(DigestItem.Kind.RECORD_HIGH);
                text = "%s were %s, the highest month in the record then held (%s, since %s)%s."
                        .formatted(
                                subject,
                                Wording.count(value),
                                Wording.span(ranking.firstCompared().first(), month),
                                Wording.month(ranking.firstCompared().first()),
                                baselineClause);
                strength = 3 + 0.5 * log2(ranking.of() / 12.0);
            } else if (ranking.recordLow() && ranking.of() > 1) {
                kind = Optional.of(DigestItem.Kind.RECORD_LOW);
                text = "%s were %s, the lowest month in the record then held (%s, since %s)%s."
                        .formatted(
                                subject,
                                Wording.count(value),
                                Wording.span(ranking.firstCompared().first(), month),
                                Wording.month(ranking.firstCompared().first()),
                                baselineClause);
                strength = 3 + 0.5 * log2(ranking.of() / 12.0);
            } else if (ranking.higherBefore()
                    .filter(p -> gap(p.first(), month) >= MIN_SINCE_MONTHS)
                    .isPresent()) {
                YearMonth before = ranking.higherBefore().get().first();
                kind = Optional.of(DigestItem.Kind.HIGHEST_SINCE);
                since = Optional.of(before);
                text = "%s were %s, the highest since %s%s."
                        .formatted(subject, Wording.count(value), Wording.month(before), baselineClause);
                strength = 1 + 0.5 * log2(gap(before, month) / 12.0);
            } else if (ranking.lowerBefore()
                    .filter(p -> gap(p.first(), month) >= MIN_SINCE_MONTHS)
                    .isPresent()) {
                YearMonth before = ranking.lowerBefore().get().first();
                kind = Optional.of(DigestItem.Kind.LOWEST_SINCE);
                since = Optional.of(before);
                text = "%s were %s, the lowest since %s%s."
                        .formatted(subject, Wording.count(value), Wording.month(before), baselineClause);
                strength = 1 + 0.5 * log2(gap(before, month) / 12.0);
            }
            if (kind.isPresent()) {
                items.add(new DigestItem(
                        kind.get(),
                        text,
                        spec.label(),
                        month,
                        value,
                        since.flatMap(m -> monthValue(spec, m, asOf)),
                        since,
                        typical.map(Typical::expected),
                        strength * weight,
                        query,
                        release));
            }
        });
        typical.ifPresent(t -> {
            double multiple = t.multiple().orElse(0.0);
            long expected = Math.round(t.expected().expected());
            if (Math.abs(multiple) >= 1 && NoiseRule.notableChange(value, expected)) {
                boolean above = multiple > 0;
                String text =
                        ("%s were %s against a seasonal baseline of %s (80%% interval %s to %s): %s the interval's"
                                        + " half-width %s it.")
                                .formatted(
                                        subject,
                                        Wording.count(value),
                                        Wording.estimate(t.expected().expected()),
                                        Wording.estimate(t.expected().low()),
                                        Wording.estimate(t.expected().high()),
                                        String.format(java.util.Locale.ROOT, "%.1f times", Math.abs(multiple)),
                                        above ? "above" : "below");
                items.add(new DigestItem(
                        above ? DigestItem.Kind.ABOVE_BASELINE : DigestItem.Kind.BELOW_BASELINE,
                        text,
                        spec.label(),
                        month,
                        value,
                        Optional.of(expected),
                        Optional.of(month.minusMonths(1)),
                        Optional.of(t.expected()),
                        Math.min(4, Math.abs(multiple)) * weight,
                        "frontera forecast %s --period %s --as-of %s"
                                .formatted(spec.parameters(), month, asOf)
                                .replace("  ", " "),
                        release));
            }
        });
        row.previous()
                .ifPresent(previous -> change(
                        items,
                        DigestItem.Kind.MONTH_ON_MONTH,
                        previous,
                        value,
                        subject,
                        spec,
                        month,
                        typical,
                        weight,
                        query,
                        release,
                        MIN_MONTH_CHANGE_PCT,
                        25));
        row.yearBefore()
                .ifPresent(before -> change(
                        items,
                        DigestItem.Kind.YEAR_ON_YEAR,
                        before,
                        value,
                        subject,
                        spec,
                        month,
                        typical,
                        weight,
                        query,
                        release,
                        MIN_YEAR_CHANGE_PCT,
                        50));
        return items;
    }

    private static void change(
            List<DigestItem> items,
            DigestItem.Kind kind,
            AnswerRow.Comparison comparison,
            long value,
            String subject,
            SeriesSpec spec,
            YearMonth month,
            Optional<Typical> typical,
            double weight,
            String query,
            Release release,
            double minimumPercent,
            double percentPerPoint) {
        if (comparison.percentChange().isEmpty() || !NoiseRule.notableChange(value, comparison.value())) {
            return;
        }
        double percent = comparison.percentChange().get();
        if (Math.abs(percent) < minimumPercent) {
            return;
        }
        YearMonth other = comparison.period().first();
        String text = "%s were %s, %s %s from %s in %s."
                .formatted(
                        subject,
                        Wording.count(value),
                        percent >= 0 ? "up" : "down",
                        Wording.percent(percent),
                        Wording.count(comparison.value()),
                        Wording.month(other));
        items.add(new DigestItem(
                kind,
                text,
                spec.label(),
                month,
                value,
                Optional.of(comparison.value()),
                Optional.of(other),
                typical.map(Typical::expected),
                Math.min(3, Math.abs(percent) / percentPerPoint) * weight,
                query.replace(" --period " + month, " --period " + other + ".." + month + " --group-by month"),
                release));
    }

    /** Revisions to earlier months, as {@code frontera releases ID} lists them (its largest ones). */
    private List<DigestItem> revisionItems(Release release) {
        RevisionReport report = revisions.apply(release.id());
        if (report.previous().isEmpty()) {
            return List.of();
        }
        Release previous = report.previous().get();
        List<DigestItem> items = new ArrayList<>();
        for (MonthRevision revision : report.largestRevisions()) {
            if (!NoiseRule.notableRevision(revision.change())) {
                continue;
            }
            double percent = revision.previousTotal() == 0 ? 100 : 100.0 * revision.change() / revision.previousTotal();
            String text = ("%s revised %s from %s to %s (%s, %s) against %s; all encounters in the file.")
                    .formatted(
                            release.name(),
                            Wording.month(revision.month()),
                            Wording.count(revision.previousTotal()),
                            Wording.count(revision.newTotal()),
                            Wording.signed(revision.change()),
                            Wording.signedPercent(percent),
                            previous.name());
            items.add(new DigestItem(
                    DigestItem.Kind.REVISION,
                    text,
                    "all encounters in " + release.family().slug(),
                    revision.month(),
                    revision.newTotal(),
                    Optional.of(revision.previousTotal()),
                    Optional.of(revision.month()),
                    Optional.empty(),
                    0.9 * (0.3 + Math.min(2.5, Math.abs(percent) * 2)),
                    "frontera releases " + release.id(),
                    release));
        }
        return items;
    }

    /** The headline series first: southwest (what CBP and the news lead with), then nationwide, then by size. */
    private static double weight(SeriesSpec spec, long value, long reference) {
        if (spec.equals(SOUTHWEST)) {
            return 1.0;
        }
        if (spec.equals(NATIONWIDE)) {
            return 0.9;
        }
        return reference <= 0 ? 0.5 : Math.min(0.8, Math.sqrt(value / (double) reference));
    }

    private Optional<Typical> typical(SeriesSpec spec, YearMonth month, LocalDate asOf) {
        try {
            return Optional.of(baseline.typicalFor(spec, month, Optional.of(asOf)));
        } catch (FronteraException e) {
            if (e.code() == ErrorCode.NOT_COVERED) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private Optional<Answer> monthAnswer(SeriesSpec spec, YearMonth month, LocalDate asOf) {
        try {
            return Optional.of(record.answer(new Query(
                    spec.measure(),
                    spec.filters(),
                    Period.month(month),
                    List.of(),
                    Optional.empty(),
                    false,
                    Optional.of(asOf))));
        } catch (FronteraException e) {
            if (e.code() == ErrorCode.NOT_COVERED) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private Optional<Long> figure(SeriesSpec spec, YearMonth month, LocalDate asOf) {
        return monthAnswer(spec, month, asOf).map(Answer::value);
    }

    private Optional<Long> monthValue(SeriesSpec spec, YearMonth month, LocalDate asOf) {
        return figure(spec, month, asOf);
    }

    private static long gap(YearMonth from, YearMonth to) {
        return ChronoUnit.MONTHS.between(from, to);
    }

    private static double log2(double value) {
        return Math.log(Math.max(1, value)) / Math.log(2);
    }
}
