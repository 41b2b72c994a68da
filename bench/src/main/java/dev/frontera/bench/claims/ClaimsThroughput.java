package dev.frontera.bench.claims;

import dev.frontera.bench.harness.Report;
import dev.frontera.bench.harness.SharedData;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** Runs the claims benchmarks and reports claims/s against the SQL baseline, and the seed article's latency. */
public final class ClaimsThroughput {
    private ClaimsThroughput() {}

    public static void main(String[] args) throws RunnerException {
        run(Boolean.getBoolean("bench.long"));
    }

    public static List<String> run(boolean long_) throws RunnerException {
        SharedData.officialCsvFiles(); // fails here, clearly, when the shared files are absent
        SharedData.seedArticle();
        Options options = new OptionsBuilder()
                .include(ClaimsThroughputBenchmark.class.getName())
                .include(SeedArticleBenchmark.class.getName())
                .forks(1)
                .warmupIterations(long_ ? 5 : 2)
                .warmupTime(TimeValue.seconds(long_ ? 5 : 3))
                .measurementIterations(long_ ? 10 : 4)
                .measurementTime(TimeValue.seconds(long_ ? 5 : 3))
                .jvmArgsAppend(
                        "-Xmx2g", "-Dfrontera.shared=" + SharedData.root(), "-Dfrontera.record=" + SharedData.record())
                .build();
        Collection<RunResult> results = new Runner(options).run();
        double checker = claimsPerSecond(results, "checker");
        double baseline = claimsPerSecond(results, "sqlPerCandidate");
        double[] seed = seedMillis(results);
        List<String> lines = new ArrayList<>();
        lines.add(String.format(
                Locale.ROOT,
                "claims throughput (2 threads, %d generated articles): checker %.0f claims/s vs one-SQL-per-question baseline %.0f claims/s",
                ClaimsCorpus.ARTICLES,
                checker,
                baseline));
        lines.add(String.format(
                Locale.ROOT,
                "claims: checker %.0f claims/s (goal >= 1,000) %s; %.1fx the baseline (goal >= 10x) %s",
                checker,
                Report.verdict(checker >= 1000),
                checker / baseline,
                Report.verdict(checker / baseline >= 10)));
        lines.add(String.format(
                Locale.ROOT,
                "claims: seed article checked warm in p50 %.2f ms, p99 %.2f ms (goal < 30 ms) %s",
                seed[0],
                seed[1],
                Report.verdict(seed[0] < 30)));
        Report.write("claims", lines);
        return lines;
    }

    private static double claimsPerSecond(Collection<RunResult> results, String method) {
        for (RunResult result : results) {
            if (result.getParams().getBenchmark().endsWith("." + method)) {
                Result<?> claims = result.getSecondaryResults().get("claims");
                if (claims == null) {
                    throw new IllegalStateException("no claims counter in the result of " + method);
                }
                return claims.getScore();
            }
        }
        throw new IllegalStateException("no JMH result for " + method);
    }

    private static double[] seedMillis(Collection<RunResult> results) {
        for (RunResult result : results) {
            if (result.getParams().getBenchmark().endsWith(".seedArticle")) {
                var statistics = result.getPrimaryResult().getStatistics();
                return new double[] {statistics.getPercentile(50) / 1000, statistics.getPercentile(99) / 1000};
            }
        }
        throw new IllegalStateException("no JMH result for seedArticle");
    }
}
