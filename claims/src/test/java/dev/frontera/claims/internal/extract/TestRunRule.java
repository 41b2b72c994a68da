package dev.frontera.claims.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontera.text.Sentence;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestRunRule {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 8, 20);
    private final ClaimExtractor extractor = new ClaimExtractor();

    private List<ExtractedClaim> runs(String sentence) {
        return extractor.extract(extractor.mentions(new Sentence(sentence, 0), PUBLISHED), PUBLISHED).stream()
                .filter(c -> c.qualifier() == Qualifier.RUN)
                .toList();
    }

    @Test
    void a_verb_of_change_for_the_nth_month_in_a_row_claims_n_changes() {
        for (String sentence : List.of(
                "Apprehensions at the border fell for the third straight month in July.",
                "Apprehensions at the border have declined for a third consecutive month.",
                "Apprehensions at the border dropped for the 3rd month in a row.",
                "Apprehensions at the border declined for three consecutive months.",
                "It was the third consecutive monthly drop in border apprehensions.",
                "July brought three straight months of declines in border apprehensions.")) {
            assertThat(runs(sentence)).as(sentence).singleElement().satisfies(claim -> {
                assertThat(claim.change().direction()).isEqualTo(-1);
                assertThat(claim.streak()).contains(new Streak(4, false, false)); // three changes span four months
                assertThat(claim.quantity()).isEmpty();
            });
        }
        assertThat(runs("Encounters at the border rose for the second consecutive month."))
                .singleElement()
                .satisfies(claim -> assertThat(claim.change().direction()).isEqualTo(1));
    }

    @Test
    void a_number_before_the_run_makes_it_a_bound_on_each_month_not_a_run_of_changes() {
        String sentence = "Apprehensions at the border fell below 50,000 for the third straight month.";
        assertThat(runs(sentence)).isEmpty();
        ExtractedClaim bound = extractor
                .extract(extractor.mentions(new Sentence(sentence, 0), PUBLISHED), PUBLISHED)
                .get(0);
        assertThat(bound.streak()).contains(new Streak(3, false, false));
        assertThat(bound.bound()).isEqualTo(Qualifier.UNDER);
    }

    @Test
    void a_first_month_or_an_implausible_run_is_no_claim_and_a_forecast_stays_one() {
        assertThat(runs("Apprehensions at the border fell for the first straight month."))
                .isEmpty();
        assertThat(runs("Apprehensions at the border fell for the 99th straight month."))
                .isEmpty();
        assertThat(runs("July is on track to see the fifth consecutive monthly drop in border apprehensions."))
                .singleElement()
                .satisfies(claim -> assertThat(claim.unverifiable()).isPresent());
    }
}
