package dev.frontera.spark;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.spark.job.ArchiveJob;
import dev.frontera.spark.job.ArchiveOptions;
import dev.frontera.spark.job.JobCounts;
import dev.frontera.spark.record.OfficialSources;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The Spark job that checks a whole news archive: {@code spark-submit --class
 * dev.frontera.spark.CheckArchive frontera-spark.jar --data DIR --input PATH --output PATH}.
 * Without a master from spark-submit it runs in-process on {@code local[*]}; on a local master the
 * driver binds to and advertises 127.0.0.1 unless told otherwise, so a machine whose host name
 * resolves to an address Spark cannot reach still runs it. Errors print one line (no stack trace
 * unless {@code --verbose}) and exit with the codes of {@code frontera}: 2 bad input, 4 a limit,
 * 5 network, 1 internal.
 */
@Command(
        name = "check-archive",
        mixinStandardHelpOptions = true,
        description = "Checks the border-number claims of every article of an archive against the official record.")
public final class CheckArchive implements Callable<Integer> {
    @ArgGroup(exclusive = true, multiplicity = "1")
    private Record record;

    @Option(
            names = "--input",
            required = true,
            description =
                    "Articles: JSON Lines or Parquet with id, text, published[, outlet, url]; any path Spark reads.")
    private String input;

    @Option(
            names = "--input-format",
            defaultValue = "auto",
            description = "auto (Parquet when the path ends in .parquet), jsonl or parquet.")
    private String inputFormat;

    @Option(names = "--output", required = true, description = "Folder for claims/, rejects/ and summary/.")
    private String output;

    @Option(names = "--output-format", defaultValue = "parquet", description = "parquet or jsonl.")
    private String outputFormat;

    @Option(
            names = "--partition-by",
            defaultValue = "verdict",
            description = "Folder layout of claims/: verdict or month.")
    private String partitionBy;

    @Option(
            names = "--max-article-bytes",
            defaultValue = "104857600",
            description = "Longer texts are rejected (default 100 MB).")
    private long maxArticleBytes;

    @Option(
            names = "--partitions",
            defaultValue = "0",
            description = "Spread the input over this many partitions first (0: as Spark splits it).")
    private int partitions;

    @Option(names = "--overwrite", description = "Replace an existing output folder.")
    private boolean overwrite;

    @Option(names = "--verbose", description = "Show stack traces of errors.")
    private boolean verbose;

    /** Where the driver reads the official record. */
    static final class Record {
        @Option(names = "--db", required = true, description = "A Frontera store file, opened read-only.")
        Path db;

        @Option(
                names = "--data",
                required = true,
                description = "A folder of official files, read as 'frontera ingest' reads it.")
        Path data;
    }

    public static void main(String[] args) {
        System.exit(run(
                args,
                new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs the job's command line; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CheckArchive job = new CheckArchive();
        CommandLine line = new CommandLine(job);
        line.setOut(out);
        line.setErr(err);
        line.setExecutionExceptionHandler((exception, commandLine, parsed) -> report(exception, job.verbose, err));
        return line.execute(args);
    }

    @Override
    public Integer call() throws IOException {
        ArchiveOptions options = new ArchiveOptions(
                input,
                enumValue(ArchiveOptions.InputFormat.class, inputFormat, "--input-format"),
                output,
                enumValue(ArchiveOptions.OutputFormat.class, outputFormat, "--output-format"),
                enumValue(ArchiveOptions.PartitionBy.class, partitionBy, "--partition-by"),
                maxArticleBytes,
                partitions,
                overwrite);
        long start = System.nanoTime();
        // The record's place is checked before Spark starts: a typo costs no session.
        if (record.data != null && !java.nio.file.Files.isDirectory(record.data)) {
            throw new FronteraException(ErrorCode.NOT_FOUND, "--data: no such folder: " + record.data);
        }
        if (record.db != null && !java.nio.file.Files.isRegularFile(record.db)) {
            throw new FronteraException(
                    ErrorCode.NOT_FOUND, "--db: no store at %s: make one with 'frontera ingest'".formatted(record.db));
        }
        SparkSession spark = session();
        try {
            // Before the record is read (tens of seconds): an output that exists is an error at once.
            refuseExistingOutput(spark);
            byte[] snapshot =
                    record.db != null ? OfficialSources.fromStore(record.db) : OfficialSources.fromFolder(record.data);
            System.out.printf(
                    Locale.ROOT,
                    "official record: %,d bytes to broadcast, read in %.1f s%n",
                    snapshot.length,
                    (System.nanoTime() - start) / 1e9);
            JobCounts counts = ArchiveJob.run(spark, snapshot, options);
            System.out.println(counts.report());
            System.out.printf(Locale.ROOT, "done in %.1f s: %s%n", (System.nanoTime() - start) / 1e9, output);
            return 0;
        } finally {
            spark.stop();
        }
    }

    /** The session; on a local master the driver binds to and advertises loopback unless configured. */
    private static SparkSession session() {
        SparkConf conf = new SparkConf();
        SparkSession.Builder builder = SparkSession.builder().appName("frontera-check-archive");
        if (!conf.contains("spark.master")) {
            builder.master("local[*]");
        }
        if (conf.get("spark.master", "local[*]").startsWith("local")) {
            if (!conf.contains("spark.driver.host")) {
                builder.config("spark.driver.host", "127.0.0.1");
            }
            if (!conf.contains("spark.driver.bindAddress")) {
                builder.config("spark.driver.bindAddress", "127.0.0.1");
            }
        }
        return builder.getOrCreate();
    }

    private void refuseExistingOutput(SparkSession spark) throws IOException {
        if (overwrite) {
            return;
        }
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(output);
        FileSystem files = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (files.exists(path)) {
            throw FronteraException.invalid(
                    "--output %s exists already: choose another folder, or add --overwrite to" + " replace it", output);
        }
    }

    /** One line for a person, the exit code by kind of error, the stack trace only with --verbose. */
    private static int report(Exception exception, boolean verbose, PrintWriter err) {
        int code;
        String message;
        if (exception instanceof FronteraException frontera) {
            message = frontera.getMessage();
            code = exitCode(frontera.code());
        } else if (exception instanceof AnalysisException analysis) {
            message = "cannot read the input: " + analysis.getSimpleMessage();
            code = exitCode(ErrorCode.INVALID_ARGUMENT);
        } else {
            message = "internal error: " + exception + (verbose ? "" : " (run with --verbose for details)");
            code = exitCode(ErrorCode.INTERNAL);
        }
        err.println("check-archive: " + message);
        if (verbose) {
            exception.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /** The exit codes of the frontera command (README): 2 bad input, 3 not covered, 4 a limit, 5 network, 1 internal. */
    static int exitCode(ErrorCode code) {
        if (code == ErrorCode.NOT_COVERED) {
            return 3;
        }
        return switch (code.type()) {
            case USER_ERROR -> 2;
            case RESOURCE_EXHAUSTED -> 4;
            case EXTERNAL -> 5;
            case INTERNAL -> 1;
        };
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String option) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(
                    new CommandLine(new CheckArchive()),
                    "%s '%s' is not one of %s"
                            .formatted(
                                    option,
                                    value,
                                    java.util.Arrays.toString(type.getEnumConstants())
                                            .toLowerCase(Locale.ROOT)));
        }
    }
}
