package dev.frontera.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontera.core.Verdict;
import dev.frontera.data.PublishedRecord;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Figures written as a spread between two ends, checked as one claim: the official figure must lie
 * between them. Read end by end, each end was an exact figure that missed, and a true range was
 * flagged twice. Figures: Border Patrol at the southwest border, December 2023, 249,740 (8,056 a day);
 * fiscal 2022, 2,206,436; all southwest encounters in fiscal 2023, 2,475,669, of which family units
 * 821,537 (33.2%).
 */
class TestRangesOnPublishedRecord {
    private static final ClaimChecker CHECKER = ClaimChecker.create(PublishedRecord.full());
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 2, 20);

    private static List<CheckedClaim> claims(String sentence) {
        return CHECKER.check(sentence, PUBLISHED).claims();
    }

    @Test
    void a_true_range_is_one_claim_and_accurate() {
        for (String sentence : List.of(
                "Border Patrol agents apprehended between 7,000 and 9,000 migrants a day at the southwest border in"
                        + " December 2023.",
                "Border Patrol agents at the southwest border apprehended 8,000-10,000 migrants a day in December"
                        + " 2023.")) {
            List<CheckedClaim> claims = claims(sentence);
            assertThat(claims).as(sentence).hasSize(1);
            assertThat(claims.get(0).qualifier()).isEqualTo("range");
            assertThat(claims.get(0).verdict()).as(sentence).isEqualTo(Verdict.ACCURATE);
        }
    }

    @Test
    void a_range_of_percentages_is_a_share_between_its_ends() {
        List<CheckedClaim> claims = claims("In fiscal 2023, family units made up between 30 and 35 percent of"
                + " encounters at the southwest border.");
        assertThat(claims).hasSize(1);
        assertThat(claims.get(0).verdict()).isEqualTo(Verdict.ACCURATE);
    }

    @Test
    void a_range_the_figure_lies_outside_is_wrong() {
        List<CheckedClaim> claims = claims("Border Patrol agents apprehended 1.5 to 2 million migrants at the southwest"
                + " border in fiscal 2022.");
        assertThat(claims).hasSize(1);
        assertThat(claims.get(0).verdict()).isEqualTo(Verdict.INACCURATE);
    }
}
