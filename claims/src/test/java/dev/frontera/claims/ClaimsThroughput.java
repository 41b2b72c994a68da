package dev.frontera.claims;

import dev.frontera.data.PublishedRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A quick throughput harness (not a test: no timing is asserted anywhere). Generates a corpus of
 * articles from real sentences ({@link ClaimCorpus}), warms up, then checks it on N threads and
 * prints claims per second, and the seed article's warm time. Run with
 * {@code java ... dev.frontera.claims.ClaimsThroughput [articles] [threads]}.
 */
public final class ClaimsThroughput {
    private ClaimsThroughput() {}

    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        List<ClaimCorpus.Article> corpus = ClaimCorpus.generate(size, 42);
        ClaimChecker checker = ClaimChecker.create(PublishedRecord.full());
        run(checker, corpus.subList(0, Math.min(500, size)), threads); // warm-up: JIT and the engine's series caches
        long started = System.nanoTime();
        long cpuStarted = cpuNanos();
        int claims = run(checker, corpus, threads);
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (cpuNanos() - cpuStarted) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "%d articles, %d claims in %.2f s on %d threads: %.0f claims/s, %.0f articles/s%n",
                size,
                claims,
                seconds,
                threads,
                claims / seconds,
                size / seconds);
        // CPU time depends far less than wall time on what else the machine runs.
        System.out.printf(
                Locale.ROOT, "process CPU %.2f s: %.0f claims per CPU second%n", cpuSeconds, claims / cpuSeconds);
        String seed = Files.readString(
                SharedFixtures.require("articles/blinken-mexico-city-2023-12.txt"), StandardCharsets.UTF_8);
        LocalDate published = LocalDate.of(2023, 12, 28);
        for (int i = 0; i < 50; i++) {
            checker.check(seed, published);
        }
        int rounds = 200;
        long seedStart = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            checker.check(seed, published);
        }
        System.out.printf(
                Locale.ROOT, "seed article, warm: %.2f ms per check%n", (System.nanoTime() - seedStart) / 1e6 / rounds);
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static int run(ClaimChecker checker, List<ClaimCorpus.Article> corpus, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger claims = new AtomicInteger();
        try {
            List<Future<Integer>> work = corpus.stream()
                    .map(article ->
                            pool.submit(() -> claims.addAndGet(checker.check(article.text(), article.published())
                                    .claims()
                                    .size())))
                    .toList();
            for (Future<Integer> done : work) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return claims.get();
    }
}
