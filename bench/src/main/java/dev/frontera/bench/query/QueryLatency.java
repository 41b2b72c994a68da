package dev.frontera.bench.query;

import dev.frontera.bench.harness.Report;
import dev.frontera.bench.harness.SharedData;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.util.Statistics;

/** Runs {@link QueryLatencyBenchmark} and reports engine p50/p99 against plain SQL's, measured in the same run. */
public final class QueryLatency {
    private QueryLatency() {}

    public static void main(String[] args) throws RunnerException {
        run(Boolean.getBoolean("bench.long"));
    }

    public static List<String> run(boolean long_) throws RunnerException {
        SharedData.officialCsvFiles(); // fails here, clearly, when the shared files are absent
        Options options = new OptionsBuilder()
                .include(QueryLatencyBenchmark.class.getName())
                .forks(1)
                .warmupIterations(long_ ? 5 : 3)
                .warmupTime(TimeValue.seconds(long_ ? 5 : 3))
                .measurementIterations(long_ ? 10 : 5)
                .measurementTime(TimeValue.seconds(long_ ? 5 : 3))
                .jvmArgsAppend(
                        "-Xmx1g", "-Dfrontera.shared=" + SharedData.root(), "-Dfrontera.record=" + SharedData.record())
                // Allocation per question and GC counts: a p99 far above p50 is usually collections or a busy machine.
                .addProfiler(GCProfiler.class)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        double[] engine = percentiles(results, "engine");
        double[] sql = percentiles(results, "sql");
        List<String> lines = new ArrayList<>();
        lines.add(String.format(
                Locale.ROOT,
                "query latency (warm, %d questions of issue 2, cycled): engine p50 %.4f ms, p99 %.4f ms vs SQL p50 %.3f ms, p99 %.3f ms",
                Question.issueTwo().size(),
                engine[0],
                engine[1],
                sql[0],
                sql[1]));
        lines.add(String.format(
                Locale.ROOT,
                "query latency: allocation per question: engine %.0f B vs SQL %.0f B (JVM side)",
                secondary(results, "engine", "gc.alloc.rate.norm"),
                secondary(results, "sql", "gc.alloc.rate.norm")));
        lines.add(String.format(
                Locale.ROOT,
                "query latency: engine p99 %.4f ms (goal < 5 ms) %s; SQL p99 / engine p99 = %.1fx",
                engine[1],
                Report.verdict(engine[1] < 5),
                sql[1] / engine[1]));
        Report.write("query", lines);
        return lines;
    }

    private static double secondary(Collection<RunResult> results, String name, String label) {
        for (RunResult result : results) {
            if (result.getParams().getBenchmark().endsWith("." + name)
                    && result.getSecondaryResults().containsKey(label)) {
                return result.getSecondaryResults().get(label).getScore();
            }
        }
        return Double.NaN;
    }

    /** {p50, p99} in milliseconds of the benchmark method {@code name}. */
    private static double[] percentiles(Collection<RunResult> results, String name) {
        for (RunResult result : results) {
            if (result.getParams().getBenchmark().endsWith("." + name)) {
                Result<?> primary = result.getPrimaryResult();
                Statistics statistics = primary.getStatistics();
                double toMillis = 1e-3; // the benchmark reports microseconds
                return new double[] {statistics.getPercentile(50) * toMillis, statistics.getPercentile(99) * toMillis};
            }
        }
        throw new IllegalStateException("no JMH result for " + name);
    }
}
