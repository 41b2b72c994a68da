package dev.frontera.claims.internal.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontera.claims.internal.extract.ClaimExtractor;
import dev.frontera.claims.internal.extract.ExtractedClaim;
import dev.frontera.claims.internal.rank.ClaimModel;
import dev.frontera.claims.internal.rank.Posterior;
import dev.frontera.core.Verdict;
import dev.frontera.text.Sentence;
import java.time.LocalDate;
import java.util.List;
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

    @Test
    void lets_words_that_rule_a_figure_out_decide_first() {
        ExtractedClaim forecast = claim("Encounters are on pace to reach 3 million this fiscal year.");
        assertThat(forecast.unverifiable()).isPresent();
        assertThat(POLICY.decide(forecast, posterior(0.9, 0, 0.05, 0.05)).verdict())
                .isEqualTo(Verdict.UNVERIFIABLE);
    }
}
