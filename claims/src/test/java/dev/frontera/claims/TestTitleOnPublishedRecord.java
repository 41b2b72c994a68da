package dev.frontera.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontera.core.Verdict;
import dev.frontera.core.dimension.Dimension;
import dev.frontera.data.PublishedRecord;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** "Under Title 8" narrows any count to the migrants processed under immigration law, not only the Border Patrol's. */
class TestTitleOnPublishedRecord {
    private static final ClaimChecker CHECKER = ClaimChecker.create(PublishedRecord.full());
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 1, 20);

    @Test
    void encounters_processed_under_title_8_are_every_components_title_8_count() {
        // Southwest encounters under Title 8, FY2023: 1,911,289 (CBP nationwide encounters by state).
        CheckedClaim claim = CHECKER.check(
                        "In fiscal year 2023, about 1.91 million migrants were processed under Title 8 at the"
                                + " southwest border.",
                        PUBLISHED)
                .claims()
                .get(0);

        assertThat(claim.verdict()).isEqualTo(Verdict.ACCURATE);
        assertThat(Readings.of(claim).filters()).containsEntry(Dimension.TITLE, Set.of("title-8"));
        assertThat(claim.explanation()).contains("under Title 8");
    }

    @Test
    void a_title_8_figure_far_from_the_record_is_not_called_right() {
        // Southwest encounters under Title 8, May 2023: 174,244, of them 139,801 the Border Patrol's.
        CheckedClaim claim = CHECKER.check(
                        "In May 2023, Title 8 encounters at the southwest border rose to 157,000.", PUBLISHED)
                .claims()
                .get(0);

        assertThat(claim.verdict()).isNotEqualTo(Verdict.ACCURATE);
    }

    @Test
    void expulsions_by_the_border_patrol_are_its_own_and_all_of_them_a_scope_confused_with_it() {
        // FY2020 at the southwest border: 197,043 Title 42 expulsions by the Border Patrol, 204,787 by CBP.
        LocalDate october = LocalDate.of(2020, 10, 20);
        String sentence =
                "Border Patrol agents expelled %s migrants under Title 42 at the southwest border in fiscal 2020.";
        CheckedClaim own =
                CHECKER.check(sentence.formatted("197,043"), october).claims().get(0);
        assertThat(own.verdict()).isEqualTo(Verdict.ACCURATE);
        assertThat(Readings.of(own).filters()).containsEntry(Dimension.COMPONENT, Set.of("usbp"));
        assertThat(own.explanation()).contains("by the Border Patrol");
        assertThat(CHECKER.check(sentence.formatted("204,787"), october)
                        .claims()
                        .get(0)
                        .verdict())
                .isEqualTo(Verdict.MISLEADING);
        CheckedClaim all = CHECKER.check(
                        "CBP expelled about 205,000 migrants under Title 42 at the southwest border in fiscal 2020.",
                        october)
                .claims()
                .get(0);
        assertThat(all.verdict()).isEqualTo(Verdict.ACCURATE);
        assertThat(Readings.of(all).filters()).doesNotContainKey(Dimension.COMPONENT);
    }
}
