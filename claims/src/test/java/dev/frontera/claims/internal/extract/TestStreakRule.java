package dev.frontera.claims.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontera.core.period.Period;
import dev.frontera.text.Sentence;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestStreakRule {
    private static final LocalDate PUBLISHED = LocalDate.of(2023, 2, 13);
    private static final YearMonth LAST_PUBLISHED = YearMonth.of(2022, 12);
    private final ClaimExtractor extractor = new ClaimExtractor();

    private ExtractedClaim first(String sentence) {
        List<ExtractedClaim> claims =
                extractor.extract(extractor.mentions(new Sentence(sentence, 0), PUBLISHED), PUBLISHED);
        return claims.get(0);
    }

    @Test
    void a_bound_kept_since_a_date_is_a_run_from_it() {
        assertThat(first("Monthly apprehensions have remained under 5,000 since February.")
                        .streak())
                .contains(new Streak(0, true, false));
        // The "since" may open the sentence.
        assertThat(first("Since President Trump took office, monthly Border Patrol apprehensions at the southwest"
                                + " border have stayed below 10,000.")
                        .streak())
                .contains(new Streak(0, true, false));
        // Stayed, with no date to run from, is one period's figure.
        assertThat(first("Apprehensions stayed below 100,000 in July.").streak())
                .isEmpty();
    }

    @Test
    void a_bound_for_the_nth_month_in_a_row_is_a_run_ending_at_the_month() {
        for (String run : List.of(
                "the third month in a row",
                "the third straight month",
                "a third consecutive month",
                "three months running")) {
            ExtractedClaim claim = first("Encounters topped 200,000 for " + run + " in May.");
            assertThat(claim.streak()).as(run).contains(new Streak(3, false, false));
            assertThat(claim.bound()).isEqualTo(Qualifier.OVER);
        }
        assertThat(first("Border Patrol arrests stayed under 50,000 for the 4th consecutive month.")
                        .streak())
                .contains(new Streak(4, false, false));
    }

    @Test
    void a_denied_bound_since_a_month_is_its_opposite_from_the_month_after() {
        ExtractedClaim claim =
                first("Agents have not apprehended fewer than 150,000 migrants at the border since February 2021.");

        assertThat(claim.streak()).contains(new Streak(0, true, true));
        assertThat(claim.bound()).isEqualTo(Qualifier.AT_LEAST);
        assertThat(claim.streak().orElseThrow().window(Period.month(YearMonth.of(2021, 2)), LAST_PUBLISHED))
                .contains(Period.months(YearMonth.of(2021, 3), LAST_PUBLISHED));
        assertThat(first("Crossings haven't topped 10,000 at the border since June 2024.")
                        .bound())
                .isEqualTo(Qualifier.UNDER);
    }

    @Test
    void every_month_since_includes_the_month_named() {
        ExtractedClaim claim = first("Encounters at the border have been above 150,000 every month since March 2021.");

        assertThat(claim.streak()).contains(new Streak(0, true, false));
        assertThat(claim.rate()).isEqualTo(Rate.NONE); // "every month" names the months, not an average
        assertThat(claim.streak().orElseThrow().window(Period.month(YearMonth.of(2021, 3)), LAST_PUBLISHED))
                .contains(Period.months(YearMonth.of(2021, 3), LAST_PUBLISHED));
    }

    @Test
    void in_each_of_the_months_of_a_run_is_a_bound_on_every_one() {
        ExtractedClaim claim = first(
                "The agency recorded more than 200,000 encounters in each of the last three months of fiscal 2022.");

        assertThat(claim.streak()).contains(new Streak(0, false, false));
    }

    @Test
    void an_exact_figure_or_a_streak_of_changes_is_no_run_of_bounds() {
        assertThat(first("Encounters reached 200,000 for the third month in a row.")
                        .streak())
                .isEmpty();
        assertThat(first("Apprehensions fell 10% for the fifth consecutive monthly drop at the border.")
                        .streak())
                .isEmpty();
        assertThat(first("More than 200,000 migrants crossed in May, the agency said; it was the third month in a row"
                                + " of rising numbers at the border.")
                        .streak())
                .as("streak words in another clause")
                .isEmpty();
        assertThat(first("Agents have not seen more than 5,000 a day at the border.")
                        .streak())
                .as("a denial with no since is not a run")
                .isEqualTo(Optional.empty());
    }

    @Test
    void the_third_month_in_a_row_cannot_end_at_a_year() {
        Streak three = new Streak(3, false, false);
        assertThat(three.window(Period.fiscalYear(2022), LAST_PUBLISHED)).isEmpty();
        assertThat(three.window(Period.month(YearMonth.of(2019, 5)), LAST_PUBLISHED))
                .contains(Period.months(YearMonth.of(2019, 3), YearMonth.of(2019, 5)));
    }

    @Test
    void an_average_bounds_the_average_but_the_noun_elsewhere_leaves_the_run() {
        assertThat(first("Apprehensions averaged more than 180,000 each month in fiscal 2022.")
                        .streak())
                .isEmpty();
        // The rule alone: the noun "average" elsewhere in the clause does not make the bound an average's.
        String noun = "Encounters, well above the pre-pandemic average, have exceeded 150,000 in each of the last eight"
                + " months.";
        dev.frontera.claims.internal.numbers.Quantity count = new dev.frontera.claims.internal.numbers.QuantityFinder()
                .find(noun)
                .get(0);
        assertThat(new StreakRule().find(noun, count, Qualifier.OVER)).isPresent();
    }
}
