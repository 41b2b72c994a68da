package dev.frontera.claims.internal.rank;

import static java.util.Objects.requireNonNull;

import dev.frontera.claims.internal.reading.Feature;
import dev.frontera.claims.internal.verify.Evaluated;
import dev.frontera.claims.internal.verify.Fit;
import dev.frontera.claims.internal.verify.Tolerance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The ranker of AggChecker and Scrutinizer, in a small form. Each reading r has a prior from the
 * words, P(r | words) proportional to exp(sum of its feature weights); one more pseudo-reading,
 * with weight exp(unread), stands for every reading the checker failed to build. With pi the share of published figures
 * that are right and q(r) the chance that the claimed number fits r's answer by accident:
 *
 * <ul>
 *   <li>meant r and right: P(r) * pi * fit(r) / q(r) (a precise fit is strong evidence, a loose one weak);
 *   <li>meant r and wrong (it does not fit): P(r) * (1 - pi) * m(r), m the likelihood of missing by that much
 *       (wrong published figures fall near the true one; see {@link #missLikelihood});
 *   <li>meant r, which the record cannot answer: P(r) * exp(unanswered), telling nothing either way;
 *   <li>a reading not built: the prior of the unread pseudo-reading.
 * </ul>
 *
 * Normalised, these give the posterior over readings and the probability that the claim is right
 * as stated, right only for a confused scope, wrong, or undecidable. (The 1/q form follows from
 * the fits of the other readings being accidents under either hypothesis.)
 */
public final class LogLinearRanker implements ReadingRanker {
    private final ClaimModel model;

    public LogLinearRanker(ClaimModel model) {
        this.model = requireNonNull(model, "model is null");
    }

    @Override
    public Posterior rank(List<Evaluated> candidates) {
        int n = candidates.size();
        double[] prior = new double[n];
        // The readings not built are one more reading, with a weight of their own: a reading that assumes more cedes to
        // them.
        double top = model.unread();
        for (int i = 0; i < n; i++) {
            prior[i] = score(candidates.get(i).candidate().features());
            top = Math.max(top, prior[i]);
        }
        double norm = Math.exp(model.unread() - top);
        for (int i = 0; i < n; i++) {
            prior[i] = Math.exp(prior[i] - top);
            norm += prior[i];
        }
        double unread = Math.exp(model.unread() - top) / norm;
        double pi = model.rightShare();
        double unanswered = Math.exp(model.unanswered());
        double accurate = 0;
        double misleading = 0;
        double wrong = 0;
        double unknown = unread;
        double[] right = new double[n];
        double[] mass = new double[n];
        for (int i = 0; i < n; i++) {
            prior[i] = prior[i] / norm;
            Evaluated evaluated = candidates.get(i);
            if (!evaluated.answered()) {
                mass[i] = prior[i] * unanswered;
                unknown += mass[i];
                continue;
            }
            Fit fit = evaluated.fit().orElseThrow();
            double meantWrong = fit.fits() ? 0 : prior[i] * (1 - pi) * missLikelihood(fit.miss());
            right[i] = fit.fits() ? prior[i] * pi / fit.chance() : 0;
            mass[i] = right[i] + meantWrong;
            wrong += meantWrong;
            if (evaluated.candidate().confused()) {
                misleading += right[i];
            } else {
                accurate += right[i];
            }
        }
        double total = accurate + misleading + wrong + unknown;
        List<Weighed> weighed = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            weighed.add(new Weighed(candidates.get(i), prior[i], mass[i] / total, right[i] / total));
        }
        weighed.sort(Comparator.comparingDouble(Weighed::posterior).reversed());
        return new Posterior(weighed, accurate / total, misleading / total, wrong / total, unknown / total);
    }

    /**
     * How likely a wrong figure lands this far from the true one, against a made-up figure (spread
     * evenly over the tolerance's scale): wrong published figures scatter around the truth
     * (a Laplace law, scale fitted), so a near miss points to an error and a far one to a misreading.
     */
    private double missLikelihood(Fit.Miss miss) {
        return switch (miss.scale()) {
            case LOG ->
                Tolerance.LOG_SPREAD / (2 * model.logScatter()) * Math.exp(-miss.distance() / model.logScatter());
            case POINTS ->
                Tolerance.POINT_SPREAD / (2 * model.pointScatter()) * Math.exp(-miss.distance() / model.pointScatter());
            case NONE -> 1;
        };
    }

    private double score(Map<Feature, Integer> features) {
        double sum = 0;
        for (Map.Entry<Feature, Integer> entry : features.entrySet()) {
            sum += model.weight(entry.getKey()) * entry.getValue();
        }
        return sum;
    }
}
