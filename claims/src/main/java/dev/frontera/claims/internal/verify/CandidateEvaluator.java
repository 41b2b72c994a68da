package dev.frontera.claims.internal.verify;

import dev.frontera.claims.internal.extract.ExtractedClaim;
import dev.frontera.claims.internal.extract.Qualifier;
import dev.frontera.claims.internal.numbers.Quantity;
import dev.frontera.claims.internal.reading.Candidate;
import dev.frontera.claims.internal.reading.Feature;
import dev.frontera.claims.reading.Aggregate;
import dev.frontera.claims.reading.Figure;
import dev.frontera.claims.reading.Reading;
import dev.frontera.claims.reading.ReadingWords;
import dev.frontera.core.FronteraException;
import dev.frontera.core.period.Period;
import dev.frontera.core.query.Answer;
import dev.frontera.core.query.AnswerRow;
import dev.frontera.core.query.GroupBy;
import dev.frontera.core.query.OfficialRecord;
import dev.frontera.core.query.Query;
import dev.frontera.core.query.Release;
import dev.frontera.core.query.Total;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Answers a candidate reading from the official record (newest, and as of the article's date),
 * puts the answer in the unit of the claim (count, rate, percent change, difference, multiple,
 * share, rank) and applies the {@link Tolerance}. The record is asked through a cache, so the
 * many readings of an article that share a question ask it once.
 */
public final class CandidateEvaluator {
    private static final double ROUNDING = 5;
    // How much faster than the recent pace the days after the last published month may run: twice allows a
    // doubling within a month, as unaccompanied children went from February to March 2021.
    private static final double PACE_HEADROOM = 2;
    /** Fiscal years that between them every family of the record covers. */
    private static final int[] PROBE_YEARS = {2022, 2015};
    /** The yearly series reach back to FY1925 at most. */
    private static final int MAX_YEARS_BACK = 80;

    /** How many of the periods beyond a placed one the reader is shown. */
    private static final int PLACES_NAMED = 5;

    private final OfficialRecord record;

    public CandidateEvaluator(OfficialRecord record) {
        this.record = java.util.Objects.requireNonNull(record, "record is null");
    }

    /**
     * Every candidate answered, but for those no figure could ever answer: a reading that assumes a measure the
     * words do not name ("Border Patrol" for "encounters in Texas") where the record never publishes it.
     */
    public List<Evaluated> evaluateAll(ExtractedClaim claim, List<Candidate> candidates, LocalDate published) {
        List<Evaluated> evaluated = new ArrayList<>();
        for (Candidate candidate : candidates) {
            Evaluated reading = evaluate(claim, candidate, published);
            if (reading.fit().isPresent() || !assumedAndNeverPublished(candidate)) {
                evaluated.add(reading);
            }
        }
        return evaluated;
    }

    public Evaluated evaluate(ExtractedClaim claim, Candidate candidate, LocalDate published) {
        if (candidate.unanswerable().isPresent()) {
            return Evaluated.unanswered(candidate, candidate.unanswerable().get());
        }
        Measured latest;
        try {
            latest = measure(claim, candidate.reading(), Optional.empty(), published);
        } catch (FronteraException e) {
            return Evaluated.unanswered(candidate, e.getMessage());
        }
        if (latest.fit.isEmpty()) {
            return Evaluated.unanswered(candidate, latest.detail);
        }
        Optional<Measured> atPublication;
        try {
            atPublication = Optional.of(measure(claim, candidate.reading(), Optional.of(published), published))
                    .filter(m -> m.fit.isPresent());
        } catch (FronteraException e) {
            atPublication = Optional.empty();
        }
        Measured judged = atPublication.orElse(latest);
        if (floorOnly(claim, candidate)
                && judged.fit.isPresent()
                && !judged.fit.get().fits()
                && judged.figure.value() < claim.quantity().orElseThrow().value()
                && gapMayClose(
                        claim,
                        candidate.reading(),
                        judged.figure.value(),
                        published,
                        atPublication.isPresent() ? Optional.of(published) : Optional.empty())) {
            // The days after the last month published are not in the record: a shortfall may be theirs.
            return Evaluated.unanswered(
                    candidate,
                    "the words run the count to the article's date; the months published by then fall short of it, and"
                            + " the days after them are not in the record");
        }
        return new Evaluated(
                candidate, Optional.of(latest.figure), atPublication.map(m -> m.figure), judged.fit, judged.detail);
    }

    /**
     * Whether a reading takes a measure the words do not name ("Border Patrol" for "encounters") that
     * the record never publishes for its place and groups, in any period: Border Patrol's share of a
     * state, say. Such a reading is no reading of the words at all, and left in it would hold the
     * verdict at "unverifiable" for a figure every reading the words name contradicts.
     */
    private boolean assumedAndNeverPublished(Candidate candidate) {
        if (!candidate.features().containsKey(Feature.MEASURE_OTHER_THAN_VERB)) {
            return false;
        }
        Reading reading = candidate.reading();
        // Years the record's families span between them (the by-state and Border Patrol series of today, the
        // PDFs by sector and citizenship of FY2007-FY2019): if none answers, no period does. The record's refusals
        // are remembered between checks, so the same few readings ask once.
        for (int year : PROBE_YEARS) {
            Query probe = reading.withPeriod(Period.fiscalYear(year)).query(Optional.empty());
            try {
                record.total(probe);
                return false;
            } catch (FronteraException e) {
                if (e.code() != dev.frontera.core.ErrorCode.NOT_COVERED) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether a reading's base period has the count the words give it ("20% higher than the 252,315
     * encounters recorded a year earlier"), as published on the article's date or since: a reading
     * whose base does not is not the comparison written, whatever its change. Only for readings with
     * a base, of claims that write its count.
     */
    public boolean baseAgrees(ExtractedClaim claim, Candidate candidate, LocalDate published) {
        Optional<ExtractedClaim.RecordFigure> written = claim.change().baseCount();
        if (written.isEmpty() || candidate.unanswerable().isPresent()) {
            return false;
        }
        Quantity count = written.get().quantity();
        for (Optional<LocalDate> asOf : List.of(Optional.of(published), Optional.<LocalDate>empty())) {
            try {
                Optional<Total> base = candidate.reading().baseQuery(asOf).map(record::total);
                if (base.isEmpty()) {
                    return false;
                }
                double slack =
                        base.get().rounded() ? ROUNDING * base.get().period().length() : 0;
                if (Tolerance.count(
                                written.get().bound(),
                                count.value(),
                                count.unit(),
                                base.get().value(),
                                false,
                                slack)
                        .fits()) {
                    return true;
                }
            } catch (FronteraException e) {
                // Not published on the article's date, or not at all: the newest vintage, or no agreement.
            }
        }
        return false;
    }

    /**
     * Whether the days between the last month counted and the article's date could make up a
     * shortfall, running at {@value #PACE_HEADROOM} times the faster of the window's pace and its last
     * month's. A few days cannot turn 38,000 into 45,000; a month or two may.
     */
    private boolean gapMayClose(
            ExtractedClaim claim, Reading reading, double counted, LocalDate published, Optional<LocalDate> asOf) {
        Period period = reading.period();
        long missing = ChronoUnit.DAYS.between(period.last().plusMonths(1).atDay(1), published.plusDays(1));
        if (missing <= 0) {
            return false;
        }
        double windowPace = counted / period.days();
        double lastPace;
        try {
            Period lastMonth = Period.month(period.last());
            // The same release as the count, so the two paces are of one vintage.
            lastPace = record.total(reading.withPeriod(lastMonth).query(asOf)).value() / (double) lastMonth.days();
        } catch (FronteraException e) {
            lastPace = windowPace;
        }
        double reachable = counted + missing * PACE_HEADROOM * Math.max(windowPace, lastPace);
        Quantity quantity = claim.quantity().orElseThrow();
        return reachable >= quantity.value()
                || Tolerance.count(claim.bound(), quantity, reachable, false, 0).fits();
    }

    /**
     * "More than 50,000 since Oct. 1", "nearly 485,000 since October 1": the complete months are a
     * floor under the count, so they may confirm a claim or show it too low, never too high.
     */
    private static boolean floorOnly(ExtractedClaim claim, Candidate candidate) {
        return candidate.count(Feature.PERIOD_TO_ARTICLE_DATE) > 0
                && candidate.reading().aggregate() == Aggregate.TOTAL
                && claim.bound() != Qualifier.UNDER
                && claim.bound() != Qualifier.UP_TO;
    }

    private Measured measure(ExtractedClaim claim, Reading reading, Optional<LocalDate> asOf, LocalDate published) {
        if (reading.aggregate().isRank()) {
            // A rank needs every peer's count: the one grouped answer, asked once per period through the cache.
            Answer answer = record.answer(reading.peersQuery(asOf).orElseThrow());
            return PeerRank.of(claim.rank().orElseThrow(), reading, answer, citation(answer.releases()));
        }
        if (reading.aggregate() == Aggregate.COMPARISON) {
            return compare(claim, reading, asOf);
        }
        if (reading.aggregate().isStreak()) {
            return streak(claim, reading, asOf);
        }
        if (reading.aggregate().isRecord()) {
            // Only a record needs the full answer: its ranking among every comparable period.
            Answer answer = record.answer(reading.query(asOf));
            Measured ranked = claim.recordPlace() > 1
                    ? placed(claim, reading, answer, asOf, published)
                    : rank(claim, reading, answer, citation(answer.releases()), () -> yearlyBound(reading, answer));
            // Generic words ("arrests") leave the scope to the figure. An agency named states it, and the record is
            // then judged on its own: whether the figure fits that scope is the figure's own claim.
            return claim.recordFigure()
                    .filter(f -> !claim.measure().explicit())
                    .map(f -> withFigure(ranked, f, Total.of(answer)))
                    .orElse(ranked);
        }
        Total answer = record.total(reading.query(asOf));
        // A change, multiple or share is made of two figures: it cites the releases of both.
        Optional<Total> other =
                reading.baseQuery(asOf).or(() -> reading.wholeQuery(asOf)).map(record::total);
        String release = citation(releases(answer, other));
        double slack = answer.rounded() ? ROUNDING * answer.period().length() : 0;
        Quantity quantity = claim.quantity().orElseThrow();
        Qualifier bound = claim.bound();
        double total = answer.value();
        return switch (reading.aggregate()) {
            case TOTAL ->
                new Measured(
                        new Figure(total, release),
                        Optional.of(Tolerance.count(bound, quantity, total, false, slack)),
                        "");
            case PER_DAY -> perDays(1, answer, total, slack, bound, quantity, release);
            case PER_WEEK -> perDays(7, answer, total, slack, bound, quantity, release);
            case MONTHLY_AVERAGE -> {
                double rate = total / (double) answer.period().length();
                yield new Measured(
                        new Figure(round(rate, 10), release),
                        Optional.of(Tolerance.count(bound, quantity, rate, true, ROUNDING)),
                        "");
            }
            case YEARLY_AVERAGE -> {
                double months = answer.period().length();
                double rate = total * 12 / months;
                yield new Measured(
                        new Figure(Math.round(rate), release),
                        Optional.of(Tolerance.count(bound, quantity, rate, true, slack * 12 / months)),
                        "");
            }
            case PERCENT_CHANGE -> {
                double base = other.orElseThrow().value();
                if (base == 0) {
                    yield nothing("the base period has no encounters, so no percent change");
                }
                double percent = (total - base) * 100 / base;
                double claimed = signed(claim, quantity.value(), percent);
                yield new Measured(
                        new Figure(round(percent, 10), release),
                        // The standard gives changes no wider band when written as a fraction ("nearly a third").
                        Optional.of(
                                quantity.isRange()
                                        ? Tolerance.pointRange(signed(claim, quantity.low(), percent), claimed, percent)
                                        : Tolerance.points(bound, claimed, percent, false)),
                        "");
            }
            case DIFFERENCE -> {
                double base = other.orElseThrow().value();
                double difference = total - base;
                int direction = claim.change().direction();
                yield new Measured(
                        new Figure(difference, release),
                        Optional.of(Tolerance.difference(
                                bound,
                                direction < 0 ? -quantity.value() : quantity.value(),
                                difference,
                                base,
                                2 * slack,
                                direction != 0)),
                        "");
            }
            case MULTIPLE -> {
                double base = other.orElseThrow().value();
                if (base == 0) {
                    yield nothing("the base period has no encounters, so no multiple");
                }
                double multiple = total / base;
                yield new Measured(
                        new Figure(round(multiple, 100), release),
                        Optional.of(Tolerance.multiple(bound, quantity.value(), multiple)),
                        "");
            }
            case SHARE -> {
                double whole = other.orElseThrow().value();
                if (whole == 0 || total > whole) {
                    yield nothing("the whole is not larger than the part, so no share");
                }
                double share = total * 100 / whole;
                double claimed = quantity.form() == Quantity.Form.SHARE ? quantity.value() * 100 : quantity.value();
                yield new Measured(
                        new Figure(round(share / 100, 1000), release),
                        Optional.of(
                                quantity.isRange()
                                        ? Tolerance.pointRange(quantity.low(), claimed, share)
                                        : Tolerance.points(bound, claimed, share, spelled(quantity))),
                        "");
            }
            case RECORD_HIGH,
                    RECORD_LOW,
                    RANK_HIGH,
                    RANK_LOW,
                    COMPARISON,
                    LOWEST_MONTH,
                    HIGHEST_MONTH,
                    RUN_OF_CHANGES -> throw new IllegalStateException(reading.aggregate() + " is answered above");
        };
    }

    /**
     * "Slightly less than September 2020": whether the period differs from the base the way the words
     * say, and for "slightly", by at most {@link Tolerance#CLOSE}. Two figures equal within their
     * rounding tell no direction.
     */
    private Measured compare(ExtractedClaim claim, Reading reading, Optional<LocalDate> asOf) {
        Total now = record.total(reading.query(asOf));
        Total then = record.total(reading.baseQuery(asOf).orElseThrow());
        String release = citation(releases(now, Optional.of(then)));
        double slack = (now.rounded() ? ROUNDING * now.period().length() : 0)
                + (then.rounded() ? ROUNDING * then.period().length() : 0);
        double change = now.value() - then.value();
        Period base = reading.base().orElseThrow();
        if (Math.abs(change) <= slack || then.value() == 0) {
            return new Measured(
                    new Figure(now.value(), release),
                    Optional.empty(),
                    String.format(
                            Locale.ROOT,
                            "%,d against %,d in %s: equal within the rounding of the published figures",
                            now.value(),
                            then.value(),
                            ReadingWords.period(base)));
        }
        double relative = change / then.value();
        boolean way = Math.signum(change) == claim.change().direction();
        boolean close = claim.bound() == Qualifier.ABOUT;
        boolean holds = way && (!close || Math.abs(relative) <= Tolerance.CLOSE + slack / then.value());
        String detail = String.format(
                Locale.ROOT,
                "%,d against %,d in %s (%+.1f%%)",
                now.value(),
                then.value(),
                ReadingWords.period(base),
                100 * relative);
        return new Measured(new Figure(now.value(), release), Optional.of(Tolerance.direction(holds, close)), detail);
    }

    /**
     * "More than 100,000 for the third month in a row": the bound must hold for the run's lowest month
     * (highest, for a ceiling), which the detail names. A run the record does not answer month by month
     * is not judged.
     */
    private Measured streak(ExtractedClaim claim, Reading reading, Optional<LocalDate> asOf) {
        Answer answer = record.answer(reading.monthsQuery(asOf).orElseThrow());
        String release = citation(answer.releases());
        if (answer.rows().size() != reading.period().length()) {
            return nothing("the record does not give every month of " + ReadingWords.period(reading.period()));
        }
        if (reading.aggregate() == Aggregate.RUN_OF_CHANGES) {
            return run(claim, answer, release);
        }
        boolean lowest = reading.aggregate() == Aggregate.LOWEST_MONTH;
        Comparator<AnswerRow> byValue = Comparator.comparingLong(AnswerRow::value);
        AnswerRow extreme = answer.rows().stream()
                .min(lowest ? byValue : byValue.reversed())
                .orElseThrow();
        Quantity quantity = claim.quantity().orElseThrow();
        double slack = answer.rounded() ? ROUNDING : 0;
        String detail = String.format(
                Locale.ROOT,
                "the %s month was %s, %,d",
                lowest ? "lowest" : "highest",
                ReadingWords.period(extreme.period()),
                extreme.value());
        return new Measured(
                new Figure(extreme.value(), release),
                Optional.of(Tolerance.count(claim.bound(), quantity, extreme.value(), false, slack)),
                detail);
    }

    /**
     * "Fell for the third straight month": every month after the first moved the claimed way from the
     * one before. The figure is how many months in a row, back from the last, did; two months equal within
     * the rounding of the published figures tell no direction, so the run is not judged.
     */
    private static Measured run(ExtractedClaim claim, Answer answer, String release) {
        List<AnswerRow> months = answer.rows().stream()
                .sorted(Comparator.comparing(row -> row.period().first()))
                .toList();
        int direction = claim.change().direction();
        double slack = answer.rounded() ? 2 * ROUNDING : 0;
        int moved = 0;
        Optional<Integer> broken = Optional.empty();
        for (int i = months.size() - 1; i > 0; i--) {
            long change = months.get(i).value() - months.get(i - 1).value();
            if (Math.abs(change) <= slack) {
                return nothing("%s and %s are equal within the rounding of the published figures"
                        .formatted(
                                ReadingWords.period(months.get(i - 1).period()),
                                ReadingWords.period(months.get(i).period())));
            }
            if (Long.signum(change) != direction) {
                broken = Optional.of(i);
                break;
            }
            moved++;
        }
        String series = months.stream()
                .map(row -> String.format(Locale.ROOT, "%s %,d", ReadingWords.period(row.period()), row.value()))
                .collect(java.util.stream.Collectors.joining(", "));
        String detail = broken.map(i -> "%s; %s from %s"
                        .formatted(
                                series,
                                direction < 0 ? "rose" : "fell",
                                ReadingWords.period(months.get(i - 1).period())))
                .orElse(series);
        return new Measured(
                new Figure(moved, release), Optional.of(Tolerance.run(broken.isEmpty(), months.size() - 1)), detail);
    }

    private static List<Release> releases(Total answer, Optional<Total> other) {
        List<Release> all = new java.util.ArrayList<>(answer.releases());
        other.ifPresent(total -> all.addAll(total.releases()));
        return all;
    }

    /** A change claimed without a direction word takes the direction of the official change. */
    private static double signed(ExtractedClaim claim, double value, double official) {
        int direction = claim.change().direction();
        if (direction == 0) {
            return official < 0 ? -value : value;
        }
        return direction * value;
    }

    private static boolean spelled(Quantity quantity) {
        return quantity.text().chars().anyMatch(Character::isLetter)
                && !quantity.text().toLowerCase(java.util.Locale.ROOT).matches(".*\\d.*");
    }

    /**
     * "The second-highest month on record": the period's place among the comparable periods the engine
     * ranks (same kind and length) that had ended before the article's month, which a writer naming a
     * place reads off; later months do not count. Only a month or a whole year is placed, and only
     * against the whole series: "the second-highest since 2000" is not judged.
     */
    private Measured placed(
            ExtractedClaim claim, Reading reading, Answer answer, Optional<LocalDate> asOf, LocalDate published) {
        Figure figure = new Figure(answer.total(), citation(answer.releases()));
        Optional<AnswerRow.Ranking> ranking = answer.rows().stream().findFirst().flatMap(AnswerRow::ranking);
        Period period = reading.period();
        boolean month = period.kind() == Period.Kind.MONTH;
        if (ranking.isEmpty() || claim.since().isPresent() || !(month || period.kind() == Period.Kind.FISCAL_YEAR)) {
            return new Measured(
                    figure,
                    Optional.empty(),
                    "a place among periods is judged for a month or a fiscal year, against the whole series");
        }
        AnswerRow.Ranking rank = ranking.get();
        Period first = rank.firstCompared();
        // The span the engine ranked over: its first compared period and as many after it as it compared.
        Period span = month
                ? Period.months(first.first(), first.first().plusMonths(rank.of() - 1L))
                : Period.fiscalYears(
                        Period.fiscalYearOf(first.last()), Period.fiscalYearOf(first.last()) + rank.of() - 1);
        Answer series = record.answer(reading.withPeriod(span)
                .query(asOf)
                .withGroupBy(List.of(new GroupBy.ByTime(month ? Period.Grouping.MONTH : Period.Grouping.FISCAL_YEAR))));
        YearMonth written = YearMonth.from(published);
        boolean high = reading.aggregate() == Aggregate.RECORD_HIGH;
        long value = answer.total();
        List<AnswerRow> compared = series.rows().stream()
                .filter(row ->
                        row.period().last().isBefore(written) || row.period().equals(period))
                .toList();
        List<AnswerRow> beyond = compared.stream()
                .filter(row -> !row.period().equals(period) && (high ? row.value() > value : row.value() < value))
                .sorted(Comparator.comparingLong(row -> high ? -row.value() : row.value()))
                .toList();
        int place = beyond.size() + 1;
        String detail = String.format(
                        Locale.ROOT,
                        "it was the %s %s of %d comparable periods from %s to the article's date",
                        ReadingWords.ordinal(place),
                        high ? "highest" : "lowest",
                        compared.size(),
                        first.label())
                + (beyond.isEmpty()
                        ? ""
                        : "; %s: %s"
                                .formatted(
                                        high ? "higher" : "lower",
                                        beyond.stream()
                                                        .limit(PLACES_NAMED)
                                                        .map(row -> row.period().label())
                                                        .collect(java.util.stream.Collectors.joining(", "))
                                                + (beyond.size() > PLACES_NAMED
                                                        ? " and " + (beyond.size() - PLACES_NAMED) + " more"
                                                        : "")));
        return new Measured(
                new Figure(
                        value,
                        citation(Stream.concat(answer.releases().stream(), series.releases().stream())
                                .distinct()
                                .toList())),
                Optional.of(Tolerance.record(place == claim.recordPlace(), false)),
                detail);
    }

    /**
     * Judges a record against what the engine's answer compares: every earlier period of the same
     * length the official record covers for this series. A plain "record" is judged on that whole
     * span; "since X" and "in N years" need the span to reach back to X.
     */
    private static Measured rank(
            ExtractedClaim claim, Reading reading, Answer answer, String release, Supplier<List<YearAverage>> earlier) {
        Optional<AnswerRow.Ranking> ranking = answer.rows().stream().findFirst().flatMap(AnswerRow::ranking);
        Figure figure = new Figure(answer.total(), release);
        if (ranking.isEmpty()) {
            return new Measured(figure, Optional.empty(), "the record gives no ranking for this period");
        }
        AnswerRow.Ranking rank = ranking.get();
        boolean high = reading.aggregate() == Aggregate.RECORD_HIGH;
        String word = high ? "higher" : "lower";
        String extreme = high ? "highest" : "lowest";
        String span = "%d comparable periods from %s"
                .formatted(rank.of(), rank.firstCompared().label());
        // Only earlier periods count: a record that later months broke still held when it was published.
        Optional<Period> beaten = high ? rank.higherBefore() : rank.lowerBefore();
        // A month's record reaches back before the monthly series through the yearly totals: a year whose monthly
        // average was beyond the month had a month beyond it too. Only asked when no month of the series beat it.
        Optional<YearAverage> year = beaten.isPresent()
                ? Optional.empty()
                : earlier.get().stream()
                        .filter(y -> high ? y.average() > answer.total() : y.average() < answer.total())
                        .filter(y -> claim.since().isEmpty()
                                || !y.year()
                                        .first()
                                        .isBefore(claim.since().get().first()))
                        .findFirst();
        // The yearly figure a verdict rests on is cited beside the month's.
        Figure withYear = year.map(y -> new Figure(
                        answer.total(),
                        citation(Stream.concat(answer.releases().stream(), y.releases().stream())
                                .toList())))
                .orElse(figure);
        if (claim.since().isEmpty()) {
            if (year.isPresent()) {
                return new Measured(
                        withYear,
                        Optional.of(Tolerance.record(false, false)),
                        String.format(
                                Locale.ROOT,
                                "it was not a record: %s averaged %,.0f a month, before the monthly series begins in %s",
                                year.get().year().label(),
                                year.get().average(),
                                rank.firstCompared().label()));
            }
            if (beaten.isPresent()) {
                return new Measured(
                        figure,
                        Optional.of(Tolerance.record(false, false)),
                        "it was not a record: %s was %s (of %s)"
                                .formatted(beaten.get().label(), word, span));
            }
            return new Measured(
                    figure,
                    Optional.of(Tolerance.record(true, false)),
                    "it is the %s of %s, the whole official series".formatted(extreme, span));
        }
        Period since = claim.since().get();
        if (beaten.isPresent()) {
            Period last = beaten.get();
            boolean fits = !last.last().isAfter(since.last())
                    && (claim.sinceAtLeast() || !last.last().isBefore(since.first()));
            String detail = fits
                    ? "the last period %s than it was %s (of %s)".formatted(word, last.label(), span)
                    : last.last().isAfter(since.last())
                            ? "%s, after %s, was %s (of %s)".formatted(last.label(), since.label(), word, span)
                            : "nothing was %s since %s either: the last period %s was %s"
                                    .formatted(word, last.label(), word, last.label());
            return new Measured(figure, Optional.of(Tolerance.record(fits, true)), detail);
        }
        if (year.isPresent()) {
            return new Measured(
                    withYear,
                    Optional.of(Tolerance.record(false, true)),
                    String.format(
                            Locale.ROOT,
                            "%s, after %s, averaged %,.0f a month, so a month since then was %s",
                            year.get().year().label(),
                            since.label(),
                            year.get().average(),
                            word));
        }
        if (rank.firstCompared().first().isAfter(since.first())) {
            return new Measured(
                    figure,
                    Optional.empty(),
                    "it is the %s of %s, where the official series begins, so %s cannot be checked"
                            .formatted(extreme, span, since.label()));
        }
        if (claim.sinceAtLeast()) {
            return new Measured(
                    figure,
                    Optional.of(Tolerance.record(true, true)),
                    "it is the %s of %s, which reaches back to %s".formatted(extreme, span, since.label()));
        }
        return new Measured(
                figure,
                Optional.of(Tolerance.record(false, true)),
                "it is the %s of %s, the whole official series, not only since %s"
                        .formatted(extreme, span, since.label()));
    }

    /**
     * A record said of a count ("a record low of 8,346") holds in a reading only if the count fits
     * it too. The count only rules readings out; counted as evidence of its own it made the
     * evidence too strong (docs/CLAIMS.md).
     */
    private static Measured withFigure(Measured ranked, ExtractedClaim.RecordFigure figure, Total answer) {
        if (ranked.fit().isEmpty()) {
            return ranked;
        }
        double slack = answer.rounded() ? ROUNDING * answer.period().length() : 0;
        Quantity quantity = figure.quantity();
        Fit count = Tolerance.count(figure.bound(), quantity.value(), quantity.unit(), answer.value(), false, slack);
        Fit record = ranked.fit().get();
        String detail = count.fits()
                ? ranked.detail()
                : String.format(Locale.ROOT, "%s is not the %,d this reading counts", quantity.text(), answer.value());
        return new Measured(
                ranked.figure(),
                Optional.of(new Fit(record.fits() && count.fits(), record.chance(), record.miss())),
                detail);
    }

    /**
     * For a record claimed of one month: the monthly average of each fiscal year the record holds
     * before its monthly series begins, newest first. The years are read from the newest releases:
     * they lie decades back, and no revision reaches them.
     */
    private List<YearAverage> yearlyBound(Reading reading, Answer answer) {
        Optional<AnswerRow.Ranking> ranking = answer.rows().stream().findFirst().flatMap(AnswerRow::ranking);
        if (ranking.isEmpty() || reading.period().length() != 1) {
            return List.of();
        }
        List<YearAverage> years = new java.util.ArrayList<>();
        // From the last fiscal year wholly before the series: one it starts inside is partly in it.
        int year = Period.fiscalYearOf(ranking.get().firstCompared().first());
        for (year--; years.size() < MAX_YEARS_BACK; year--) {
            try {
                Total total =
                        record.total(reading.withPeriod(Period.fiscalYear(year)).query(Optional.empty()));
                years.add(new YearAverage(Period.fiscalYear(year), total.value() / 12.0, total.releases()));
            } catch (FronteraException e) {
                break; // the yearly series begins here
            }
        }
        return years;
    }

    /** Every release an answer used, newest first, as one citation. */
    /** How a figure cites the releases it was answered from. */
    public static String citation(List<Release> releases) {
        if (releases.isEmpty()) {
            return "unknown release";
        }
        Set<String> citations = new LinkedHashSet<>();
        releases.forEach(release -> citations.add(release.citation()));
        return String.join("; ", citations);
    }

    /** A rate over {@code days} days ("a day", "a week"): the period's total over its days, times {@code days}. */
    private static Measured perDays(
            int days, Total answer, double total, double slack, Qualifier bound, Quantity quantity, String release) {
        double scale = (double) days / answer.period().days();
        double rate = total * scale;
        return new Measured(
                new Figure(round(rate, 10), release),
                Optional.of(Tolerance.count(bound, quantity, rate, true, slack * scale)),
                "");
    }

    private static double round(double value, double scale) {
        return Math.round(value * scale) / scale;
    }

    private static Measured nothing(String why) {
        return new Measured(new Figure(0, "none"), Optional.empty(), why);
    }

    /** A fiscal year's monthly average, with the releases that give its total. */
    private record YearAverage(Period year, double average, List<Release> releases) {}

    /** An answer in the claim's unit, how the claim fits it (empty when the record cannot say), and what it was compared with. */
    record Measured(Figure figure, Optional<Fit> fit, String detail) {}
}
