package dev.frontera.spark.job;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createMapType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * A checked claim as a table row with the very fields of {@code ClaimJson}: the row is made from
 * the JSON object that {@code frontera check --format json} prints, field by field, so the two
 * cannot drift apart unnoticed (a field missing from the JSON fails the conversion). Arrays and
 * maps are Scala collections, as Spark's row encoder wants them.
 */
final class ClaimRows {
    private static final StructType FIGURE = createStructType(
            List.of(createStructField("value", DoubleType, true), createStructField("release", StringType, true)));
    private static final MapType FILTERS = createMapType(StringType, createArrayType(StringType, false), false);
    private static final StructType ALTERNATIVE = createStructType(List.of(
            createStructField("measure", StringType, true),
            createStructField("region", StringType, true),
            createStructField("period", StringType, true),
            createStructField("per_day", BooleanType, true),
            createStructField("filters", FILTERS, true),
            createStructField("description", StringType, true),
            createStructField("prior", DoubleType, true),
            createStructField("posterior", DoubleType, true),
            createStructField("official", FIGURE, true),
            createStructField("fits", BooleanType, true)));
    private static final StructType WHOLE = createStructType(List.of(
            createStructField("measure", StringType, true),
            createStructField("region", StringType, true),
            createStructField("filters", FILTERS, true)));
    private static final StructType READING = createStructType(List.of(
            createStructField("measure", StringType, true),
            createStructField("region", StringType, true),
            createStructField("filters", FILTERS, true),
            createStructField("period", StringType, true),
            createStructField("aggregate", StringType, true),
            createStructField("base", StringType, true),
            createStructField("whole", WHOLE, true),
            createStructField("description", StringType, true),
            createStructField("queries", createArrayType(StringType, false), true)));

    /** The fields of one claim, named and nested as in ClaimJson. */
    static final StructType CLAIM = createStructType(List.of(
            createStructField("kind", StringType, true),
            createStructField("sentence", StringType, true),
            createStructField("start", IntegerType, true),
            createStructField("end", IntegerType, true),
            createStructField("text", StringType, true),
            createStructField("value", DoubleType, true),
            createStructField("qualifier", StringType, true),
            createStructField("measure", StringType, true),
            createStructField("region", StringType, true),
            createStructField("period", StringType, true),
            createStructField("per_day", BooleanType, true),
            createStructField("filters", FILTERS, true),
            createStructField("reading", READING, true),
            createStructField("official", FIGURE, true),
            createStructField("official_at_publication", FIGURE, true),
            createStructField("verdict", StringType, true),
            createStructField("confidence", DoubleType, true),
            createStructField("explanation", StringType, true),
            createStructField("alternatives", createArrayType(ALTERNATIVE, false), true)));

    private ClaimRows() {}

    /** The values of {@link #CLAIM}'s fields, in order, taken from a ClaimJson claim object. */
    static List<Object> values(JsonNode claim) {
        List<Object> values = new ArrayList<>(CLAIM.size());
        for (StructField field : CLAIM.fields()) {
            values.add(value(claim, field));
        }
        return values;
    }

    private static Object value(JsonNode parent, StructField field) {
        if (!parent.has(field.name())) {
            throw new FronteraException(ErrorCode.INTERNAL, "claim JSON has no field '%s'".formatted(field.name()));
        }
        return convert(parent.get(field.name()), field.dataType());
    }

    private static Object convert(JsonNode node, DataType type) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (type.equals(StringType)) {
            return node.asText();
        } else if (type.equals(IntegerType)) {
            return node.asInt();
        } else if (type.equals(DoubleType)) {
            return node.asDouble();
        } else if (type.equals(BooleanType)) {
            return node.asBoolean();
        } else if (type instanceof StructType struct) {
            Object[] values = new Object[struct.size()];
            for (int index = 0; index < values.length; index++) {
                values[index] = value(node, struct.fields()[index]);
            }
            return RowFactory.create(values);
        } else if (type instanceof ArrayType array) {
            List<Object> items = new ArrayList<>(node.size());
            node.forEach(item -> items.add(convert(item, array.elementType())));
            return CollectionConverters.asScala(items).toSeq();
        } else if (type instanceof MapType map) {
            Map<String, Object> entries = new LinkedHashMap<>();
            node.properties().forEach(entry -> entries.put(entry.getKey(), convert(entry.getValue(), map.valueType())));
            return CollectionConverters.asScala(entries);
        }
        throw new FronteraException(ErrorCode.INTERNAL, "no conversion from JSON to " + type.simpleString());
    }
}
