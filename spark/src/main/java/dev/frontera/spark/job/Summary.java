package dev.frontera.spark.job;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import dev.frontera.core.Verdict;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The small summary tables: for each outlet (and for each publication month) the articles
 * checked, the claims found, and per verdict the number of claims and their share of the claims.
 */
final class Summary {
    static final String NO_OUTLET = "(no outlet)";

    private Summary() {}

    /** One row per value of {@code key}: {@code outlet} or {@code month}. */
    static Dataset<Row> by(Dataset<Row> outcomes, String key) {
        List<Column> aggregates = new ArrayList<>();
        aggregates.add(sum(when(col("record").equalTo(Outcome.CLAIM), 1).otherwise(0))
                .cast("long")
                .as("claims"));
        for (Verdict verdict : Verdict.values()) {
            aggregates.add(sum(when(
                                    col("record")
                                            .equalTo(Outcome.CLAIM)
                                            .and(col("verdict").equalTo(verdict.slug())),
                                    1)
                            .otherwise(0))
                    .cast("long")
                    .as(verdict.slug()));
        }
        Dataset<Row> counts = outcomes.filter(col("record").isin(Outcome.ARTICLE, Outcome.CLAIM))
                .groupBy(coalesce(col(key), lit(NO_OUTLET)).as(key))
                .agg(
                        sum(when(col("record").equalTo(Outcome.ARTICLE), 1).otherwise(0))
                                .cast("long")
                                .as("articles"),
                        aggregates.toArray(Column[]::new));
        List<Column> columns = new ArrayList<>(List.of(col(key), col("articles"), col("claims")));
        for (Verdict verdict : Verdict.values()) {
            columns.add(col(verdict.slug()));
        }
        for (Verdict verdict : Verdict.values()) {
            columns.add(when(col("claims").gt(0), col(verdict.slug()).divide(col("claims")))
                    .as(verdict.slug() + "_share"));
        }
        return counts.select(columns.toArray(Column[]::new)).orderBy(col(key));
    }
}
