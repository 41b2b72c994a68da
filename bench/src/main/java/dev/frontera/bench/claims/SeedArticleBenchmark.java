package dev.frontera.bench.claims;

import dev.frontera.bench.harness.BenchStore;
import dev.frontera.bench.harness.SharedData;
import dev.frontera.claims.CheckResult;
import dev.frontera.claims.ClaimChecker;
import dev.frontera.data.store.Store;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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

/** The seed article (published 2023-12-28), checked once warm: goal under 30 ms (issue 10). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SeedArticleBenchmark {
    static final LocalDate PUBLISHED = LocalDate.of(2023, 12, 28);

    private ClaimChecker checker;
    private String text;
    private Path storeFile;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        text = Files.readString(SharedData.seedArticle(), StandardCharsets.UTF_8);
        try (Store store = BenchStore.freshWithOfficialFiles()) {
            storeFile = store.path();
            checker = ClaimChecker.create(BenchStore.warmEngine(store));
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        BenchStore.delete(storeFile);
    }

    @Benchmark
    public CheckResult seedArticle() {
        return checker.check(text, PUBLISHED);
    }
}
