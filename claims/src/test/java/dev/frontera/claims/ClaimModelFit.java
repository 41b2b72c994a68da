package dev.frontera.claims;

import dev.frontera.claims.rank.ClaimModel;
import dev.frontera.claims.rank.LogLinearRanker;
import dev.frontera.claims.reading.Feature;
import dev.frontera.claims.verdict.VerdictPolicy;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Fits the claims model's few numbers on labelled claims by coordinate search over small grids:
 * each feature weight, the weight of unread readings, the share of figures that are right, and
 * the two thresholds, three passes in a fixed order. The objective is verdicts right minus twice
 * the claims flagged wrongly (a false alarm costs more than a missed flag). Ties keep the current
 * value, so the fit is deterministic and moves only for a real gain.
 */
final class ClaimModelFit {
    private static final double[] WEIGHTS = {0, -0.5, -1, -1.5, -2, -3, -4, -6};
    private static final double[] UNREAD = {-6, -5, -4, -3, -2.5, -2, -1.5, -1, 0, 1};
    private static final double[] UNANSWERED = {-4, -3, -2, -1.5, -1, -0.5, 0};
    private static final double[] RIGHT_SHARE = {0.6, 0.7, 0.8, 0.85, 0.9, 0.95};
    private static final double[] ACCEPT = {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
    private static final double[] FLAG = {0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95};
    private static final int PASSES = 3;
    private static final double FALSE_FLAG_COST = 2;

    private ClaimModelFit() {}

    static ClaimModel fit(List<LabeledEvidence> training, ClaimModel start) {
        ClaimModel model = start;
        for (int pass = 0; pass < PASSES; pass++) {
            for (Feature feature : Feature.values()) {
                ClaimModel before = model;
                model = best(training, model, WEIGHTS, w -> before.withWeight(feature, w));
            }
            ClaimModel current = model;
            model = best(training, model, UNREAD, current::withUnread);
            ClaimModel withUnread = model;
            model = best(training, model, UNANSWERED, withUnread::withUnanswered);
            ClaimModel withUnanswered = model;
            model = best(training, model, RIGHT_SHARE, withUnanswered::withRightShare);
            ClaimModel withShare = model;
            model = best(training, model, ACCEPT, withShare::withAcceptAt);
            ClaimModel withAccept = model;
            model = best(training, model, FLAG, withAccept::withFlagAt);
        }
        return model;
    }

    private static ClaimModel best(List<LabeledEvidence> training, ClaimModel current, double[] grid, DoubleFunction<ClaimModel> make) {
        ClaimModel best = current;
        double bestScore = objective(training, current);
        for (double value : grid) {
            ClaimModel candidate = make.apply(value);
            double score = objective(training, candidate);
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
