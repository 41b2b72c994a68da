package dev.frontera.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.frontera.claims.internal.rank.ClaimModel;
import dev.frontera.data.PublishedRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The checker on the shared labelled claims, held out by source: the model is fitted on four
 * folds of sources and scored on the fifth, in turn, from the same starting model the shipped one
 * is fitted from. These are the figures new writing will see; the floors, on the mean of five deals
 * of the sources into folds, sit a little below the measured ones (docs/CLAIMS.md), so a regression
 * fails the build; false alarms are held to the goal of 3%.
 */
class TestClaimsEvaluation {
    @Test
    void judges_sources_it_was_not_fitted_on_above_the_floors() throws IOException {
        Optional<Path> dev = LabeledClaim.devSet();
        assumeTrue(
                dev.isPresent(),
                "skipped: the shared labelled claims (fixtures/claims/dev.jsonl) are not beside this checkout");

        List<LabeledEvidence> all = ClaimsEvaluation.evidence(PublishedRecord.full(), dev.get());
        Scorecard heldOut = ClaimsEvaluation.heldOut(all, ClaimModel.initial());
        System.out.println("held out, 5 folds by source: " + heldOut);
        System.out.print(heldOut.confusion());
        System.out.print(heldOut.reliability());

        // The floors hold the mean of five deals of the sources into folds: one deal moves by a claim
        // or two when any training claim moves the fitted thresholds, the mean by a fifth of that.
        ClaimsEvaluation.DealMeans mean = ClaimsEvaluation.meanOfDeals(all, ClaimModel.initial(), 5, heldOut);
        System.out.println("held out, mean of 5 deals: " + mean);

        assertThat(heldOut.scored()).isGreaterThanOrEqualTo(320);
        assertThat(mean.recall()).isGreaterThanOrEqualTo(0.95);
        assertThat(mean.verdictRight()).isGreaterThanOrEqualTo(0.80);
        assertThat(mean.falseAlarms()).isLessThanOrEqualTo(0.03);
        assertThat(mean.flagsRight()).isGreaterThanOrEqualTo(0.87);
        assertThat(mean.errorsCaught()).isGreaterThanOrEqualTo(0.52);
        assertThat(mean.brier()).isLessThanOrEqualTo(0.12);
    }
}
