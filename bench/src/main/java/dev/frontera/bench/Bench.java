package dev.frontera.bench;

import dev.frontera.bench.claims.ClaimsThroughput;
import dev.frontera.bench.harness.SharedData;
import dev.frontera.bench.ingest.IngestComparison;
import dev.frontera.bench.query.QueryLatency;
import java.util.ArrayList;
import java.util.List;

/**
 * Entry point of the bench profile: {@code all}, {@code ingest}, {@code query}, {@code claims}, {@code backtest} or
 * {@code backtest-selection} (how the forecast model's constants were chosen; not part of {@code all}).
 * Each benchmark compares Frontera with a baseline measured in the same run, because the machine
 * is shared and absolute figures move by a third from one run to the next.
 */
public final class Bench {
    private Bench() {}

    public static void main(String[] args) throws Exception {
        String which = args.length == 0 ? "all" : args[0];
        boolean long_ = Boolean.getBoolean("bench.long");
        List<String> summary = new ArrayList<>();
        try {
            switch (which) {
                case "ingest" -> summary.addAll(IngestComparison.run(long_ ? 7 : 3));
                case "query" -> summary.addAll(QueryLatency.run(long_));
                case "claims" -> summary.addAll(ClaimsThroughput.run(long_));
                case "backtest" -> summary.addAll(dev.frontera.bench.surges.Backtest.run());
                case "backtest-selection" -> summary.addAll(dev.frontera.bench.surges.Selection.run());
                case "backtest-pooled" -> summary.addAll(dev.frontera.bench.surges.PooledBacktest.run());
                case "all" -> {
                    summary.addAll(IngestComparison.run(long_ ? 7 : 3));
                    summary.addAll(QueryLatency.run(long_));
                    summary.addAll(ClaimsThroughput.run(long_));
                    summary.addAll(dev.frontera.bench.surges.Backtest.run());
                }
                default ->
                    throw new IllegalArgumentException("unknown benchmark '" + which
                            + "': all, ingest, query, claims, backtest, backtest-selection or backtest-pooled");
            }
        } catch (SharedData.MissingSharedData e) {
            System.err.println("frontera-bench: " + e.getMessage());
            System.exit(2);
        }
        System.out.println();
        System.out.println("Summary (" + which + "):");
        summary.forEach(line -> System.out.println("  " + line));
    }
}
