package dev.frontera.spark.job;

import static org.apache.spark.sql.functions.col;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameWriter;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Checks every article of an archive on Spark with the library's claim checker and writes
 * {@code claims/} (one row per claim, partitioned by verdict or month), {@code rejects/} (one row
 * per input row that could not be checked, with the reason) and {@code summary/by_outlet},
 * {@code summary/by_month}. The official record is broadcast once; each executor JVM builds one
 * checker from it.
 *
 * <pre>{@code
 * byte[] record = OfficialSources.fromFolder(Path.of("record"));
 * JobCounts counts = ArchiveJob.run(spark, record, ArchiveOptions.of("articles.jsonl", "out"));
 * }</pre>
 */
public final class ArchiveJob {
    private ArchiveJob() {}

    /** Runs the job over {@code options.input()} against the encoded official {@code record}. */
    public static JobCounts run(SparkSession spark, byte[] record, ArchiveOptions options) {
        Broadcast<byte[]> broadcast =
                JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(record);
        try {
            Dataset<Row> articles = ArticleInput.read(spark, options);
            if (options.partitions() > 0) {
                articles = articles.repartition(options.partitions());
            }
            Dataset<Row> outcomes = articles.mapPartitions(
                            new ArticleChecker(broadcast, options.maxArticleBytes()), Encoders.row(Outcome.SCHEMA))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            try {
                write(claims(outcomes), options)
                        .partitionBy(options.partitionBy().column())
                        .save(path(options, "claims"));
                write(
                                outcomes.filter(col("record").equalTo(Outcome.REJECT))
                                        .select(columns(Outcome.REJECT_COLUMNS))
                                        .coalesce(1),
                                options)
                        .save(path(options, "rejects"));
                write(Summary.by(outcomes, "outlet").coalesce(1), options).save(path(options, "summary/by_outlet"));
                write(Summary.by(outcomes, "month").coalesce(1), options).save(path(options, "summary/by_month"));
                return counts(outcomes);
            } finally {
                outcomes.unpersist();
            }
        } finally {
            broadcast.destroy();
        }
    }

    private static Dataset<Row> claims(Dataset<Row> outcomes) {
        List<Column> columns = new ArrayList<>(List.of(columns(Outcome.ARTICLE_COLUMNS)));
        for (String field : ClaimRows.CLAIM.fieldNames()) {
            columns.add(col(field));
        }
        return outcomes.filter(col("record").equalTo(Outcome.CLAIM)).select(columns.toArray(Column[]::new));
    }

    private static DataFrameWriter<Row> write(Dataset<Row> table, ArchiveOptions options) {
        DataFrameWriter<Row> writer =
                table.write().mode(options.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists);
        return switch (options.outputFormat()) {
            case PARQUET -> writer.format("parquet");
            case JSONL -> writer.format("json").option("ignoreNullFields", "false");
        };
    }

    private static String path(ArchiveOptions options, String table) {
        return options.output().replaceAll("/+$", "") + "/" + table;
    }

    private static Column[] columns(List<String> names) {
        return names.stream().map(name -> col(name)).toArray(Column[]::new);
    }

    private static JobCounts counts(Dataset<Row> outcomes) {
        long checked = 0;
        long rejected = 0;
        long claims = 0;
        Map<String, Long> verdicts = new HashMap<>();
        Map<String, Long> reasons = new HashMap<>();
        for (Row row : outcomes.groupBy(col("record"), col("verdict"), col("code"))
                .count()
                .collectAsList()) {
            long count = row.getLong(3);
            switch (row.getString(0)) {
                case Outcome.ARTICLE -> checked += count;
                case Outcome.CLAIM -> {
                    claims += count;
                    verdicts.merge(row.getString(1), count, Long::sum);
                }
                default -> {
                    rejected += count;
                    reasons.merge(row.getString(2), count, Long::sum);
                }
            }
        }
        return new JobCounts(checked + rejected, checked, rejected, claims, verdicts, reasons);
    }
}
