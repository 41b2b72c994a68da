package dev.frontera.claims;

import dev.frontera.claims.rank.ClaimModel;
import dev.frontera.claims.rank.LogLinearRanker;
import dev.frontera.claims.reading.Feature;
import dev.frontera.claims.verdict.VerdictPolicy;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;

/**
 * Fits the claims model's few numbers on labelled claims by coordinate search over small grids,
 * three passes in a fixed order. The ranker's numbers (feature weights, unread and unanswered
 * weights, scatters, the share of figures that are right) maximise the likelihood of the labels
 * under the posterior; then the policy's two thresholds maximise verdicts right minus twice the
 * claims flagged wrongly (a false alarm costs more than a missed flag). Ties keep the current value,
 * so the fit is deterministic and moves only for a real gain.
 */
final class ClaimModelFit {
    private static final double[] WEIGHTS = {0, -0.25, -0.5, -0.75, -1, -1.5, -2, -2.5, -3, -4, -6};
    private static final double[] UNREAD = {-6, -5, -4, -3, -2.5, -2, -1.5, -1, 0, 1};
    private static final double[] UNANSWERED = {-4, -3, -2, -1.5, -1, -0.5, 0};
    private static final double[] LOG_SCATTER = {0.1, 0.2, 0.3, 0.5, 0.8, 1.2};
    private static final double[] POINT_SCATTER = {2, 5, 10, 20};
    private static final double[] RIGHT_SHARE = {0.6, 0.7, 0.8, 0.85, 0.9, 0.95};
    private static final double[] ACCEPT = {0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8, 0.9};
    private static final double[] FLAG = {0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8, 0.9};
    private static final int PASSES = 3;
    private static final double FALSE_FLAG_COST = 2;
    private static final double FLOOR = 1e-3;

    private ClaimModelFit() {}

    static ClaimModel fit(List<LabeledEvidence> training, ClaimModel start) {
        ToDoubleFunction<ClaimModel> likelihood = model -> logLikelihood(training, model);
        ToDoubleFunction<ClaimModel> verdicts = model -> objective(training, model);
        ClaimModel model = start;
        for (int pass = 0; pass < PASSES; pass++) {
            for (Feature feature : Feature.values()) {
                ClaimModel before = model;
                model = best(likelihood, model, WEIGHTS, w -> before.withWeight(feature, w));
            }
            ClaimModel current = model;
            model = best(likelihood, model, UNREAD, current::withUnread);
            ClaimModel withUnread = model;
            model = best(likelihood, model, UNANSWERED, withUnread::withUnanswered);
            ClaimModel withUnanswered = model;
            model = best(likelihood, model, LOG_SCATTER, withUnanswered::withLogScatter);
            ClaimModel withLog = model;
            model = best(likelihood, model, POINT_SCATTER, withLog::withPointScatter);
            ClaimModel withPoints = model;
            model = best(likelihood, model, RIGHT_SHARE, withPoints::withRightShare);
        }
        for (int pass = 0; pass < PASSES; pass++) {
            ClaimModel withShare = model;
            model = best(verdicts, model, ACCEPT, withShare::withAcceptAt);
            ClaimModel withAccept = model;
            model = best(verdicts, model, FLAG, withAccept::withFlagAt);
        }
        return model;
    }

    /**
     * How well the posterior predicts the labels: the log of the probability it gives each label
     * (accurate, misleading, inaccurate; unverifiable as the undecidable share), over the claims the
     * checker reads with candidate readings. Smooth where verdict counts are not, so the weights move
     * for real evidence.
     */
    static double logLikelihood(List<LabeledEvidence> claims, ClaimModel model) {
        LogLinearRanker ranker = new LogLinearRanker(model);
        double sum = 0;
        for (LabeledEvidence claim : claims) {
            var posterior = claim.posterior(ranker);
            if (posterior.isEmpty()) {
                continue;
            }
            var p = posterior.get();
            double probability = switch (claim.claim().label()) {
                case "accurate" -> p.accurate();
                case "misleading" -> p.misleading();
                case "inaccurate" -> p.inaccurate();
                default -> p.unknown();
            };
            sum += Math.log(Math.max(FLOOR, probability));
        }
        return sum;
    }

    private static ClaimModel best(ToDoubleFunction<ClaimModel> objective, ClaimModel current, double[] grid,
            DoubleFunction<ClaimModel> make) {
        ClaimModel best = current;
        double bestScore = objective.applyAsDouble(current);
        for (double value : grid) {
            ClaimModel candidate = make.apply(value);
            double score = objective.applyAsDouble(candidate);
            if (score > bestScore + 1e-9) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    static double objective(List<LabeledEvidence> claims, ClaimModel model) {
        Scorecard card = score(claims, model);
        long falseFlags = card.outcomes().stream().filter(o -> o.flagged() && !o.claim().wrong()).count();
        long right = card.outcomes().stream().filter(Scorecard.Outcome::right).count();
        return right - FALSE_FLAG_COST * falseFlags;
    }

    static Scorecard score(List<LabeledEvidence> claims, ClaimModel model) {
        LogLinearRanker ranker = new LogLinearRanker(model);
        VerdictPolicy policy = new VerdictPolicy(model);
        Scorecard card = new Scorecard();
        for (LabeledEvidence claim : claims) {
            card.add(claim.judge(ranker, policy));
        }
        return card;
    }
}
