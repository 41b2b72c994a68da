package dev.frontera.bench.query;

import dev.frontera.bench.harness.BenchStore;
import dev.frontera.bench.harness.PlainStore;
import dev.frontera.core.query.Query;
import dev.frontera.data.query.QueryEngine;
import dev.frontera.data.store.Store;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Warm query latency (issue 2): each invocation asks the next of the issue's questions, so the
 * sampled distribution (SampleTime) is over all of them. {@code engine} asks the query engine
 * over a store; {@code sql} asks the same questions as plain SQL against the same store file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class QueryLatencyBenchmark {
    private QueryEngine engine;
    private Question.Kind[] kinds;
    private Query[] queries;
    private String[] sql;
    private Path storeFile;
    private Connection connection;
    private Statement statement;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        try (Store store = BenchStore.freshWithOfficialFiles()) {
            storeFile = store.path();
            engine = BenchStore.warmEngine(store);
        }
        List<Question> questions = Question.issueTwo();
        kinds = questions.stream().map(Question::kind).toArray(Question.Kind[]::new);
        queries = questions.stream().map(question -> question.query(engine)).toArray(Query[]::new);
        sql = new String[queries.length];
        for (int i = 0; i < queries.length; i++) {
            sql[i] = questions.get(i).sql(queries[i]);
        }
        connection = PlainStore.openReadOnly(storeFile);
        statement = connection.createStatement();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        statement.close();
        connection.close();
        BenchStore.delete(storeFile);
    }

    @Benchmark
    public Object engine() {
        int i = advance();
        return Question.ask(engine, kinds[i], queries[i]);
    }

    @Benchmark
    public long sql() throws SQLException {
        return Question.run(statement, sql[advance()]);
    }

    private int advance() {
        int i = next;
        next = i + 1 == queries.length ? 0 : i + 1;
        return i;
    }
}
