package dev.frontera.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.frontera.core.query.Answer;
import dev.frontera.core.query.Query;
import dev.frontera.core.query.Release;
import dev.frontera.core.query.Vintage;
import dev.frontera.data.query.AnswerDocument;
import dev.frontera.data.query.QueryEngine;
import dev.frontera.data.query.QueryParameters;
import dev.frontera.data.query.SourceFigure;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code frontera query}: the official figure for a measure, filters and a period. */
@Command(
        name = "query",
        description = "Answer a question from the official record, with its source.",
        sortOptions = false,
        footer = {
            "",
            "Examples:",
            "  frontera query --region southwest --period FY2024 --group-by month",
            "  frontera query --region southwest --period 2023-12 --per-day",
            "  frontera query --measure usbp-encounters --region southwest --period 2023-11..2023-12 --group-by month",
            "  frontera query --region southwest --period FY2023 --group-by citizenship --top 10",
            "  frontera query --region southwest --period 2023-11 --revisions",
            "  frontera query --measure usbp-encounters --region southwest --period FY2000 --sources"
        })
final class QueryCommand implements Callable<Integer> {
    @ParentCommand
    Frontera root;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.Mixin
    SeriesOptions series;

    @Option(
            names = "--period",
            required = true,
            paramLabel = "PERIOD",
            description = "2023-12, 2023-10..2024-09, FY2024, CY2023, FY2024-YTD, FY2022..FY2024")
    String period;

    @Option(
            names = "--group-by",
            paramLabel = "GROUP",
            description = "month, fiscal-year, calendar-year, or a dimension")
    List<String> groupBy = new ArrayList<>();

    @Option(names = "--top", paramLabel = "N", description = "keep the N largest rows")
    String top;

    @Option(names = "--per-day", description = "lead with the per-day rate")
    boolean perDay;

    @Option(names = "--as-of", paramLabel = "DATE", description = "answer from the releases published by DATE")
    String asOf;

    @Option(names = "--revisions", description = "show the figure in every release that published it")
    boolean revisions;

    @Option(
            names = "--sources",
            description = "show the figure every official source gives for the period, and which one answers")
    boolean sourcesView;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv or json")
    String format = "table";

    @Override
    public Integer call() {
        Format output = Format.parse(format);
        try (Workspace workspace = Workspace.forReading(root.db)) {
            QueryEngine engine = workspace.engine();
            Query query = new QueryParameters(engine).parse(parameters(), Set.of());
            PrintWriter out = spec.commandLine().getOut();
            if (sourcesView) {
                printSources(query, engine.sources(query), output, out);
            } else if (revisions) {
                printRevisions(query, engine.revisions(query), output, out);
            } else {
                print(engine.answer(query), output, out);
            }
        }
        return ExitCodes.OK;
    }

    private Map<String, List<String>> parameters() {
        Map<String, List<String>> parameters = series.parameters(period);
        put(parameters, "group-by", groupBy);
        put(parameters, "top", top == null ? List.of() : List.of(top));
        put(parameters, "per-day", perDay ? List.of("true") : List.of());
        put(parameters, "as-of", asOf == null ? List.of() : List.of(asOf));
        return parameters;
    }

    private static void put(Map<String, List<String>> parameters, String name, List<String> values) {
        if (!values.isEmpty()) {
            parameters.put(name, values);
        }
    }

    private void print(Answer answer, Format output, PrintWriter out) {
        switch (output) {
            case JSON -> Json.write(AnswerDocument.tree(answer), out);
            case CSV -> Csv.write(AnswerDocument.table(answer), sources(answer), out);
            case TABLE -> {
                out.println(headline(answer));
                out.println();
                TextTable.print(AnswerDocument.table(answer), out);
                out.println();
                sources(answer).forEach(out::println);
            }
        }
    }

    private String headline(Answer answer) {
        String total = String.format(Locale.ROOT, "%,d", answer.value());
        String daily = String.format(
                Locale.ROOT,
                "%,.1f per day",
                answer.value() / (double) answer.period().days());
        String figure = perDay ? daily + " (" + total + " in all)" : total + " (" + daily + ")";
        return "%s, %s: %s"
                .formatted(QueryEngine.describe(answer.query()), answer.period().labelWithMonths(), figure);
    }

    private static List<String> sources(Answer answer) {
        List<String> lines = new ArrayList<>();
        for (Release release : answer.releases()) {
            lines.add("Source: " + release.citation() + " [" + release.family().slug() + ", id " + release.id() + "]");
        }
        answer.notes().forEach(note -> lines.add("Note: " + note));
        return lines;
    }

    private void printRevisions(Query query, List<Vintage> vintages, Format output, PrintWriter out) {
        List<List<String>> table = new ArrayList<>();
        table.add(List.of("release", "published", "value", "change"));
        Long previous = null;
        for (Vintage vintage : vintages) {
            String change = previous == null
                    ? "first published"
                    : String.format(Locale.ROOT, "%+d", vintage.value() - previous);
            table.add(List.of(
                    vintage.release().name(),
                    vintage.release().published().toString()
                            + (vintage.release().publishedEstimated() ? " (est.)" : ""),
                    Long.toString(vintage.value()),
                    change));
            previous = vintage.value();
        }
        switch (output) {
            case JSON -> {
                List<Map<String, Object>> items = new ArrayList<>();
                for (Vintage vintage : vintages) {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("release", AnswerDocument.release(vintage.release()));
                    item.put("value", vintage.value());
                    items.add(item);
                }
                Map<String, Object> document = new LinkedHashMap<>();
                document.put("query", QueryEngine.describe(query));
                document.put("period", query.period().label());
                document.put("vintages", items);
                Json.write(document, out);
            }
            case CSV -> Csv.write(table, List.of(), out);
            case TABLE -> {
                out.println(("%s, %s, in every release that published it (oldest first; releases as exact as the best,"
                                + " --sources shows all):")
                        .formatted(QueryEngine.describe(query), query.period().labelWithMonths()));
                out.println();
                TextTable.print(table, out);
            }
        }
    }

    private void printSources(Query query, List<SourceFigure> figures, Format output, PrintWriter out) {
        List<List<String>> table = new ArrayList<>();
        table.add(List.of("answers", "family", "release", "published", "value", "rounded"));
        for (SourceFigure figure : figures) {
            Release release = figure.release();
            table.add(List.of(
                    figure.answers() ? "yes" : "",
                    figure.family(),
                    release.name(),
                    release.published().toString() + (release.publishedEstimated() ? " (est.)" : ""),
                    Long.toString(figure.value()),
                    release.rounded() ? "to 10" : ""));
        }
        switch (output) {
            case JSON -> {
                List<Map<String, Object>> items = new ArrayList<>();
                for (SourceFigure figure : figures) {
                    Map<String, Object> item = new LinkedHashMap<>();
                    item.put("release", AnswerDocument.release(figure.release()));
                    item.put("value", figure.value());
                    item.put("answers", figure.answers());
                    items.add(item);
                }
                Map<String, Object> document = new LinkedHashMap<>();
                document.put("query", QueryEngine.describe(query));
                document.put("period", query.period().label());
                document.put("sources", items);
                Json.write(document, out);
            }
            case CSV -> Csv.write(table, List.of(), out);
            case TABLE -> {
                out.println(
                        "%s, %s, in every official source that covers it (the answer follows the first marked 'yes'):"
                                .formatted(
                                        QueryEngine.describe(query),
                                        query.period().labelWithMonths()));
                out.println();
                TextTable.print(table, out);
            }
        }
    }

    enum Format {
        TABLE,
        CSV,
        JSON;

        static Format parse(String text) {
            try {
                return valueOf(text.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw dev.frontera.core.FronteraException.invalid(
                        "unknown format '%s'; valid values: table, csv, json", text);
            }
        }
    }

    /** JSON printing shared by commands. */
    static final class Json {
        private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

        static void write(Object document, PrintWriter out) {
            try {
                out.println(MAPPER.writeValueAsString(document));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** CSV printing with provenance as leading comment lines. */
    static final class Csv {
        static void write(List<List<String>> table, List<String> comments, PrintWriter out) {
            CSVFormat format = CSVFormat.RFC4180
                    .builder()
                    .setCommentMarker('#')
                    .setRecordSeparator("\n")
                    .get();
            try {
                CSVPrinter printer = new CSVPrinter(out, format);
                for (String comment : comments) {
                    printer.printComment(comment);
                }
                for (List<String> row : table) {
                    printer.printRecord(row);
                }
                printer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
