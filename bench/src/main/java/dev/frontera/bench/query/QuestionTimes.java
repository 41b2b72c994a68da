package dev.frontera.bench.query;

import dev.frontera.bench.harness.BenchStore;
import dev.frontera.core.query.Query;
import dev.frontera.data.query.QueryEngine;
import dev.frontera.data.store.Store;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Diagnosis, not a benchmark: each question of issue 2 asked of the warm engine many times in
 * turn, with its own p50, p99 and maximum, to tell a slow question from pauses that hit any of
 * them (run with -Xlog:gc to see collections).
 */
public final class QuestionTimes {
    private QuestionTimes() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        QueryEngine engine;
        Store store = BenchStore.freshWithOfficialFiles();
        try (store) {
            engine = BenchStore.warmEngine(store);
        }
        List<Question> questions = Question.issueTwo();
        Query[] queries =
                questions.stream().map(question -> question.query(engine)).toArray(Query[]::new);
        long[][] nanos = new long[questions.size()][rounds];
        Object sink = null;
        for (int round = -rounds / 4; round < rounds; round++) {
            for (int i = 0; i < queries.length; i++) {
                long start = System.nanoTime();
                sink = Question.ask(engine, questions.get(i).kind(), queries[i]);
                if (round >= 0) {
                    nanos[i][round] = System.nanoTime() - start;
                }
            }
        }
        for (int i = 0; i < questions.size(); i++) {
            long[] sorted = nanos[i].clone();
            Arrays.sort(sorted);
            System.out.printf(
                    Locale.ROOT,
                    "%-45s p50 %8.3f ms  p99 %8.3f ms  max %8.3f ms%n",
                    questions.get(i).name(),
                    sorted[rounds / 2] / 1e6,
                    sorted[rounds * 99 / 100] / 1e6,
                    sorted[rounds - 1] / 1e6);
        }
        System.out.println(sink == null ? "" : "done");
        BenchStore.delete(store.path());
    }
}
