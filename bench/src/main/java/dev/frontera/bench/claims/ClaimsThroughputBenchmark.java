package dev.frontera.bench.claims;

import dev.frontera.bench.harness.BenchStore;
import dev.frontera.bench.harness.PlainStore;
import dev.frontera.claims.CheckResult;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Claims throughput (issue 4) on two threads. {@code checker}: each operation checks one article
 * of the corpus with {@code ClaimChecker.check}. {@code sqlPerCandidate}: the baseline, each
 * operation sends the store one SQL query per candidate interpretation of the same article's
 * claims, and is given extraction and interpretation for free (so the ratio understates the
 * checker's lead). The {@code claims} counter turns articles per second into claims per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(2)
public class ClaimsThroughputBenchmark {
    ClaimsCorpus corpus;
    private Connection connection;
    private final AtomicInteger threadNumber = new AtomicInteger();

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        corpus = new ClaimsCorpus();
        connection = PlainStore.openReadOnly(corpus.storeFile);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        connection.close();
        BenchStore.delete(corpus.storeFile);
    }

    /** Per thread: where it is in the corpus (threads start half a corpus apart), its statement, its counts. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Progress {
        /** Claims checked (or, for the baseline, claims whose candidates were queried). */
        public long claims;

        int next;
        Statement statement;
        private Connection duplicate;

        @Setup(Level.Trial)
        public void setUp(ClaimsThroughputBenchmark benchmark) throws SQLException {
            next = benchmark.threadNumber.getAndIncrement() * benchmark.corpus.articles.size() / 2;
            duplicate = ((org.duckdb.DuckDBConnection) benchmark.connection).duplicate();
            statement = duplicate.createStatement();
        }

        @Setup(Level.Iteration)
        public void reset() {
            claims = 0;
        }

        @TearDown(Level.Trial)
        public void tearDown() throws SQLException {
            statement.close();
            duplicate.close();
        }

        int advance(int size) {
            int i = next;
            next = i + 1 == size ? 0 : i + 1;
            return i;
        }
    }

    @Benchmark
    public CheckResult checker(Progress progress) {
        Article article = corpus.articles.get(progress.advance(corpus.articles.size()));
        CheckResult result = corpus.checker.check(article.text(), article.published());
        progress.claims += result.claims().size();
        return result;
    }

    @Benchmark
    public long sqlPerCandidate(Progress progress) throws SQLException {
        int i = progress.advance(corpus.articles.size());
        long fold = 0;
        for (String sql : corpus.candidateSql[i]) {
            try (ResultSet rows = progress.statement.executeQuery(sql)) {
                while (rows.next()) {
                    fold = fold * 31 + rows.getLong("value");
                }
            }
        }
        progress.claims += corpus.claims[i];
        return fold;
    }
}
