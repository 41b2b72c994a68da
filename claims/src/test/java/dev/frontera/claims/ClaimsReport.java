package dev.frontera.claims;

import dev.frontera.data.PublishedRecord;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Prints the figures docs/CLAIMS.md reports: verdict and reading accuracy on the shared dev set
 * against the real published record. Extraction precision and recall on our own set are printed
 * by {@link TestExtractionSet}. Run: {@code java ... dev.frontera.claims.ClaimsReport}.
 */
public final class ClaimsReport {
    private ClaimsReport() {}

    public static void main(String[] args) throws IOException {
        Path dev = ClaimsEvaluation.devSet().orElseThrow(() -> new IllegalStateException("dev.jsonl not found; set FRONTERA_SHARED"));
        ClaimsEvaluation.Report report = ClaimsEvaluation.run(PublishedRecord.full(), dev);
        if (args.length > 0 && args[0].equals("--misses")) {
            report.misses().forEach(System.out::println);
        }
        System.out.println("shared dev set (fixtures/claims/dev.jsonl), published record: " + report);
        System.out.printf(java.util.Locale.ROOT, "verdict accuracy among claims found: %.3f%n",
                report.found() == 0 ? 0 : report.verdictsRight() / (double) report.found());
    }
}
