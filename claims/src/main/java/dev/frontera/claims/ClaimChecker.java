package dev.frontera.claims;

import static java.util.Objects.requireNonNull;

import dev.frontera.claims.internal.extract.ClaimExtractor;
import dev.frontera.claims.internal.extract.ClauseGroups;
import dev.frontera.claims.internal.extract.ExtractedClaim;
import dev.frontera.claims.internal.extract.PeriodRule;
import dev.frontera.claims.internal.extract.SentenceMentions;
import dev.frontera.claims.internal.numbers.Quantity;
import dev.frontera.claims.internal.rank.ClaimModel;
import dev.frontera.claims.internal.rank.LogLinearRanker;
import dev.frontera.claims.internal.rank.Posterior;
import dev.frontera.claims.internal.rank.ReadingRanker;
import dev.frontera.claims.internal.rank.Weighed;
import dev.frontera.claims.internal.reading.Candidate;
import dev.frontera.claims.internal.reading.CandidateSpace;
import dev.frontera.claims.internal.reading.ClaimContext;
import dev.frontera.claims.internal.text.TextGuard;
import dev.frontera.claims.internal.verdict.Explanation;
import dev.frontera.claims.internal.verdict.Judgement;
import dev.frontera.claims.internal.verdict.VerdictPolicy;
import dev.frontera.claims.internal.verify.CandidateEvaluator;
import dev.frontera.claims.internal.verify.Evaluated;
import dev.frontera.claims.reading.Figure;
import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.core.Verdict;
import dev.frontera.core.period.Period;
import dev.frontera.core.query.OfficialRecord;
import dev.frontera.core.query.Query;
import dev.frontera.movements.Movements;
import dev.frontera.text.Sentence;
import dev.frontera.text.SentenceSplitter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The claim checker: finds the figures about US border encounters in a text, weighs every
 * reading the words allow against the official record, and gives each figure a verdict, a
 * confidence and an explanation.
 *
 * <pre>{@code
 * ClaimChecker checker = ClaimChecker.create(record);
 * CheckResult result = checker.check(articleText, LocalDate.of(2023, 12, 28));
 * String json = ClaimJson.create().write(result);
 * }</pre>
 *
 * <p>For each figure: the sentence's mentions (and those of the sentence before and of the
 * headline) give a space of candidate readings ({@link CandidateSpace}); each is answered from
 * the record ({@link CandidateEvaluator}); a {@link ReadingRanker} turns the words' prior and
 * the answers into a posterior; a {@link VerdictPolicy} decides. Thread-safe: create one and
 * share it. The record is taken to stay as it is for the checker's life (as the engine, which
 * caches its answers, does): what it refused is remembered; a new record needs a new checker.
 */
public final class ClaimChecker {
    /** More claims than this in one text are not reported: the rest of a huge input is skipped. */
    public static final int MAX_CLAIMS = 10_000;
    /** A text this short is a claim pasted alone: every sentence is read, whatever its words. */
    static final int SHORT_TEXT = 600;

    private static final int SUBHEADING_LENGTH = 80;
    /** Alternatives reported with each claim. */
    static final int ALTERNATIVES = 5;

    private final SentenceSplitter splitter;
    private final ClaimExtractor extractor;
    private final OfficialRecord record;
    private final DistanceCheck distances;
    private final SeasonCheck seasons;
    private final ReadingRanker ranker;
    private final VerdictPolicy policy;
    private final Map<Query, FronteraException> refusals = CheckCache.refusalMemo();

    private ClaimChecker(OfficialRecord record, ReadingRanker ranker, VerdictPolicy policy) {
        this.distances = new DistanceCheck(Movements.create());
        this.seasons = new SeasonCheck(record);
        this.splitter = SentenceSplitter.english();
        this.extractor = new ClaimExtractor();
        this.record = record;
        this.ranker = ranker;
        this.policy = policy;
    }

    /** A checker that answers from {@code record}, with the model shipped. */
    public static ClaimChecker create(OfficialRecord record) {
        return create(record, ClaimModel.shipped());
    }

    /** A checker that answers from {@code record} and judges with {@code model}. */
    public static ClaimChecker create(OfficialRecord record, ClaimModel model) {
        requireNonNull(model, "model is null");
        return new ClaimChecker(
                requireNonNull(record, "record is null"), new LogLinearRanker(model), new VerdictPolicy(model));
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
        List<CheckedClaim> checked = new ArrayList<>();
        for (ReadFigure figure : read(text, published, maxClaims)) {
            checked.add(judge(figure, ranker, policy));
        }
        return withOtherKinds(checked, text, published, maxClaims);
    }

    /**
     * Checks a text whose publication date is not known: it is read as of the newest release the
     * record holds, so written periods are checked as usual, "last month" means the latest months,
     * and the figure at publication is the newest one.
     */
    public CheckResult checkUndated(String text) {
        return check(text, undatedDay());
    }

    /** The day an undated text is read on: the newest release's publication, else today. */
    LocalDate undatedDay() {
        return record.releases().stream()
                .map(dev.frontera.core.query.Release::published)
                .max(LocalDate::compareTo)
                .orElse(LocalDate.now(java.time.ZoneOffset.UTC));
    }

    /** The figures of {@code text}, each with its candidate readings answered: the evidence, before any judgement. */
    List<ReadFigure> read(String text, LocalDate published) {
        return read(text, published, MAX_CLAIMS);
    }

    /** {@link #read(String, LocalDate)}, stopping at {@code maxClaims} figures. */
    List<ReadFigure> read(String text, LocalDate published, int maxClaims) {
        if (published == null) {
            throw new FronteraException(
                    ErrorCode.INVALID_ARGUMENT, "published date is missing: give the article's date as YYYY-MM-DD");
        }
        TextGuard.check(text, "text");
        // Readings are answered by a record that remembers its answers for this check only.
        OfficialRecord cached = new CheckCache(record, refusals);
        CandidateEvaluator evaluator = new CandidateEvaluator(cached);
        LastPublished lastPublished = lastPublished(cached, published);
        List<ReadFigure> figures = new ArrayList<>();
        Optional<SentenceMentions> headline = Optional.empty();
        Optional<SentenceMentions> previous = Optional.empty();
        // The last sentence that lends a period, while those after it lend none (the headline lends its own way).
        Optional<SentenceMentions> lender = Optional.empty();
        int previousEnd = -1;
        int first = firstSentenceStart(text);
        boolean shortText = text.length() <= SHORT_TEXT;
        boolean previousAbout = false;
        for (Sentence sentence : splitter.split(text, shortText ? paragraph -> true : new AboutOrAfterAbout())) {
            // A sentence is read when it, or the one before it, is about migration; a short text (a claim pasted alone)
            // always is.
            boolean about = ClaimExtractor.mayHoldClaims(sentence.text());
            if (!about && !previousAbout && (!shortText || ClaimExtractor.aboutSomethingElse(sentence.text()))) {
                previousAbout = false;
                continue;
            }
            previousAbout = about || ClaimExtractor.isListLine(sentence.text());
            SentenceMentions mentions = extractor.mentions(sentence, published);
            boolean adjacent = adjacent(text, previousEnd, sentence.offset());
            Optional<SentenceMentions> before = adjacent ? previous : Optional.empty();
            Optional<SentenceMentions> earlier = adjacent && !lender.equals(previous) ? lender : Optional.empty();
            ClaimContext context = new ClaimContext(
                    before, headline, published, lastPublished.month(), lastPublished.perhaps(), earlier);
            List<ExtractedClaim> claims = extractor.extract(mentions, published);
            if (before.isPresent()) {
                claims = ClaimExtractor.answering(before.get().text(), claims);
            }
            for (ExtractedClaim claim : claims) {
                for (Optional<Period> pinned : pins(claim)) {
                    if (figures.size() >= maxClaims) {
                        return figures;
                    }
                    List<Evaluated> evaluated = evaluator.evaluateAll(
                            claim,
                            consistent(evaluator, claim, CandidateSpace.build(claim, context, pinned), published),
                            published);
                    if (evaluated.isEmpty() && claim.measure().measure().isPresent()) {
                        continue; // a rank that names no sector or nationality: nothing to ask the record
                    }
                    figures.add(new ReadFigure(claim, evaluated));
                }
            }
            boolean isHeadline = sentence.offset() == first && isHeadline(text, sentence);
            if (isHeadline) {
                headline = Optional.of(mentions);
            }
            previous = Optional.of(mentions);
            if (isHeadline) {
                lender = Optional.empty();
            } else if (ClaimContext.lendsPeriod(mentions)) {
                lender = previous;
            } else {
                SentenceMentions head = headline.orElse(null);
                lender = earlier.or(() -> before.filter(b -> b != head && ClaimContext.lendsPeriod(b)));
            }
            previousEnd = sentence.offset() + sentence.text().length();
        }
        return figures;
    }

    /** The kind of claim, as the labelling standard names it; a figure written with two ends is a range. */
    private static String qualifierSlug(ExtractedClaim claim) {
        return claim.quantity().filter(Quantity::isRange).isPresent()
                ? "range"
                : claim.qualifier().slug();
    }

    /** Judges one figure: the ranker's posterior, the policy's verdict, the explanation. */
    static CheckedClaim judge(ReadFigure figure, ReadingRanker ranker, VerdictPolicy policy) {
        ExtractedClaim claim = figure.claim();
        int offset = claim.sentence().offset();
        // A rank's value is the place claimed ("the 3rd busiest": 3).
        OptionalDouble value = claim.quantity()
                .map(q -> OptionalDouble.of(q.value()))
                .or(() -> claim.rank().map(r -> OptionalDouble.of(r.place())))
                .orElse(OptionalDouble.empty());
        if (claim.measure().measure().isEmpty()) {
            return new CheckedClaim(
                    new Subject.NotCounted(
                            claim.measure().name(), claim.measure().words()),
                    claim.sentence().text(),
                    offset + claim.phraseStart(),
                    offset + claim.phraseEnd(),
                    claim.phrase(),
                    value,
                    qualifierSlug(claim),
                    Optional.empty(),
                    Optional.empty(),
                    Verdict.UNVERIFIABLE,
                    policyConfidence(),
                    "Unverifiable: %s."
                            .formatted(claim.unverifiable().orElse("the official record does not count this")),
                    List.of());
        }
        Posterior posterior = ranker.rank(figure.evaluated());
        Judgement judgement = policy.decide(claim, posterior);
        Optional<Weighed> basis = judgement.basis().or(posterior::mostLikely);
        Optional<Evaluated> used = basis.map(Weighed::evaluated);
        Optional<Figure> latest = used.flatMap(Evaluated::latest);
        Optional<Figure> atPublication =
                used.flatMap(Evaluated::atPublication).filter(f -> latest.isEmpty() || !f.equals(latest.get()));
        List<Alternative> alternatives = posterior.readings().stream()
                .filter(w -> basis.isEmpty() || w != basis.get())
                .limit(ALTERNATIVES)
                .map(w -> new Alternative(
                        new Subject.Statistic(w.evaluated().candidate().reading()),
                        w.prior(),
                        w.posterior(),
                        w.evaluated().judged(),
                        w.evaluated().fit().map(f -> f.fits())))
                .toList();
        Subject subject = new Subject.Statistic(used.orElseThrow().candidate().reading());
        return new CheckedClaim(
                subject,
                claim.sentence().text(),
                offset + claim.phraseStart(),
                offset + claim.phraseEnd(),
                claim.phrase(),
                value,
                qualifierSlug(claim),
                latest,
                atPublication,
                judgement.verdict(),
                clamp(judgement.confidence()),
                Explanation.of(claim, judgement, posterior),
                alternatives);
    }

    private static double policyConfidence() {
        return 0.85;
    }

    private static double clamp(double confidence) {
        return Math.max(0, Math.min(1, confidence));
    }

    /**
     * The periods to check a figure for, one at a time: a figure whose nearest period mention names
     * several ("in both fiscal years 2022 and 2023") is a claim about each.
     */
    /**
     * A change whose base count is written ("about 20% higher than the 252,315 encounters recorded a
     * year earlier") is read only as the comparisons whose base has that count, when any has: the
     * other readings, however well one fits by chance, are not what was compared.
     */
    private static List<Candidate> consistent(
            CandidateEvaluator evaluator, ExtractedClaim claim, List<Candidate> candidates, LocalDate published) {
        if (claim.change().baseCount().isEmpty()) {
            return candidates;
        }
        List<Candidate> agreeing = candidates.stream()
                .filter(c -> evaluator.baseAgrees(claim, c, published))
                .toList();
        return agreeing.isEmpty() ? candidates : agreeing;
    }

    private static List<Optional<Period>> pins(ExtractedClaim claim) {
        Optional<PeriodRule.Located> nearest = claim.mentions().periods().stream()
                .filter(l -> !claim.baseMentions().contains(l.start())
                        && l.mention().partial().isEmpty())
                .min(Comparator.comparingInt(l -> l.distanceTo(claim.anchorStart(), claim.anchorEnd())));
        if (nearest.isEmpty() || nearest.get().mention().periods().size() < 2) {
            return List.of(Optional.empty());
        }
        List<Period> periods = nearest.get().mention().periods();
        // "1.73 million, 2.38 million and 2.48 million in fiscal years 2021, 2022 and 2023, respectively": one each.
        SentenceMentions mentions = claim.mentions();
        OptionalInt respective = claim.quantity()
                .map(q -> new ClauseGroups(mentions.text(), mentions.groups(), mentions.quantities())
                        .respective(q, periods.size()))
                .orElse(OptionalInt.empty());
        if (respective.isPresent()) {
            return List.of(Optional.of(periods.get(respective.getAsInt())));
        }
        return periods.stream().map(Optional::of).toList();
    }

    /**
     * The last month published by the article's date, and a later month that may have been out too:
     * the month before the article when the date is only the schedule's guess, or the schedule's
     * month when the kept files stop a month short of it.
     */
    private record LastPublished(YearMonth month, Optional<YearMonth> perhaps) {}

    /**
     * The files kept are a sample of vintages: when the release of the article's day is not among
     * them, the month CBP's schedule had published by then (a month's figures come out mid-way
     * through the next) is the best guess, and the month before the article is a reading of its own,
     * since CBP has published a month's figures as early as the first days of the next.
     */
    private static LastPublished lastPublished(OfficialRecord record, LocalDate published) {
        YearMonth monthBefore = YearMonth.from(published).minusMonths(1);
        Optional<YearMonth> newest = record.latestMonth(Optional.empty());
        if (newest.isEmpty()) {
            return new LastPublished(monthBefore, Optional.empty());
        }
        YearMonth guess = YearMonth.from(published).minusMonths(published.getDayOfMonth() >= 15 ? 1 : 2);
        YearMonth scheduled = guess.isAfter(newest.get()) ? newest.get() : guess;
        Optional<YearMonth> kept = record.latestMonth(Optional.of(published))
                .filter(month -> !month.plusMonths(1).isBefore(scheduled));
        if (kept.isPresent()) {
            // A kept file a month behind the schedule does not show the next one was not out.
            return new LastPublished(
                    kept.get(), kept.get().isBefore(scheduled) ? Optional.of(scheduled) : Optional.empty());
        }
        boolean mayBeOut = monthBefore.isAfter(scheduled) && !newest.get().isBefore(monthBefore);
        return new LastPublished(scheduled, mayBeOut ? Optional.of(monthBefore) : Optional.empty());
    }

    /** The distance-to-the-border claims of a text: computed, not weighed. */
    List<CheckedClaim> distanceClaims(String text, LocalDate published) {
        return distances.check(text, published);
    }

    /** Adds the distance-to-the-border and season claims, kinds of their own, in the order they appear. */
    private CheckResult withOtherKinds(List<CheckedClaim> statistics, String text, LocalDate published, int maxClaims) {
        List<CheckedClaim> others = new ArrayList<>(distances.check(text, published));
        others.addAll(seasons.check(text, splitter, published));
        if (others.isEmpty()) {
            return new CheckResult(statistics);
        }
        List<CheckedClaim> all = new ArrayList<>(statistics);
        others.stream()
                .sorted(Comparator.comparingInt(CheckedClaim::start))
                .limit(Math.max(0, maxClaims - statistics.size()))
                .forEach(all::add);
        all.sort(Comparator.comparingInt(CheckedClaim::start));
        return new CheckResult(all);
    }

    /**
     * Which paragraphs of a long text are read: those about migration, and the one after each when it
     * holds a figure ("That was up 40% from November." is a paragraph of its own in news copy); the
     * others are not split at all, which keeps long articles fast. Asked once per paragraph, in order,
     * so it remembers the one before.
     */
    private static final class AboutOrAfterAbout implements java.util.function.Predicate<String> {
        private boolean previousAbout;

        @Override
        public boolean test(String paragraph) {
            if (paragraph.isBlank()) {
                return false;
            }
            boolean about = ClaimExtractor.mayHoldClaims(paragraph);
            boolean read = about || previousAbout && paragraph.chars().anyMatch(Character::isDigit);
            // A list goes on with the subject of the paragraph that opened it, line after line.
            previousAbout = about || read && ClaimExtractor.isListLine(paragraph);
            return read;
        }
    }

    /** Whether nothing but space, or subheadings ("Who is coming?"), stands between two sentences. */
    private static boolean adjacent(String text, int previousEnd, int start) {
        return previousEnd >= 0
                && previousEnd <= start
                && text.substring(previousEnd, start).lines().allMatch(ClaimChecker::blankOrSubheading);
    }

    /** A line with nothing, or a short one with no figure that heads what follows and ends no sentence. */
    private static boolean blankOrSubheading(String line) {
        String words = line.strip();
        return words.isEmpty()
                || words.length() <= SUBHEADING_LENGTH
                        && words.chars().noneMatch(Character::isDigit)
                        && !words.endsWith(".");
    }

    private static int firstSentenceStart(String text) {
        int i = 0;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** A first line followed by a blank line is a headline: it lends its period, place and groups to the whole text. */
    private static boolean isHeadline(String text, Sentence sentence) {
        int end = sentence.offset() + sentence.text().length();
        int blank = text.indexOf("\n\n", sentence.offset());
        return blank >= 0 && blank >= end - 1 && text.substring(end, blank).isBlank();
    }
}
