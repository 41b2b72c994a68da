package dev.frontera.claims.internal.verdict;

import static java.util.Objects.requireNonNull;

import dev.frontera.claims.internal.extract.ExtractedClaim;
import dev.frontera.claims.internal.rank.ClaimModel;
import dev.frontera.claims.internal.rank.Posterior;
import dev.frontera.claims.internal.reading.Feature;
import dev.frontera.claims.internal.verdict.Judgement.Ground;
import dev.frontera.core.Verdict;

/**
 * Turns a posterior into a verdict, erring towards silence. Two questions are kept apart: whether
 * a reading the checker built and the record answered is meant at all (if the undecidable share
 * passes {@code doubtAt}, the claim is unverifiable), and, given that one is, whether the claim is
 * right. A claim is called inaccurate only when the readings the words support disagree with it
 * with enough weight ({@code flagAt}); misleading when only a scope often confused with the stated
 * one fits; accurate when being right is likely enough ({@code acceptAt}). Everything else is
 * unverifiable, saying whether the record does not cover the likely readings or the figure could
 * not be pinned down. Words that put a claim beyond monthly figures (a forecast, a single day, got-aways)
 * decide before any reading is weighed. The thresholds are the model's, fitted, not chosen by taste.
 */
public final class VerdictPolicy {
    /** How sure a verdict that the words alone decide is; measured on labelled claims (docs/CLAIMS.md). */
    static final double RULED_OUT_CONFIDENCE = 0.85;
    /** A supported reading that fits decides for "accurate" unless confused scopes fit far better (four times the weight). */
    static final double STATED_SHARE = 0.25;

    private final ClaimModel model;

    public VerdictPolicy(ClaimModel model) {
        this.model = requireNonNull(model, "model is null");
    }

    /** The verdict, with its confidence calibrated to how often such verdicts are right. */
    public Judgement decide(ExtractedClaim claim, Posterior posterior) {
        Judgement raw = decideRaw(claim, posterior);
        if (raw.ground() == Ground.WORDS_RULE_OUT) {
            return raw; // already a measured rate, not a posterior
        }
        return new Judgement(raw.verdict(), model.calibration().apply(raw.confidence()), raw.basis(), raw.ground());
    }

    private Judgement decideRaw(ExtractedClaim claim, Posterior posterior) {
        if (claim.unverifiable().isPresent()) {
            return new Judgement(
                    Verdict.UNVERIFIABLE, RULED_OUT_CONFIDENCE, posterior.mostLikely(), Ground.WORDS_RULE_OUT);
        }
        double unknown = posterior.unknown();
        double decided = 1 - unknown;
        boolean covered =
                posterior.mostLikely().map(w -> w.evaluated().answered()).orElse(false);
        if (unknown > model.doubtAt() || decided <= 0) {
            return new Judgement(
                    Verdict.UNVERIFIABLE,
                    unknown,
                    posterior.mostLikely(),
                    covered ? Ground.UNDECIDED : Ground.NOT_COVERED);
        }
        // Given that a reading built and answered is meant: right as stated, right for a confused scope, or wrong.
        double accurate = posterior.accurate() / decided;
        double misleading = posterior.misleading() / decided;
        double wrong = posterior.inaccurate() / decided;
        // A reading the words support that fits makes the claim true as stated, whatever confused scopes fit too.
        boolean statedFits = posterior.bestRight(false).isPresent() && accurate >= misleading * STATED_SHARE;
        if (accurate + misleading >= model.acceptAt() && statedFits) {
            return new Judgement(
                    Verdict.ACCURATE,
                    posterior.accurate() + posterior.misleading(),
                    posterior.bestRight(false),
                    Ground.FITS);
        }
        // A sentence that points back ("This represents ...", "Of those ...") takes its scope from text the
        // checker was not given: no reading it built is the words' own, so it cannot be sure the stated scope
        // fails, whether the claim is then called wrong or right only for a confused scope.
        boolean pointsBack = posterior
                .mostLikely()
                .map(w -> w.evaluated().candidate().features().containsKey(Feature.REFERS_BACK))
                .orElse(false);
        if (accurate + misleading >= model.acceptAt() && !pointsBack) {
            return new Judgement(
                    Verdict.MISLEADING, posterior.misleading(), posterior.bestRight(true), Ground.FITS_CONFUSED_SCOPE);
        }
        if (wrong >= model.flagAt() && !pointsBack) {
            return new Judgement(
                    Verdict.INACCURATE,
                    posterior.inaccurate() + unknown * (1 - model.rightShare()),
                    posterior.bestAnswered(),
                    Ground.NONE_FITS);
        }
        // No reading the words support fits, and the weight is split between "wrong" and "right only for a confused
        // scope": together they say the claim is not right as stated; the larger says how.
        if (wrong + misleading >= model.flagAt() && posterior.bestRight(false).isEmpty() && !pointsBack) {
            return wrong >= misleading
                    ? new Judgement(
                            Verdict.INACCURATE,
                            posterior.inaccurate() + posterior.misleading(),
                            posterior.bestAnswered(),
                            Ground.NONE_FITS)
                    : new Judgement(
                            Verdict.MISLEADING,
                            posterior.inaccurate() + posterior.misleading(),
                            posterior.bestRight(true),
                            Ground.FITS_CONFUSED_SCOPE);
        }
        double undecided = 1 - Math.max(posterior.accurate() + posterior.misleading(), posterior.inaccurate());
        return new Judgement(
                Verdict.UNVERIFIABLE,
                undecided,
                posterior.mostLikely(),
                covered ? Ground.UNDECIDED : Ground.NOT_COVERED);
    }
}
