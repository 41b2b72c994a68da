package dev.frontera.spark;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.frontera.claims.ClaimChecker;
import dev.frontera.claims.ClaimJson;
import dev.frontera.data.PublishedRecord;
import dev.frontera.data.query.QueryEngine;
import dev.frontera.spark.job.ArchiveJob;
import dev.frontera.spark.job.ArchiveOptions;
import dev.frontera.spark.job.JobCounts;
import dev.frontera.spark.record.OfficialSources;
import dev.frontera.spark.record.RecordSnapshot;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;

/**
 * Articles per second: the single-process JSONL batch ({@code ClaimJson.checkLines}, what
 * {@code frontera check --jsonl} runs) against the Spark job in local mode on 1 and 2 cores, on
 * the same generated archive, and the job's fixed cost (session start, broadcast, checker build,
 * writing the outputs) measured on a 20-article archive. Run with {@code spark/bin/benchmark
 * [articles]}; one run, figures printed. Compare ratios from one run: on a shared 2-core machine
 * absolute figures move by a third from run to run.
 */
public final class ArchiveBenchmark {
    private ArchiveBenchmark() {}

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        Path dir = Files.createTempDirectory("frontera-bench");
        Path archive = ArchiveFixture.writeJsonLines(ArchiveFixture.articles(count, 42), dir.resolve("archive.jsonl"));
        Path tiny = ArchiveFixture.writeJsonLines(ArchiveFixture.articles(20, 43), dir.resolve("tiny.jsonl"));
        print("archive: %,d articles, %,d bytes", count, Files.size(archive));

        long start = System.nanoTime();
        byte[] record = OfficialSources.fromFolder(PublishedRecord.folder());
        print(
                "official record read from the official files and encoded: %.2f s, %,d bytes",
                seconds(start), record.length);

        start = System.nanoTime();
        ClaimChecker checker = ClaimChecker.create(
                QueryEngine.over(RecordSnapshot.decode(record)).warm());
        print("checker built from the snapshot (what each executor JVM does once): %.2f s", seconds(start));
        batch(checker, tiny);
        start = System.nanoTime();
        batch(checker, archive);
        double batchSeconds = seconds(start);
        print(
                "single-process batch (checkLines, 1 thread): %.1f s, %.1f articles/s",
                batchSeconds, count / batchSeconds);

        for (int cores : new int[] {1, 2}) {
            start = System.nanoTime();
            SparkSession spark = LocalSpark.start(cores);
            double session = seconds(start);
            try {
                start = System.nanoTime();
                run(spark, record, tiny, dir.resolve("tiny-out-" + cores));
                double fixed = seconds(start);
                start = System.nanoTime();
                JobCounts counts = run(spark, record, archive, dir.resolve("out-" + cores));
                double job = seconds(start);
                print(
                        "spark local[%d]: session start %.1f s; job on 20 articles %.1f s (fixed cost); job on %,d articles %.1f s = "
                                + "%.1f articles/s overall, %.1f articles/s net of the fixed cost; %,d claims",
                        cores,
                        session,
                        fixed,
                        count,
                        job,
                        count / job,
                        count / Math.max(job - fixed, 1e-3),
                        counts.claims());
            } finally {
                spark.stop();
            }
        }
    }

    private static JobCounts run(SparkSession spark, byte[] record, Path input, Path output) {
        return ArchiveJob.run(spark, record, ArchiveOptions.of(input.toString(), output.toString()));
    }

    private static void batch(ClaimChecker checker, Path input) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(input, UTF_8);
                Writer out = Writer.nullWriter()) {
            ClaimJson.create().checkLines(checker, reader, out);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static void print(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
