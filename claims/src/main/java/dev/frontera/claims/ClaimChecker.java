package dev.frontera.claims;

import static java.util.Objects.requireNonNull;

import dev.frontera.claims.extract.ClaimExtractor;
import dev.frontera.claims.extract.ExtractedClaim;
import dev.frontera.claims.extract.PeriodMention;
import dev.frontera.claims.interpret.ClaimInterpreter;
import dev.frontera.claims.interpret.Reading;
import dev.frontera.claims.text.Sentence;
import dev.frontera.claims.text.SentenceSplitter;
import dev.frontera.claims.text.TextGuard;
import dev.frontera.claims.verify.ClaimVerifier;
import dev.frontera.claims.verify.Evaluation;
import dev.frontera.claims.verify.ReadingEvaluator;
import dev.frontera.claims.verify.Verification;
import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.period.Period;
import dev.frontera.core.query.OfficialRecord;
import dev.frontera.core.query.Query;
import dev.frontera.movements.Movements;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

/**
 * The claim checker: finds the figures about US border encounters in a text, reads each as a
 * query, checks it against the official record and explains the verdict.
 *
 * <pre>{@code
 * ClaimChecker checker = ClaimChecker.create(record);
 * CheckResult result = checker.check(articleText, LocalDate.of(2023, 12, 28));
 * String json = ClaimJson.create().write(result);
 * }</pre>
 *
 * <p>Thread-safe: create one and share it. The sentence model is loaded once, at creation. The
 * record is taken to stay as it is for the checker's life (as the engine, which caches its
 * answers, does): what it refused is remembered; a new record needs a new checker.
 */
public final class ClaimChecker {
    /** More claims than this in one text are not reported: the rest of a huge input is skipped. */
    public static final int MAX_CLAIMS = 10_000;

    private final SentenceSplitter splitter;
    private final ClaimExtractor extractor;
    private final OfficialRecord record;
    private final DistanceCheck distances;
    private final Map<Query, FronteraException> refusals = CheckCache.refusalMemo();

    private ClaimChecker(OfficialRecord record) {
        this.distances = new DistanceCheck(Movements.create());
        this.splitter = SentenceSplitter.english();
        this.extractor = new ClaimExtractor();
        this.record = record;
    }

    /** A checker that answers from {@code record}. */
    public static ClaimChecker create(OfficialRecord record) {
        return new ClaimChecker(requireNonNull(record, "record is null"));
    }

    /**
     * Checks every claim of {@code text}, reading relative periods ("last month", "in November")
     * from {@code published}. Throws {@link FronteraException} ({@code INVALID_TEXT},
     * {@code INVALID_ARGUMENT}, {@code TOO_LARGE}) for input it cannot read.
     */
    public CheckResult check(String text, LocalDate published) {
        return check(text, published, MAX_CLAIMS);
    }

    /**
     * {@link #check(String, LocalDate)}, stopping once {@code maxClaims} claims are found: a server
     * bounds each request's work with it (ask for one more than it will answer, to know when a
     * text holds too many).
     */
    public CheckResult check(String text, LocalDate published, int maxClaims) {
        if (maxClaims < 1 || maxClaims > MAX_CLAIMS) {
            throw new IllegalArgumentException("maxClaims must be 1 to " + MAX_CLAIMS + ", not " + maxClaims);
        }
        if (published == null) {
            throw new FronteraException(ErrorCode.INVALID_ARGUMENT, "published date is missing: give the article's date as YYYY-MM-DD");
        }
        TextGuard.check(text, "text");
        // Readings are built and judged against a record that remembers its answers for this check only.
        OfficialRecord cached = new CheckCache(record, refusals);
        ClaimInterpreter interpreter = new ClaimInterpreter(cached);
        ClaimVerifier verifier = new ClaimVerifier(new ReadingEvaluator(cached));
        List<CheckedClaim> checked = new ArrayList<>();
        Optional<PeriodMention> headline = Optional.empty();
        Optional<PeriodMention> previous = Optional.empty();
        int previousEnd = -1;
        for (Sentence sentence : splitter.split(text, ClaimExtractor::mayHoldClaims)) {
            // Only the sentence just before (or a headline) lends its period: "In November, ... Of those, 1,114 were ...".
            Optional<PeriodMention> context = adjacent(text, previousEnd, sentence.offset()) && previous.isPresent() ? previous : headline;
            Optional<PeriodMention> stated = extractor.statedPeriod(sentence, published);
            if (sentence.offset() == firstSentenceStart(text) && isHeadline(text, sentence)) {
                headline = stated;
            }
            previous = stated;
            previousEnd = sentence.offset() + sentence.text().length();
            for (ExtractedClaim claim : extractor.extract(sentence, published, context)) {
                for (Period period : claim.period().periods()) {
                    if (checked.size() >= maxClaims) {
                        return withDistances(checked, text, published, maxClaims);
                    }
                    List<Reading> readings = interpreter.readings(claim, period, published);
                    checked.add(toResult(claim, verifier.verify(claim, readings, published)));
                }
            }
        }
        return withDistances(checked, text, published, maxClaims);
    }

    /** Adds the distance-to-the-border claims, a kind of their own, in the order they appear. */
    private CheckResult withDistances(List<CheckedClaim> statistics, String text, LocalDate published, int maxClaims) {
        List<CheckedClaim> distanceClaims = distances.check(text, published);
        if (distanceClaims.isEmpty()) {
            return new CheckResult(statistics);
        }
        List<CheckedClaim> all = new ArrayList<>(statistics);
        distanceClaims.stream().limit(Math.max(0, maxClaims - statistics.size())).forEach(all::add);
        all.sort(Comparator.comparingInt(CheckedClaim::start));
        return new CheckResult(all);
    }

    private static boolean adjacent(String text, int previousEnd, int start) {
        return previousEnd >= 0 && previousEnd <= start && text.substring(previousEnd, start).isBlank();
    }

    private static int firstSentenceStart(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** A first line followed by a blank line is a headline: it sets the period for the whole text. */
    private static boolean isHeadline(String text, Sentence sentence) {
        int end = sentence.offset() + sentence.text().length();
        int blank = text.indexOf("\n\n", sentence.offset());
        return blank >= 0 && blank >= end - 1 && text.substring(end, blank).isBlank();
    }

    private static CheckedClaim toResult(ExtractedClaim claim, Verification verification) {
        Evaluation used = verification.used();
        Reading reading = used.reading();
        Optional<Figure> latest = used.latest();
        Optional<Figure> atPublication = used.atPublication().filter(f -> latest.isEmpty() || !f.equals(latest.get()));
        List<Alternative> alternatives = verification.others().stream()
                .map(other -> new Alternative(other.reading().measure().slug(), other.reading().region(), other.reading().period().label(),
                        other.reading().perDay(), filters(other.reading().filters()), other.reading().change().description(),
                        other.judged(), other.holds()))
                .toList();
        int offset = claim.sentence().offset();
        String measure = claim.measure().measure().isPresent() ? reading.measure().slug() : claim.measure().name();
        return new CheckedClaim("statistic", claim.sentence().text(), offset + claim.phraseStart(), offset + claim.phraseEnd(),
                claim.phrase(), claim.quantity().map(q -> OptionalDouble.of(q.value())).orElse(OptionalDouble.empty()),
                claim.qualifier().slug(), measure, reading.region(), reading.period().label(), reading.perDay(),
                filters(reading.filters()), latest, atPublication, verification.verdict(), verification.explanation(), alternatives);
    }

    private static Map<String, List<String>> filters(Map<Dimension, Set<String>> filters) {
        Map<String, List<String>> out = new TreeMap<>();
        filters.forEach((dimension, values) -> out.put(dimension.parameter(), values.stream().sorted().toList()));
        return out;
    }
}
