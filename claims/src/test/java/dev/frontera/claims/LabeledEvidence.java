package dev.frontera.claims;

import dev.frontera.claims.internal.rank.Posterior;
import dev.frontera.claims.internal.rank.ReadingRanker;
import dev.frontera.claims.internal.verdict.Judgement;
import dev.frontera.claims.internal.verdict.VerdictPolicy;
import dev.frontera.core.FronteraException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A labelled claim with the checker's evidence over its phrase: the figures reported there, in
 * the order the checker reports them, each with every candidate reading already answered. The
 * first one is what the scorer reads; judging it again under another model needs no query, which
 * is what makes fitting the model's few numbers cheap.
 */
record LabeledEvidence(LabeledClaim claim, List<Reported> overlapping) {

    /** A figure to judge, or a claim whose verdict is fixed (a distance). */
    record Reported(int start, Optional<ReadFigure> figure, Optional<CheckedClaim> fixed) {}

    /** Reads every labelled claim's text once with {@code checker}. */
    static List<LabeledEvidence> collect(ClaimChecker checker, List<LabeledClaim> claims) {
        Map<String, List<Reported>> byText = new HashMap<>();
        List<LabeledEvidence> all = new ArrayList<>();
        for (LabeledClaim claim : claims) {
            List<Reported> reported = byText.computeIfAbsent(
                    claim.published() + "\u0000" + claim.inputText(), key -> reported(checker, claim));
            int from = claim.phraseStart();
            int to = from + claim.claimedText().length();
            List<Reported> overlapping = from < 0
                    ? List.of()
                    : reported.stream()
                            .filter(r -> r.start() < to && end(r) > from)
                            .toList();
            all.add(new LabeledEvidence(claim, overlapping));
        }
        return all;
    }

    private static List<Reported> reported(ClaimChecker checker, LabeledClaim claim) {
        LocalDate published;
        try {
            published = claim.published().equalsIgnoreCase(ClaimJson.UNKNOWN)
                    ? checker.undatedDay()
                    : ClaimJson.parsePublished(claim.published());
        } catch (FronteraException e) {
            return List.of(); // as the CLI: a line whose date does not parse is reported as an error, with no claims
        }
        List<Reported> reported = new ArrayList<>();
        for (ReadFigure figure : checker.read(claim.inputText(), published)) {
            reported.add(new Reported(
                    figure.claim().sentence().offset() + figure.claim().phraseStart(),
                    Optional.of(figure),
                    Optional.empty()));
        }
        for (CheckedClaim distance : checker.distanceClaims(claim.inputText(), published)) {
            reported.add(new Reported(distance.start(), Optional.empty(), Optional.of(distance)));
        }
        reported.sort(Comparator.comparingInt(Reported::start));
        return reported;
    }

    private static int end(Reported reported) {
        return reported.figure()
                .map(f -> f.claim().sentence().offset() + f.claim().phraseEnd())
                .orElseGet(() -> reported.fixed().orElseThrow().end());
    }

    /** Whether words decide the figure the scorer reads before any reading is weighed (a forecast, a single day). */
    boolean ruledOut() {
        return !overlapping.isEmpty()
                && overlapping
                        .get(0)
                        .figure()
                        .map(f -> f.claim().unverifiable().isPresent())
                        .orElse(false);
    }

    /** The ranker's posterior for the figure the scorer reads, when it is one with candidate readings and no words rule it out. */
    Optional<Posterior> posterior(ReadingRanker ranker) {
        if (overlapping.isEmpty() || overlapping.get(0).figure().isEmpty()) {
            return Optional.empty();
        }
        ReadFigure figure = overlapping.get(0).figure().get();
        if (figure.evaluated().isEmpty() || figure.claim().unverifiable().isPresent()) {
            return Optional.empty();
        }
        return Optional.of(ranker.rank(figure.evaluated()));
    }

    /**
     * This claim ranked once, to be judged under many policies: the posterior is computed here, so a
     * search over thresholds asks the ranker once per claim, not once per threshold.
     */
    Function<VerdictPolicy, Scorecard.Outcome> rankedBy(ReadingRanker ranker) {
        if (overlapping.isEmpty()
                || overlapping.get(0).fixed().isPresent()
                || overlapping
                        .get(0)
                        .figure()
                        .orElseThrow()
                        .claim()
                        .measure()
                        .measure()
                        .isEmpty()) {
            return policy -> judge(ranker, policy);
        }
        ReadFigure figure = overlapping.get(0).figure().orElseThrow();
        Posterior posterior = ranker.rank(figure.evaluated());
        return policy -> {
            Judgement judgement = policy.decide(figure.claim(), posterior);
            return new Scorecard.Outcome(claim, Optional.of(judgement.verdict()), judgement.confidence());
        };
    }

    /** What the checker says of this claim under a ranker and a policy. */
    Scorecard.Outcome judge(ReadingRanker ranker, VerdictPolicy policy) {
        if (overlapping.isEmpty()) {
            return new Scorecard.Outcome(claim, Optional.empty(), 0);
        }
        Reported first = overlapping.get(0);
        if (first.fixed().isPresent()) {
            return new Scorecard.Outcome(
                    claim,
                    Optional.of(first.fixed().get().verdict()),
                    first.fixed().get().confidence());
        }
        ReadFigure figure = first.figure().orElseThrow();
        if (figure.claim().measure().measure().isEmpty()) {
            CheckedClaim judged = ClaimChecker.judge(figure, ranker, policy);
            return new Scorecard.Outcome(claim, Optional.of(judged.verdict()), judged.confidence());
        }
        Posterior posterior = ranker.rank(figure.evaluated());
        Judgement judgement = policy.decide(figure.claim(), posterior);
        return new Scorecard.Outcome(claim, Optional.of(judgement.verdict()), judgement.confidence());
    }
}
