package dev.frontera.spark;

import dev.frontera.core.FronteraException;
import dev.frontera.spark.job.ArchiveJob;
import dev.frontera.spark.job.ArchiveOptions;
import dev.frontera.spark.job.JobCounts;
import dev.frontera.spark.record.OfficialSources;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The Spark job that checks a whole news archive: {@code spark-submit --class
 * dev.frontera.spark.CheckArchive frontera-spark.jar --data DIR --input PATH --output PATH}.
 * Without a master from spark-submit it runs in-process on {@code local[*]}.
 */
@Command(name = "check-archive", mixinStandardHelpOptions = true,
        description = "Checks the border-number claims of every article of an archive against the official record.")
public final class CheckArchive implements Callable<Integer> {
    @ArgGroup(exclusive = true, multiplicity = "1")
    private Record record;

    @Option(names = "--input", required = true, description = "Articles: JSON Lines or Parquet with id, text, published[, outlet, url]; any path Spark reads.")
    private String input;

    @Option(names = "--input-format", defaultValue = "auto", description = "auto (Parquet when the path ends in .parquet), jsonl or parquet.")
    private String inputFormat;

    @Option(names = "--output", required = true, description = "Folder for claims/, rejects/ and summary/.")
    private String output;

    @Option(names = "--output-format", defaultValue = "parquet", description = "parquet or jsonl.")
    private String outputFormat;

    @Option(names = "--partition-by", defaultValue = "verdict", description = "Folder layout of claims/: verdict or month.")
    private String partitionBy;

    @Option(names = "--max-article-bytes", defaultValue = "104857600", description = "Longer texts are rejected (default 100 MB).")
    private long maxArticleBytes;

    @Option(names = "--partitions", defaultValue = "0", description = "Spread the input over this many partitions first (0: as Spark splits it).")
    private int partitions;

    @Option(names = "--overwrite", description = "Replace an existing output folder.")
    private boolean overwrite;

    /** Where the driver reads the official record. */
    static final class Record {
        @Option(names = "--db", required = true, description = "A Frontera store file, opened read-only.")
        Path db;

        @Option(names = "--data", required = true, description = "A folder of official CBP CSV files.")
        Path data;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new CheckArchive()).execute(args));
    }

    @Override
    public Integer call() {
        ArchiveOptions options = new ArchiveOptions(input, enumValue(ArchiveOptions.InputFormat.class, inputFormat, "--input-format"),
                output, enumValue(ArchiveOptions.OutputFormat.class, outputFormat, "--output-format"),
                enumValue(ArchiveOptions.PartitionBy.class, partitionBy, "--partition-by"), maxArticleBytes, partitions, overwrite);
        long start = System.nanoTime();
        byte[] snapshot = record.db != null ? OfficialSources.fromStore(record.db) : OfficialSources.fromFolder(record.data);
        System.out.printf(Locale.ROOT, "official record: %,d bytes to broadcast, read in %.1f s%n", snapshot.length,
                (System.nanoTime() - start) / 1e9);
        SparkConf conf = new SparkConf();
        SparkSession.Builder builder = SparkSession.builder().appName("frontera-check-archive");
        if (!conf.contains("spark.master")) {
            builder.master("local[*]");
        }
        SparkSession spark = builder.getOrCreate();
        try {
            JobCounts counts = ArchiveJob.run(spark, snapshot, options);
            System.out.println(counts.report());
            System.out.printf(Locale.ROOT, "done in %.1f s: %s%n", (System.nanoTime() - start) / 1e9, output);
            return 0;
        } finally {
            spark.stop();
        }
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String option) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(new CommandLine(new CheckArchive()),
                    "%s '%s' is not one of %s".formatted(option, value, java.util.Arrays.toString(type.getEnumConstants())
                            .toLowerCase(Locale.ROOT)));
        }
    }

    static {
        // FronteraException messages already name the input; print them without a stack trace.
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> System.err.println(e.getMessage()));
    }
}
