package dev.frontera.claims;

import dev.frontera.data.PublishedRecord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestClaimsEvaluation {
    @Test
    void judges_the_shared_dev_set_against_the_published_record() throws IOException {
        Optional<Path> dev = ClaimsEvaluation.devSet();
        assumeTrue(dev.isPresent(), "skipped: shared dev.jsonl not found");

        ClaimsEvaluation.Report report = ClaimsEvaluation.run(PublishedRecord.full(), dev.get());
        report.misses().forEach(System.out::println);
        System.out.println("dev.jsonl against the published record: " + report);

        assertThat(report.scored()).isEqualTo(139);
        // Floors a little below the measured figures (docs/CLAIMS.md), so a regression fails the build.
        assertThat(report.found()).isGreaterThanOrEqualTo(120);
        assertThat(report.verdictAccuracy()).isGreaterThanOrEqualTo(0.64);
        assertThat(report.readingAccuracy()).isGreaterThanOrEqualTo(0.625);
    }
}
