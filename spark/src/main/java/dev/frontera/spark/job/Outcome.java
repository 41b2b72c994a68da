package dev.frontera.spark.job;

import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createStructField;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * What checking one input row yields, as rows of one table so that the job reads its input once:
 * an {@code article} row per checked article, a {@code claim} row per claim, or a {@code reject}
 * row saying why the input row could not be checked. The claims, rejects and summary outputs are
 * selections of this table.
 */
final class Outcome {
    static final String ARTICLE = "article";
    static final String CLAIM = "claim";
    static final String REJECT = "reject";

    /** The article columns that lead every claim row. */
    static final List<String> ARTICLE_COLUMNS =
            List.of("article_id", "outlet", "url", "published", "month", "claim_index");

    static final List<String> REJECT_COLUMNS = List.of("article_id", "source_file", "code", "reason", "excerpt");

    static final StructType SCHEMA = schema();

    private Outcome() {}

    private static StructType schema() {
        List<StructField> fields = new ArrayList<>();
        fields.add(createStructField("record", StringType, false));
        fields.add(createStructField("article_id", StringType, true));
        fields.add(createStructField("outlet", StringType, true));
        fields.add(createStructField("url", StringType, true));
        fields.add(createStructField("published", StringType, true));
        fields.add(createStructField("month", StringType, true));
        fields.add(createStructField("claim_index", IntegerType, true));
        fields.add(createStructField("claim_count", IntegerType, true));
        fields.addAll(Arrays.asList(ClaimRows.CLAIM.fields()));
        fields.add(createStructField("source_file", StringType, true));
        fields.add(createStructField("code", StringType, true));
        fields.add(createStructField("reason", StringType, true));
        fields.add(createStructField("excerpt", StringType, true));
        return new StructType(fields.toArray(StructField[]::new));
    }

    static Row article(Article article, int claims) {
        return row(ARTICLE, article, null, claims, emptyClaim(), null, null, null, null);
    }

    static Row claim(Article article, int index, List<Object> claim) {
        return row(CLAIM, article, index, null, claim, null, null, null, null);
    }

    static Row reject(String id, String sourceFile, String code, String reason, String excerpt) {
        return row(
                REJECT,
                new Article(id, null, null, null, null),
                null,
                null,
                emptyClaim(),
                sourceFile,
                code,
                reason,
                excerpt);
    }

    private static List<Object> emptyClaim() {
        return Arrays.asList(new Object[ClaimRows.CLAIM.size()]);
    }

    private static Row row(
            String record,
            Article article,
            Integer claimIndex,
            Integer claimCount,
            List<Object> claim,
            String sourceFile,
            String code,
            String reason,
            String excerpt) {
        List<Object> values = new ArrayList<>(SCHEMA.size());
        values.add(record);
        values.add(article.id());
        values.add(article.outlet());
        values.add(article.url());
        values.add(article.published());
        values.add(article.month());
        values.add(claimIndex);
        values.add(claimCount);
        values.addAll(claim);
        values.add(sourceFile);
        values.add(code);
        values.add(reason);
        values.add(excerpt);
        return RowFactory.create(values.toArray());
    }

    /** The article columns of a checked article: published as {@code YYYY-MM-DD}, month as {@code YYYY-MM}. */
    record Article(String id, String outlet, String url, String published, String month) {}
}
