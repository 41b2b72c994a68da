package dev.frontera.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontera.core.Verdict;
import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.dimension.Region;
import dev.frontera.data.PublishedRecord;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Claims about one sector are read and explained in the region the record puts that sector in. */
class TestAreasOnPublishedRecord {
    private static final ClaimChecker CHECKER = ClaimChecker.create(PublishedRecord.full());

    @Test
    void a_claim_about_the_livermore_sector_is_explained_off_the_southwest_border() {
        // The Border Patrol's own tables count Livermore with the coastal sectors (716 in October 1999).
        CheckedClaim claim = CHECKER.check(
                        "Border Patrol agents in the Livermore Sector apprehended 716 migrants in October 1999.",
                        LocalDate.of(2005, 3, 1))
                .claims()
                .get(0);

        assertThat(Readings.of(claim).filters()).containsEntry(Dimension.AREA, Set.of("livermore"));
        assertThat(Readings.of(claim).region()).isEqualTo(Region.OTHER);
        assertThat(claim.verdict()).isEqualTo(Verdict.ACCURATE);
        assertThat(claim.explanation()).contains("Livermore").doesNotContain("southwest");
    }

    @Test
    void a_claim_about_a_southwest_sector_is_explained_at_the_southwest_border() {
        CheckedClaim claim = CHECKER.check(
                        "Border Patrol agents in the Tucson Sector apprehended 716 migrants in October 1999.",
                        LocalDate.of(2005, 3, 1))
                .claims()
                .get(0);

        assertThat(Readings.of(claim).region()).isEqualTo(Region.SOUTHWEST);
    }
}
