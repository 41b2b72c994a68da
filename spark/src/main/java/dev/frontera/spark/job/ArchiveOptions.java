package dev.frontera.spark.job;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * What the archive job reads and writes.
 *
 * @param input any path Spark reads (local, HDFS, S3-compatible), a file, a folder or a glob
 * @param output the folder that receives {@code claims/}, {@code rejects/} and {@code summary/}
 * @param partitions when positive, the input is spread over this many partitions before checking
 *     (an archive in a few large files otherwise checks on few cores)
 */
public record ArchiveOptions(
        String input,
        InputFormat inputFormat,
        String output,
        OutputFormat outputFormat,
        PartitionBy partitionBy,
        long maxArticleBytes,
        int partitions,
        boolean overwrite) {

    /** 100 MB: a larger "article" is a mistake in the archive, not an article. */
    public static final long DEFAULT_MAX_ARTICLE_BYTES = 100L * 1024 * 1024;

    public ArchiveOptions {
        requireNonNull(input, "input is null");
        requireNonNull(inputFormat, "inputFormat is null");
        requireNonNull(output, "output is null");
        requireNonNull(outputFormat, "outputFormat is null");
        requireNonNull(partitionBy, "partitionBy is null");
        if (maxArticleBytes <= 0) {
            throw new IllegalArgumentException("maxArticleBytes must be positive: " + maxArticleBytes);
        }
    }

    /** Parquet output partitioned by verdict, articles up to 100 MB, input partitions as Spark splits them. */
    public static ArchiveOptions of(String input, String output) {
        return new ArchiveOptions(
                input,
                InputFormat.AUTO,
                output,
                OutputFormat.PARQUET,
                PartitionBy.VERDICT,
                DEFAULT_MAX_ARTICLE_BYTES,
                0,
                false);
    }

    public ArchiveOptions withInputFormat(InputFormat format) {
        return new ArchiveOptions(
                input, format, output, outputFormat, partitionBy, maxArticleBytes, partitions, overwrite);
    }

    public ArchiveOptions withOutputFormat(OutputFormat format) {
        return new ArchiveOptions(
                input, inputFormat, output, format, partitionBy, maxArticleBytes, partitions, overwrite);
    }

    public ArchiveOptions withPartitionBy(PartitionBy by) {
        return new ArchiveOptions(input, inputFormat, output, outputFormat, by, maxArticleBytes, partitions, overwrite);
    }

    public ArchiveOptions withMaxArticleBytes(long bytes) {
        return new ArchiveOptions(input, inputFormat, output, outputFormat, partitionBy, bytes, partitions, overwrite);
    }

    public ArchiveOptions withPartitions(int count) {
        return new ArchiveOptions(
                input, inputFormat, output, outputFormat, partitionBy, maxArticleBytes, count, overwrite);
    }

    public ArchiveOptions withOverwrite(boolean replace) {
        return new ArchiveOptions(
                input, inputFormat, output, outputFormat, partitionBy, maxArticleBytes, partitions, replace);
    }

    /** How articles are stored. {@code AUTO}: Parquet when the path ends in {@code .parquet}, else JSON Lines. */
    public enum InputFormat {
        AUTO,
        JSONL,
        PARQUET;

        InputFormat resolve(String path) {
            if (this != AUTO) {
                return this;
            }
            return path.toLowerCase(Locale.ROOT).replaceAll("/+$", "").endsWith(".parquet") ? PARQUET : JSONL;
        }
    }

    /** How the claims, rejects and summary tables are written. */
    public enum OutputFormat {
        PARQUET,
        JSONL
    }

    /** The folder layout of the claims table: {@code verdict=accurate/} or {@code month=2023-12/}. */
    public enum PartitionBy {
        VERDICT("verdict"),
        MONTH("month");

        private final String column;

        PartitionBy(String column) {
            this.column = column;
        }

        public String column() {
            return column;
        }
    }
}
