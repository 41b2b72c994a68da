package dev.frontera.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.frontera.core.FronteraException;
import dev.frontera.core.query.Answer;
import dev.frontera.core.query.Release;
import dev.frontera.data.query.AnswerDocument;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** JSON or CSV for an answer: {@code format=csv} or {@code Accept: text/csv} asks for CSV. */
enum AnswerFormat {
    JSON, CSV;

    static final String FORMAT = "format";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static AnswerFormat of(Context context, Map<String, List<String>> parameters) {
        String given = RequestParameters.single(parameters, FORMAT, "");
        if (!given.isEmpty()) {
            return switch (given.toLowerCase(Locale.ROOT)) {
                case "json" -> JSON;
                case "csv" -> CSV;
                default -> throw FronteraException.invalid("unknown format '%s'; valid values: json, csv", given);
            };
        }
        String accept = context.header("Accept");
        return accept != null && accept.contains("text/csv") && !accept.contains("application/json") ? CSV : JSON;
    }

    ResponseCache.Rendered render(Answer answer) {
        return switch (this) {
            case JSON -> ResponseCache.Rendered.utf8("application/json", json(AnswerDocument.tree(answer)));
            case CSV -> ResponseCache.Rendered.utf8("text/csv; charset=utf-8", csv(answer));
        };
    }

    static String json(Object tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The answer's table, its sources first as {@code #} comment lines (as {@code frontera query --format csv}). */
    private static String csv(Answer answer) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.RFC4180.builder().setCommentMarker('#').setRecordSeparator("\n").get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (Release release : answer.releases()) {
                printer.printComment("Source: " + release.citation() + " [" + release.family() + ", id " + release.id() + "]");
            }
            for (String note : answer.notes()) {
                printer.printComment("Note: " + note);
            }
            for (List<String> row : AnswerDocument.table(answer)) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
