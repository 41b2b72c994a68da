package dev.frontera.claims.verify;

import dev.frontera.claims.Figure;
import dev.frontera.claims.extract.ExtractedClaim;
import dev.frontera.claims.extract.Qualifier;
import dev.frontera.claims.interpret.Reading;
import dev.frontera.claims.numbers.Quantity;
import dev.frontera.core.FronteraException;
import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.period.Period;
import dev.frontera.core.query.Answer;
import dev.frontera.core.query.AnswerRow;
import dev.frontera.core.query.OfficialRecord;
import dev.frontera.core.query.Query;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a claim under one reading: asks the official record (newest, and as of the article's
 * date), puts the answer in the unit of the claim (count, per-day rate, percent change, share,
 * multiple, rank) and applies the {@link Tolerance}.
 */
public final class ReadingEvaluator {
    private static final Pattern FALLING = Pattern.compile("(?i)\\b(?:fell|fall(?:en|ing|s)?|drop(?:ped|s)?|declin\\w*|down|lower"
            + "|decreas\\w*|plunge\\w*|plummet\\w*|dip(?:ped|s)?|cut|reduc\\w*|less)\\b");
    private static final Pattern AT_LEAST = Pattern.compile("(?i)\\b(?:more than|over|at least|exceed\\w*|upwards of)\\s+$");

    private final OfficialRecord record;

    public ReadingEvaluator(OfficialRecord record) {
        this.record = java.util.Objects.requireNonNull(record, "record is null");
    }

    public Evaluation evaluate(ExtractedClaim claim, Reading reading, LocalDate published) {
        Optional<Measured> latest;
        Optional<Measured> atPublication;
        try {
            latest = measure(claim, reading, Optional.empty());
        } catch (FronteraException e) {
            return new Evaluation(reading, Optional.empty(), Optional.empty(), Optional.empty(), e.getMessage());
        }
        try {
            atPublication = measure(claim, reading, Optional.of(published));
        } catch (FronteraException e) {
            atPublication = Optional.empty();
        }
        if (latest.isEmpty()) {
            return new Evaluation(reading, Optional.empty(), Optional.empty(), Optional.empty(),
                    "the record cannot compute this kind of figure for the reading");
        }
        Measured judged = atPublication.orElse(latest.get());
        return new Evaluation(reading, latest.map(Measured::figure), atPublication.map(Measured::figure), judged.fits, judged.detail);
    }

    private Optional<Measured> measure(ExtractedClaim claim, Reading reading, Optional<LocalDate> asOf) {
        Query query = reading.query(asOf);
        Answer answer = record.answer(query);
        String release = answer.releases().isEmpty() ? "unknown release" : answer.releases().get(0).citation();
        if (claim.qualifier().isRecord()) {
            return Optional.of(rank(claim, reading, answer, release));
        }
        Quantity quantity = claim.quantity().orElseThrow();
        String text = claim.sentence().text();
        return switch (quantity.form()) {
            case COUNT -> {
                double official = reading.perDay() ? perDay(answer) : answer.total();
                boolean fits = Tolerance.fitsCount(claim.qualifier(), quantity.value(), quantity.unit(), official,
                        reading.perDay(), !answer.rounded() ? 0 : reading.perDay() ? 1 : answer.period().length());
                yield Optional.of(new Measured(new Figure(round(official), release), Optional.of(fits), ""));
            }
            case PERCENT -> claim.qualifier() == Qualifier.CHANGE ? Optional.of(change(claim, reading, answer, release, asOf))
                    : share(claim, reading, answer, release, asOf, quantity.value());
            case SHARE -> share(claim, reading, answer, release, asOf, quantity.value() * 100);
            case MULTIPLE -> {
                double base = base(claim, reading, asOf);
                double multiple = base == 0 ? Double.NaN : answer.total() / base;
                boolean atLeast = AT_LEAST.matcher(text.substring(Math.max(0, quantity.start() - 20), quantity.start())).find();
                boolean fits = !Double.isNaN(multiple) && Tolerance.fitsMultiple(quantity.value(), multiple, atLeast);
                yield Optional.of(new Measured(new Figure(Math.round(multiple * 100) / 100.0, release), Optional.of(fits), ""));
            }
        };
    }

    private Measured change(ExtractedClaim claim, Reading reading, Answer answer, String release, Optional<LocalDate> asOf) {
        Quantity quantity = claim.quantity().orElseThrow();
        double base = base(claim, reading, asOf);
        double percent = (answer.total() - base) * 100.0 / base;
        String around = claim.sentence().text().substring(Math.max(0, quantity.start() - 40), quantity.start());
        double claimed = FALLING.matcher(around + claim.sentence().text().substring(quantity.end(),
                Math.min(claim.sentence().text().length(), quantity.end() + 15))).find() ? -quantity.value() : quantity.value();
        boolean atLeast = AT_LEAST.matcher(around).find();
        boolean fits = atLeast ? Math.signum(percent) == Math.signum(claimed) && Math.abs(percent) >= Math.abs(claimed)
                : Tolerance.fitsPoints(claimed, percent, false);
        return new Measured(new Figure(Math.round(percent * 10) / 10.0, release), Optional.of(fits), "");
    }

    private Optional<Measured> share(ExtractedClaim claim, Reading reading, Answer answer, String release, Optional<LocalDate> asOf,
            double claimedPercent) {
        if (!reading.filters().containsKey(Dimension.CITIZENSHIP) && !reading.filters().containsKey(Dimension.DEMOGRAPHIC)) {
            return Optional.of(new Measured(new Figure(answer.total(), release), Optional.empty(),
                    "the sentence does not say which group the share is of"));
        }
        Query whole = reading.query(asOf).withFilter(Dimension.CITIZENSHIP, java.util.Set.of())
                .withFilter(Dimension.DEMOGRAPHIC, java.util.Set.of());
        double total = record.answer(whole).total();
        double share = total == 0 ? 0 : answer.total() * 100.0 / total;
        boolean fits = Tolerance.fitsPoints(claimedPercent, share, false);
        return Optional.of(new Measured(new Figure(Math.round(share * 10) / 1000.0, release), Optional.of(fits), ""));
    }

    private double base(ExtractedClaim claim, Reading reading, Optional<LocalDate> asOf) {
        Period period = reading.period();
        Period before = claim.comparedToYearBefore() ? period.yearBefore() : period.previous();
        return record.answer(reading.query(asOf).withPeriod(before)).total();
    }

    /**
     * Judges a record against what the engine's answer compares: every earlier period of the same
     * length the official record covers for this series. A plain "record" is judged on that whole
     * span; "since X" and "in N years" need the span to reach back to X.
     */
    private static Measured rank(ExtractedClaim claim, Reading reading, Answer answer, String release) {
        Optional<AnswerRow.Ranking> ranking = answer.rows().stream().findFirst().flatMap(AnswerRow::ranking);
        Figure figure = new Figure(answer.total(), release);
        if (ranking.isEmpty()) {
            return new Measured(figure, Optional.empty(), "the record gives no ranking for this period");
        }
        AnswerRow.Ranking rank = ranking.get();
        boolean high = claim.qualifier() == Qualifier.RECORD_HIGH;
        String word = high ? "higher" : "lower";
        String extreme = high ? "highest" : "lowest";
        String span = "%d comparable periods from %s".formatted(rank.of(), rank.firstCompared().label());
        // Only earlier periods count: a record that later months broke still held when it was published.
        Optional<Period> beaten = high ? rank.higherBefore() : rank.lowerBefore();
        if (claim.since().isEmpty()) {
            if (beaten.isPresent()) {
                return new Measured(figure, Optional.of(false), "it was not a record: %s was %s (of %s)".formatted(
                        beaten.get().label(), word, span));
            }
            return new Measured(figure, Optional.of(true), "it is the %s of %s, the whole official series".formatted(extreme, span));
        }
        Period since = claim.since().get();
        if (beaten.isPresent()) {
            Period last = beaten.get();
            boolean fits = !last.last().isAfter(since.last()) && (claim.sinceAtLeast() || !last.last().isBefore(since.first()));
            String detail = fits ? "the last period %s than it was %s (of %s)".formatted(word, last.label(), span)
                    : last.last().isAfter(since.last()) ? "%s, after %s, was %s (of %s)".formatted(last.label(), since.label(), word, span)
                    : "nothing was %s since %s either: the last period %s was %s".formatted(word, last.label(), word, last.label());
            return new Measured(figure, Optional.of(fits), detail);
        }
        if (rank.firstCompared().first().isAfter(since.first())) {
            return new Measured(figure, Optional.empty(), "it is the %s of %s, where the official series begins, so %s cannot be checked"
                    .formatted(extreme, span, since.label()));
        }
        if (claim.sinceAtLeast()) {
            return new Measured(figure, Optional.of(true), "it is the %s of %s, which reaches back to %s".formatted(
                    extreme, span, since.label()));
        }
        return new Measured(figure, Optional.of(false), "it is the %s of %s, the whole official series, not only since %s".formatted(
                extreme, span, since.label()));
    }

    private static double perDay(Answer answer) {
        return answer.total() / (double) answer.period().days();
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        return String.format(Locale.ROOT, "%,.1f", value);
    }

    private record Measured(Figure figure, Optional<Boolean> fits, String detail) {}
}
