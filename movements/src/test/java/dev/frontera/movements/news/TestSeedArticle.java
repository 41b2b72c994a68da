package dev.frontera.movements.news;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.frontera.core.Verdict;
import dev.frontera.movements.gazetteer.Gazetteer;
import dev.frontera.movements.sightings.SizeEstimate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The seed article in ../shared/fixtures (read there, never copied); skipped when shared/ is absent. */
class TestSeedArticle {
    private static final LocalDate PUBLISHED = LocalDate.of(2023, 12, 28);

    @Test
    void proposes_a_movement_from_tapachula_on_christmas_eve_with_about_7000_people_and_four_nationalities() {
        CaravanReport report = new CaravanReports(Gazetteer.standard())
                .find(article(), PUBLISHED)
                .orElseThrow();
        assertThat(report.origin().orElseThrow().name()).isEqualTo("Tapachula");
        assertThat(report.departed()).contains(LocalDate.of(2023, 12, 24));
        assertThat(report.size()).contains(SizeEstimate.of(7000, "roughly", "news report"));
        assertThat(report.nationalities()).containsExactly("honduras", "el-salvador", "venezuela", "haiti");
        assertThat(report.othersMentioned()).isTrue();
        assertThat(report.proposedSighting("https://example.org/a")
                        .orElseThrow()
                        .place())
                .isEqualTo("Tapachula");
        assertThat(report.proposedMovement("Exodus from poverty").orElseThrow().firstReported())
                .isEqualTo(LocalDate.of(2023, 12, 24));
    }

    @Test
    void checks_the_thousand_miles_claim_from_tapachula() {
        List<DistanceClaim> claims = DistanceClaims.standard().find(article(), PUBLISHED);
        assertThat(claims).hasSize(1);
        DistanceClaim claim = claims.get(0);
        assertThat(claim.claimedText()).isEqualTo("around 1,000 miles");
        assertThat(claim.claimed().miles()).isEqualTo(1000.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(claim.subject().orElseThrow()).startsWith("Tapachula, MX");
        // Straight line about 823 mi, road about 1,150 mi: 1,000 mi lies between them.
        assertThat(claim.straightLine().orElseThrow().miles()).isBetween(800.0, 840.0);
        assertThat(claim.road().orElseThrow().miles()).isBetween(1000.0, 1300.0);
        assertThat(claim.verdict()).isEqualTo(Verdict.ACCURATE);
        assertThat(claim.explanation())
                .contains("great circle")
                .contains("circuity factor")
                .contains("2023-12-24");
    }

    private static String article() {
        Path shared =
                Path.of(Optional.ofNullable(System.getenv("FRONTERA_SHARED")).orElse("../../shared"));
        Path file = shared.resolve("fixtures/articles/blinken-mexico-city-2023-12.txt");
        assumeTrue(Files.isReadable(file), "shared fixtures absent: " + file);
        try {
            return Files.readString(file, UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
