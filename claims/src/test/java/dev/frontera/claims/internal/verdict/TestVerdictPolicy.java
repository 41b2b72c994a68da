package dev.frontera.claims.internal.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontera.claims.internal.extract.ClaimExtractor;
import dev.frontera.claims.internal.extract.ExtractedClaim;
import dev.frontera.claims.internal.rank.ClaimModel;
import dev.frontera.claims.internal.rank.Posterior;
import dev.frontera.claims.internal.rank.Weighed;
import dev.frontera.claims.internal.reading.Candidate;
import dev.frontera.claims.internal.reading.CandidateSpace;
import dev.frontera.claims.internal.reading.ClaimContext;
import dev.frontera.claims.internal.verify.Evaluated;
import dev.frontera.core.Verdict;
import dev.frontera.text.Sentence;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestVerdictPolicy {
    private static final LocalDate PUBLISHED = LocalDate.of(2023, 12, 28);
    // accept at 0.5, flag at 0.7, doubt at 0.5
    private static final VerdictPolicy POLICY = new VerdictPolicy(ClaimModel.initial());
    private final ClaimExtractor extractor = new ClaimExtractor();

    private ExtractedClaim claim(String sentence) {
        return extractor
                .extract(extractor.mentions(new Sentence(sentence, 0), PUBLISHED), PUBLISHED)
                .get(0);
    }

    private static Posterior posterior(double accurate, double misleading, double wrong, double unknown) {
        return new Posterior(List.of(), accurate, misleading, wrong, unknown);
    }

    @Test
    void says_nothing_when_no_reading_built_is_likely_meant() {
        ExtractedClaim claim = claim("Agents apprehended 150,000 migrants in November.");
        assertThat(POLICY.decide(claim, posterior(0.2, 0, 0.2, 0.6)).verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    }

    @Test
    void weighs_right_and_wrong_given_that_a_built_reading_is_meant() {
        ExtractedClaim claim = claim("Agents apprehended 150,000 migrants in November.");
        assertThat(POLICY.decide(claim, posterior(0, 0, 0.45, 0.4)).verdict()).isEqualTo(Verdict.INACCURATE);
        assertThat(POLICY.decide(claim, posterior(0, 0, 0.3, 0.4)).verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(POLICY.decide(claim, posterior(0, 0.7, 0.1, 0.2)).verdict()).isEqualTo(Verdict.MISLEADING);
    }

    /** A posterior whose likeliest reading is the claim's first candidate. */
    private static Posterior likeliestFirst(ExtractedClaim claim, double misleading, double wrong) {
        ClaimContext context =
                new ClaimContext(Optional.empty(), Optional.empty(), PUBLISHED, java.time.YearMonth.of(2023, 11));
        Candidate candidate =
                CandidateSpace.build(claim, context, Optional.empty()).get(0);
        Weighed weighed = new Weighed(
                new Evaluated(candidate, Optional.empty(), Optional.empty(), Optional.empty(), ""), 1, 1, 0);
        return new Posterior(List.of(weighed), 0, misleading, wrong, 1 - misleading - wrong);
    }

    /** A posterior sure the claim is wrong, whose likeliest reading is the claim's first candidate. */
    private static Posterior sureItIsWrong(ExtractedClaim claim) {
        return likeliestFirst(claim, 0, 0.95);
    }

    @Test
    void never_calls_wrong_a_figure_whose_sentence_points_back_to_text_it_was_not_given() {
        ExtractedClaim pointsBack = claim("This represents an increase of nearly 22 percent over the previous month.");
        ExtractedClaim own = claim("Agents apprehended 150,000 migrants in November.");

        assertThat(POLICY.decide(pointsBack, sureItIsWrong(pointsBack)).verdict())
                .isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(POLICY.decide(own, sureItIsWrong(own)).verdict()).isEqualTo(Verdict.INACCURATE);
    }

    @Test
    void never_calls_misleading_a_figure_whose_sentence_points_back_either() {
        // Only a confused scope fits; but the stated scope is in text the checker was not given.
        ExtractedClaim pointsBack = claim("This represents nearly 64 percent of all migrant crossings.");
        ExtractedClaim own = claim("Agents apprehended 150,000 migrants in November.");

        assertThat(POLICY.decide(pointsBack, likeliestFirst(pointsBack, 0.7, 0.2))
                        .verdict())
                .isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(POLICY.decide(own, likeliestFirst(own, 0.7, 0.2)).verdict()).isEqualTo(Verdict.MISLEADING);
    }

    @Test
    void lets_words_that_rule_a_figure_out_decide_first() {
        ExtractedClaim forecast = claim("Encounters are on pace to reach 3 million this fiscal year.");
        assertThat(forecast.unverifiable()).isPresent();
        assertThat(POLICY.decide(forecast, posterior(0.9, 0, 0.05, 0.05)).verdict())
                .isEqualTo(Verdict.UNVERIFIABLE);
    }

    @Test
    void reports_the_calibrated_confidence_of_a_weighed_verdict_and_the_measured_rate_of_one_the_words_decide() {
        dev.frontera.claims.internal.rank.Calibration softer =
                new dev.frontera.claims.internal.rank.Calibration(0.5, 0);
        VerdictPolicy calibrated = new VerdictPolicy(ClaimModel.initial().withCalibration(softer));
        ExtractedClaim claim = claim("Agents apprehended 150,000 migrants in November.");

        Judgement raw = POLICY.decide(claim, posterior(0, 0, 0.85, 0.1));
        Judgement shown = calibrated.decide(claim, posterior(0, 0, 0.85, 0.1));
        assertThat(shown.verdict()).isEqualTo(raw.verdict()).isEqualTo(Verdict.INACCURATE);
        assertThat(shown.confidence())
                .isCloseTo(softer.apply(raw.confidence()), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(shown.confidence()).isLessThan(raw.confidence());

        ExtractedClaim forecast = claim("Encounters are on pace to reach 3 million this fiscal year.");
        assertThat(calibrated.decide(forecast, posterior(0.9, 0, 0.05, 0.05)).confidence())
                .isEqualTo(VerdictPolicy.RULED_OUT_CONFIDENCE);
    }

    @Test
    void a_calibration_keeps_order_and_one_half_under_no_shift() {
        dev.frontera.claims.internal.rank.Calibration calibration =
                new dev.frontera.claims.internal.rank.Calibration(0.4, 0);
        assertThat(calibration.apply(0.5)).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(calibration.apply(0.99))
                .isGreaterThan(calibration.apply(0.9))
                .isLessThan(0.99);
        assertThat(dev.frontera.claims.internal.rank.Calibration.IDENTITY.apply(0.8))
                .isCloseTo(0.8, org.assertj.core.data.Offset.offset(1e-12));
    }
}
