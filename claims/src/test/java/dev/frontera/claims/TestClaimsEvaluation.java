package dev.frontera.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestClaimsEvaluation {
    @Test
    void runs_the_shared_dev_set_and_finds_most_claims() throws IOException {
        Optional<Path> dev = ClaimsEvaluation.devSet();
        assumeTrue(dev.isPresent(), "skipped: shared dev.jsonl not found");

        ClaimsEvaluation.Report report = ClaimsEvaluation.run(new FakeOfficialRecord(), dev.get());
        System.out.println("dev.jsonl with the fake record: " + report);

        assertThat(report.scored()).isEqualTo(139);
        assertThat(report.found()).isGreaterThan(report.scored() / 2);
    }
}
