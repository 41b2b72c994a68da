package dev.frontera.movements.news;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontera.core.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestDistanceClaims {
    private static final LocalDate PUBLISHED = LocalDate.of(2023, 12, 28);
    private final DistanceClaims claims = DistanceClaims.standard();

    @Test
    void a_far_too_short_distance_from_a_named_place_is_inaccurate() {
        List<DistanceClaim> found = claims.find("Tapachula is only 200 miles from the US border.", PUBLISHED);
        assertThat(found).singleElement().satisfies(claim -> {
            assertThat(claim.verdict()).isEqualTo(Verdict.INACCURATE);
            assertThat(claim.subject()).hasValueSatisfying(s -> assertThat(s).startsWith("Tapachula, MX"));
            assertThat(claim.explanation()).contains("outside the straight-line and road distances");
        });
    }

    @Test
    void a_place_named_after_the_distance_is_where_it_is_measured_from() {
        List<DistanceClaim> found = claims.find(
                "The caravan of roughly 7,000 people was about 1,000 miles south of the border at Tapachula.",
                PUBLISHED);
        assertThat(found).singleElement().satisfies(claim -> {
            assertThat(claim.subject()).hasValueSatisfying(s -> assertThat(s).startsWith("Tapachula, MX"));
            assertThat(claim.verdict()).isNotEqualTo(Verdict.UNVERIFIABLE);
        });
    }

    @Test
    void kilometres_are_read_as_kilometres() {
        List<DistanceClaim> found = claims.find("Monterrey lies some 220 km south of the border.", PUBLISHED);
        assertThat(found).singleElement().satisfies(claim -> {
            assertThat(claim.claimed().kilometres()).isEqualTo(220.0);
            assertThat(claim.verdict()).isEqualTo(Verdict.ACCURATE);
        });
    }

    @Test
    void a_group_with_no_known_position_is_unverifiable() {
        List<DistanceClaim> found = claims.find("The caravan is now 500 miles south of the US border.", PUBLISHED);
        assertThat(found).singleElement().extracting(DistanceClaim::verdict).isEqualTo(Verdict.UNVERIFIABLE);
    }

    @Test
    void does_not_fire_on_distances_that_are_not_to_the_border() {
        assertThat(claims.find("The caravan walked 30 miles on Tuesday.", PUBLISHED))
                .isEmpty();
    }

    @Test
    void judges_more_than_from_one_side() {
        assertThat(DistanceClaims.judge(1000, "more than", 1300, 1800)).isEqualTo(Verdict.ACCURATE);
        assertThat(DistanceClaims.judge(3000, "more than", 1300, 1800)).isEqualTo(Verdict.INACCURATE);
        assertThat(DistanceClaims.judge(1600, "about", 1300, 1800)).isEqualTo(Verdict.ACCURATE);
        assertThat(DistanceClaims.judge(2200, "", 1300, 1800)).isEqualTo(Verdict.INACCURATE);
    }
}
