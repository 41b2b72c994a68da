package dev.frontera.claims;

import dev.frontera.claims.internal.rank.Calibration;
import dev.frontera.claims.internal.rank.ClaimModel;
import dev.frontera.claims.internal.rank.LogLinearRanker;
import dev.frontera.claims.internal.reading.Feature;
import dev.frontera.claims.internal.verdict.VerdictPolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.stat.descriptive.moment.Mean;

/**
 * Fits the claims model's few numbers on labelled claims. The ranker's numbers (feature weights,
 * unread and unanswered weights, scatters, the share of figures that are right) maximise the
 * likelihood of the labels under the posterior (BOBYQA, a small L2 penalty on the weights); then
 * the policy's three thresholds maximise verdicts right minus twice the claims flagged wrongly (a
 * false alarm costs more than a missed flag), searched jointly over a grid and bagged over
 * bootstrap resamples of the sources ({@link #fitThresholds}). Deterministic: the same claims give
 * the same model.
 */
final class ClaimModelFit {
    private static final double[] DOUBT = {0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
    private static final double[] ACCEPT = {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};
    private static final double[] FLAG = {0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95};
    private static final int BOOTSTRAPS = 101;
    private static final long SEED = 20261206L;
    private static final double FALSE_FLAG_COST = 2;
    private static final double FLOOR = 1e-3;
    private static final double L2 = 0.05;
    private static final int EVALUATIONS = 4000;

    private ClaimModelFit() {}

    static ClaimModel fit(List<LabeledEvidence> training, ClaimModel start) {
        return calibrate(training, fitThresholds(training, maximiseLikelihood(training, start)));
    }

    /**
     * The confidence calibration: the logistic line on the raw confidence's log-odds that makes the
     * training verdicts' rightness most likely (BOBYQA over slope and shift, a small pull towards
     * no change). Fitted last, on the verdicts the fitted thresholds give to weighed readings (a
     * verdict the words decide has a measured rate already); it changes no verdict.
     */
    static ClaimModel calibrate(List<LabeledEvidence> training, ClaimModel model) {
        List<LabeledEvidence> weighed =
                training.stream().filter(e -> !e.ruledOut()).toList();
        List<Scorecard.Outcome> outcomes =
                score(weighed, model.withCalibration(Calibration.IDENTITY)).outcomes().stream()
                        .filter(o -> o.verdict().isPresent())
                        .toList();
        MultivariateFunction likelihood = x -> {
            Calibration calibration = new Calibration(x[0], x[1]);
            double sum = -L2 * ((x[0] - 1) * (x[0] - 1) + x[1] * x[1]);
            for (Scorecard.Outcome outcome : outcomes) {
                double p = calibration.apply(outcome.confidence());
                sum += Math.log(Math.max(FLOOR, outcome.right() ? p : 1 - p));
            }
            return sum;
        };
        double[] best = maximize(5, likelihood, new double[] {1, 0}, new double[] {0.05, -4}, new double[] {3, 4});
        return model.withCalibration(new Calibration(best[0], best[1]));
    }

    /**
     * The three thresholds, each the mean of the best joint choices on bootstrap resamples of the
     * training sources. The best choice on the training claims alone sits on a plateau of near ties
     * whose edges one claim moves (fold to fold, accept_at ranged 0.3 to 0.7), so a change to one
     * posterior flipped unrelated verdicts. Bagging takes the middle of where the best choice lands
     * when the sources vary, as they will for new writing. The mean, not the median: a median of
     * grid points still jumps a whole step when one resample changes its pick, a mean moves by a
     * hundredth. Sources, not claims, are resampled: the claims of one article share its wording and
     * its errors.
     */
    static ClaimModel fitThresholds(List<LabeledEvidence> training, ClaimModel model) {
        LogLinearRanker ranker = new LogLinearRanker(model);
        List<Function<VerdictPolicy, Scorecard.Outcome>> ranked =
                training.stream().map(e -> e.rankedBy(ranker)).toList();
        List<double[]> grid = new ArrayList<>();
        for (double accept : ACCEPT) {
            for (double flag : FLAG) {
                for (double doubt : DOUBT) {
                    grid.add(new double[] {accept, flag, doubt});
                }
            }
        }
        double[][] gain = new double[grid.size()][ranked.size()];
        for (int g = 0; g < grid.size(); g++) {
            VerdictPolicy policy = new VerdictPolicy(withThresholds(model, grid.get(g)));
            for (int c = 0; c < ranked.size(); c++) {
                Scorecard.Outcome outcome = ranked.get(c).apply(policy);
                boolean falseFlag = outcome.flagged() && !outcome.claim().wrong();
                gain[g][c] = (outcome.right() ? 1 : 0) - (falseFlag ? FALSE_FLAG_COST : 0);
            }
        }
        Map<String, Integer> sources = new LinkedHashMap<>();
        int[] sourceOf = new int[training.size()];
        for (int c = 0; c < training.size(); c++) {
            sourceOf[c] = sources.computeIfAbsent(training.get(c).claim().source(), s -> sources.size());
        }
        SplittableRandom random = new SplittableRandom(SEED);
        double[][] picks = new double[3][BOOTSTRAPS];
        for (int b = 0; b < BOOTSTRAPS; b++) {
            int[] drawn = new int[sources.size()];
            for (int i = 0; i < drawn.length; i++) {
                drawn[random.nextInt(drawn.length)]++;
            }
            int best = 0;
            double bestGain = Double.NEGATIVE_INFINITY;
            for (int g = 0; g < grid.size(); g++) {
                double total = 0;
                for (int c = 0; c < sourceOf.length; c++) {
                    total += drawn[sourceOf[c]] * gain[g][c];
                }
                if (total > bestGain + 1e-9) {
                    best = g;
                    bestGain = total;
                }
            }
            for (int k = 0; k < 3; k++) {
                picks[k][b] = grid.get(best)[k];
            }
        }
        Mean mean = new Mean();
        return withThresholds(
                model, new double[] {mean.evaluate(picks[0]), mean.evaluate(picks[1]), mean.evaluate(picks[2])});
    }

    private static ClaimModel withThresholds(ClaimModel model, double[] acceptFlagDoubt) {
        return model.withAcceptAt(acceptFlagDoubt[0])
                .withFlagAt(acceptFlagDoubt[1])
                .withDoubtAt(acceptFlagDoubt[2]);
    }

    /**
     * The ranker's numbers that make the labels most likely, less a small L2 penalty on how far the
     * feature weights move from the start (so a weight moves only for real evidence, and folds agree). BOBYQA (commons-math3):
     * bounded and derivative-free, for a few dozen parameters.
     */
    static ClaimModel maximiseLikelihood(List<LabeledEvidence> training, ClaimModel start) {
        Feature[] features = Feature.values();
        int n = features.length + 5;
        double[] x0 = new double[n];
        double[] lower = new double[n];
        double[] upper = new double[n];
        for (int i = 0; i < features.length; i++) {
            // A reading's features can only lower its prior; the claim's own may raise or lower it against readings not
            // built.
            lower[i] = -8;
            upper[i] = features[i].ofTheClaim() ? 4 : 0;
            x0[i] = Math.max(lower[i], Math.min(upper[i], start.weight(features[i])));
        }
        int at = features.length;
        set(x0, lower, upper, at, start.unread(), -8, 3);
        set(x0, lower, upper, at + 1, start.unanswered(), -5, 0);
        set(x0, lower, upper, at + 2, Math.log(start.logScatter()), Math.log(0.05), Math.log(3));
        set(x0, lower, upper, at + 3, Math.log(start.pointScatter()), Math.log(1), Math.log(40));
        set(x0, lower, upper, at + 4, logit(start.rightShare()), logit(0.5), logit(0.97));
        MultivariateFunction objective = x -> {
            // Towards the starting weights, not towards zero: where the claims say little, an assumption keeps its
            // cost.
            double penalty = 0;
            for (int i = 0; i < features.length; i++) {
                double away = x[i] - start.weight(features[i]);
                penalty += away * away;
            }
            return logLikelihood(training, model(start, features, x)) - L2 * penalty;
        };
        return model(start, features, maximize(2 * n + 1, objective, x0, lower, upper));
    }

    /**
     * BOBYQA's maximum within {@link #EVALUATIONS}; when the budget runs out before it converges (a flat
     * likelihood can keep it stepping), the best point it evaluated.
     */
    private static double[] maximize(
            int interpolationPoints, MultivariateFunction objective, double[] x0, double[] lower, double[] upper) {
        double[] bestSeen = x0.clone();
        double[] bestValue = {Double.NEGATIVE_INFINITY};
        MultivariateFunction watched = x -> {
            double value = objective.value(x);
            if (value > bestValue[0]) {
                bestValue[0] = value;
                System.arraycopy(x, 0, bestSeen, 0, x.length);
            }
            return value;
        };
        try {
            return new BOBYQAOptimizer(interpolationPoints)
                    .optimize(
                            new MaxEval(EVALUATIONS),
                            new ObjectiveFunction(watched),
                            GoalType.MAXIMIZE,
                            new InitialGuess(x0),
                            new SimpleBounds(lower, upper))
                    .getPoint();
        } catch (TooManyEvaluationsException e) {
            return bestSeen;
        }
    }

    private static void set(
            double[] x0, double[] lower, double[] upper, int index, double value, double low, double high) {
        lower[index] = low;
        upper[index] = high;
        x0[index] = Math.max(low, Math.min(high, value));
    }

    private static ClaimModel model(ClaimModel start, Feature[] features, double[] x) {
        ClaimModel model = start;
        for (int i = 0; i < features.length; i++) {
            model = model.withWeight(features[i], x[i]);
        }
        int at = features.length;
        return model.withUnread(x[at])
                .withUnanswered(x[at + 1])
                .withLogScatter(Math.exp(x[at + 2]))
                .withPointScatter(Math.exp(x[at + 3]))
                .withRightShare(1 / (1 + Math.exp(-x[at + 4])));
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
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
