package dev.frontera.spark.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Reads articles into the columns {@link ArticleChecker} expects: id, outlet, url, published
 * (text), text (raw bytes, so that invalid UTF-8 is seen and not silently replaced), source_file
 * and corrupt. JSON Lines are read leniently: a line that is not a JSON object keeps its raw text
 * in {@code corrupt} instead of failing the job.
 */
final class ArticleInput {
    private static final String CORRUPT = "_corrupt_record";
    private static final StructType JSON_SCHEMA = createStructType(List.of(
            createStructField("id", StringType, true),
            createStructField("text", StringType, true),
            createStructField("published", StringType, true),
            createStructField("outlet", StringType, true),
            createStructField("url", StringType, true),
            createStructField(CORRUPT, StringType, true)));

    private ArticleInput() {}

    static Dataset<Row> read(SparkSession spark, ArchiveOptions options) {
        return switch (options.inputFormat().resolve(options.input())) {
            case JSONL, AUTO -> jsonLines(spark, options.input());
            case PARQUET -> parquet(spark, options.input());
        };
    }

    private static Dataset<Row> jsonLines(SparkSession spark, String path) {
        Dataset<Row> raw = spark.read()
                .schema(JSON_SCHEMA)
                .option("mode", "PERMISSIVE")
                .option("columnNameOfCorruptRecord", CORRUPT)
                .option("encoding", "UTF-8")
                .json(path);
        return raw.select(
                col("id"),
                col("outlet"),
                col("url"),
                col("published"),
                col("text").cast("binary").as("text"),
                input_file_name().as("source_file"),
                col(CORRUPT).as("corrupt"));
    }

    private static Dataset<Row> parquet(SparkSession spark, String path) {
        Dataset<Row> raw = spark.read().parquet(path);
        List<String> columns = Arrays.asList(raw.columns());
        for (String required : List.of("id", "text", "published")) {
            if (!columns.contains(required)) {
                throw new FronteraException(
                        ErrorCode.INVALID_ARGUMENT,
                        "Parquet input '%s' has no column '%s' (it has %s)".formatted(path, required, columns));
            }
        }
        return raw.select(
                col("id").cast("string").as("id"),
                optional(columns, "outlet"),
                optional(columns, "url"),
                published(raw.schema().apply("published").dataType()),
                col("text").cast("binary").as("text"),
                input_file_name().as("source_file"),
                lit(null).cast("string").as("corrupt"));
    }

    private static Column optional(List<String> columns, String name) {
        return (columns.contains(name) ? col(name).cast("string") : lit(null).cast("string")).as(name);
    }

    /** A date or timestamp column becomes {@code YYYY-MM-DD} (timestamps in the session time zone); text stays as written. */
    private static Column published(DataType type) {
        if (type.equals(DataTypes.DateType)
                || type.equals(DataTypes.TimestampType)
                || type.equals(DataTypes.TimestampNTZType)) {
            return date_format(col("published"), "yyyy-MM-dd").as("published");
        }
        return col("published").cast("string").as("published");
    }
}
