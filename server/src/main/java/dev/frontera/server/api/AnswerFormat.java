package dev.frontera.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.frontera.core.FronteraException;
import io.javalin.http.Context;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The forms of an answer: JSON (the default), CSV ({@code format=csv} or {@code Accept: text/csv}),
 * a Frictionless Data Package descriptor ({@code format=datapackage}) that describes that CSV, or
 * both in a zip ({@code format=zip}).
 */
enum AnswerFormat {
    JSON,
    CSV,
    DATAPACKAGE,
    ZIP;

    static final String FORMAT = "format";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static AnswerFormat of(Context context, Map<String, List<String>> parameters) {
        String given = RequestParameters.single(parameters, FORMAT, "");
        if (!given.isEmpty()) {
            return switch (given.toLowerCase(Locale.ROOT)) {
                case "json" -> JSON;
                case "csv" -> CSV;
                case "datapackage" -> DATAPACKAGE;
                case "zip" -> ZIP;
                default ->
                    throw FronteraException.invalid(
                            "unknown format '%s'; valid values: json, csv, datapackage, zip", given);
            };
        }
        String accept = context.header("Accept");
        return accept != null && accept.contains("text/csv") && !accept.contains("application/json") ? CSV : JSON;
    }

    static String json(Object tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Indented JSON, for files people open. */
    static String prettyJson(Object tree) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True for the forms built from a {@link DataTable}. */
    boolean tabular() {
        return this != JSON;
    }
}
