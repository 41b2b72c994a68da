package dev.frontera.bench.ingest;

import dev.frontera.bench.harness.BenchStore;
import dev.frontera.bench.harness.Report;
import dev.frontera.bench.harness.SharedData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 2's ingest benchmark: Frontera's ingest of the official CSV files against DuckDB's own
 * {@code read_csv} of the same files, in alternating rounds of the same run, each side in a fresh
 * JVM (with the launcher's flags) writing a fresh store file. Reports the medians and their ratio
 * for wall time (measured inside the child, from {@code main} to the closed store, so JVM start is
 * left out on both sides) and for peak resident memory (the child's VmHWM).
 */
public final class IngestComparison {
    private static final Pattern RESULT =
            Pattern.compile("RESULT side=(\\w+) files=(\\d+) rows=(\\d+) wall_ms=([0-9.]+) vmhwm_kb=(-?\\d+)");
    // The flags ./frontera gives 'ingest' (a long job: full JIT), the same for both sides.
    private static final List<String> LAUNCHER_FLAGS = List.of("-XX:+UseSerialGC", "-Xshare:auto", "-Xmx1g");

    private IngestComparison() {}

    public static void main(String[] args) throws Exception {
        run(Boolean.getBoolean("bench.long") ? 7 : 3);
    }

    public static List<String> run(int rounds) throws IOException, InterruptedException {
        SharedData.officialCsvFiles(); // fails here, clearly, when the shared files are absent
        Map<String, List<double[]>> results = new HashMap<>();
        for (int round = 1; round <= rounds; round++) {
            // Alternate which side goes first so neither always meets a warmer page cache.
            List<String> order = round % 2 == 1 ? List.of("frontera", "duckdb") : List.of("duckdb", "frontera");
            for (String side : order) {
                double[] measured = runSide(side);
                results.computeIfAbsent(side, key -> new ArrayList<>()).add(measured);
                System.out.printf(
                        Locale.ROOT,
                        "ingest round %d %-8s %8.0f ms  peak RSS %6.0f MB  (%d rows)%n",
                        round,
                        side,
                        measured[0],
                        measured[1] / 1024,
                        (long) measured[2]);
            }
        }
        double fronteraWall = median(results.get("frontera"), 0);
        double duckdbWall = median(results.get("duckdb"), 0);
        double fronteraPeak = median(results.get("frontera"), 1);
        double duckdbPeak = median(results.get("duckdb"), 1);
        List<String> lines = List.of(
                String.format(
                        Locale.ROOT,
                        "ingest wall time: frontera %.0f ms vs DuckDB read_csv %.0f ms: ratio %.2fx (goal <= 1.5x) %s",
                        fronteraWall,
                        duckdbWall,
                        fronteraWall / duckdbWall,
                        Report.verdict(fronteraWall / duckdbWall <= 1.5)),
                String.format(
                        Locale.ROOT,
                        "ingest peak memory: frontera %.0f MB vs DuckDB read_csv %.0f MB: ratio %.2fx (goal <= 1.5x) %s",
                        fronteraPeak / 1024,
                        duckdbPeak / 1024,
                        fronteraPeak / duckdbPeak,
                        Report.verdict(fronteraPeak / duckdbPeak <= 1.5)),
                String.format(
                        Locale.ROOT,
                        "ingest: medians of %d alternating rounds, each side a fresh JVM (%s) and a fresh store file",
                        rounds,
                        String.join(" ", LAUNCHER_FLAGS)));
        Report.write("ingest", lines);
        return lines;
    }

    /** {wall ms, peak kB, rows} of one side in a child JVM. */
    private static double[] runSide(String side) throws IOException, InterruptedException {
        Path db = BenchStore.freshPath();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(LAUNCHER_FLAGS);
        command.add("-Dfrontera.shared=" + SharedData.root());
        command.add("-Dfrontera.record=" + SharedData.record());
        command.addAll(Arrays.asList(
                "-cp", System.getProperty("java.class.path"), IngestSide.class.getName(), side, db.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String result = null;
        StringBuilder output = new StringBuilder();
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                output.append(line).append('\n');
                if (line.startsWith("RESULT ")) {
                    result = line;
                }
            }
        }
        int exit = process.waitFor();
        BenchStore.delete(db);
        Matcher matcher = result == null ? null : RESULT.matcher(result);
        if (exit != 0 || matcher == null || !matcher.matches()) {
            throw new IllegalStateException("ingest side " + side + " failed (exit " + exit + "):\n" + output);
        }
        return new double[] {
            Double.parseDouble(matcher.group(4)),
            Double.parseDouble(matcher.group(5)),
            Double.parseDouble(matcher.group(3))
        };
    }

    private static double median(List<double[]> values, int index) {
        double[] sorted = values.stream().mapToDouble(v -> v[index]).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
