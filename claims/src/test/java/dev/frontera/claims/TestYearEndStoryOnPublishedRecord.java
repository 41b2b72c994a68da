package dev.frontera.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontera.core.Verdict;
import dev.frontera.data.PublishedRecord;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A year-end story in wire style, written for these tests and checked against the record first
 * (southwest border, FY2024: 2,135,005 encounters, 5,833 a day; ports 604,482, 28.3%, against 17.4%
 * in FY2023; Mexicans 653,684, 30.6%).
 */
class TestYearEndStoryOnPublishedRecord {
    private static final ClaimChecker CHECKER = ClaimChecker.create(PublishedRecord.full());
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 10, 25);

    @Test
    void every_true_figure_of_the_story_is_called_accurate() {
        String story = String.join(
                "\n\n",
                "Encounters at the southwest border totaled about 2.1 million in fiscal 2024.",
                "Nearly one in three migrants encountered at the southwest border in fiscal 2024 was Mexican.",
                "The daily average of encounters at the southwest border fell to about 5,800 in fiscal 2024.",
                "Ports of entry accounted for 28% of southwest border encounters in fiscal 2024, up from 17% a year"
                        + " earlier.");

        List<CheckedClaim> claims = CHECKER.check(story, PUBLISHED).claims();

        assertThat(claims)
                .hasSize(5)
                .allSatisfy(
                        claim -> assertThat(claim.verdict()).as(claim.text()).isEqualTo(Verdict.ACCURATE));
    }

    @Test
    void a_false_share_set_against_a_true_one_is_not_called_accurate() {
        CheckedClaim earlier = CHECKER.check(
                        "Ports of entry accounted for 28% of southwest border encounters in fiscal 2024, up from 35%"
                                + " a year earlier.",
                        PUBLISHED)
                .claims()
                .get(1);

        assertThat(earlier.verdict()).isNotEqualTo(Verdict.ACCURATE);
    }
}
