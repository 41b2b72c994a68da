package dev.frontera.server.api;

import dev.frontera.core.period.Period;
import dev.frontera.core.query.Answer;
import dev.frontera.core.query.AnswerRow;
import dev.frontera.core.query.GroupBy;
import dev.frontera.core.query.Query;
import dev.frontera.core.query.Release;
import dev.frontera.data.query.QueryEngine;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Answers as downloads: the CSV (with a {@code Link} to its data package), the data package
 * descriptor, or both in a zip, each named from the selection, so a saved file says what it holds.
 */
final class Downloads {
    private Downloads() {}

    static ResponseCache.Rendered render(
            AnswerFormat format, DataTable table, String endpoint, Map<String, List<String>> parameters) {
        String csvLink = endpoint + "?" + queryString(parameters, "csv");
        String descriptorLink = endpoint + "?" + queryString(parameters, "datapackage");
        Instant now = Instant.now();
        return switch (format) {
            case CSV ->
                new ResponseCache.Rendered(
                        "text/csv; charset=utf-8",
                        DataPackage.csv(table).getBytes(StandardCharsets.UTF_8),
                        Map.of(
                                "Content-Disposition",
                                disposition("attachment", table.name() + ".csv"),
                                "Link",
                                "<%s>; rel=\"describedby\"; type=\"application/json\"".formatted(descriptorLink)));
            // The descriptor names the CSV relative to itself: the same endpoint, format=csv.
            case DATAPACKAGE ->
                new ResponseCache.Rendered(
                        "application/json",
                        AnswerFormat.prettyJson(DataPackage.descriptor(
                                        table, csvLink.substring(csvLink.lastIndexOf('/') + 1), now))
                                .getBytes(StandardCharsets.UTF_8),
                        Map.of("Content-Disposition", disposition("inline", DataPackage.DESCRIPTOR)));
            case ZIP ->
                new ResponseCache.Rendered(
                        "application/zip",
                        DataPackage.zip(table, now),
                        Map.of("Content-Disposition", disposition("attachment", table.name() + ".zip")));
            case JSON -> throw new IllegalArgumentException("JSON is not a download");
        };
    }

    /** A table of an engine's answer, each row naming the releases it comes from. */
    static DataTable table(QueryEngine engine, Answer answer) {
        return DataTable.of(
                answer.query(),
                answer.period(),
                answer.rows(),
                rowReleases(engine, answer.query(), answer.rows()),
                answer.notes());
    }

    /**
     * The releases behind each row: the engine answers a row's period alone (keeping any
     * dimension grouping, which decides the family) and names the releases it used.
     */
    static List<List<Release>> rowReleases(QueryEngine engine, Query query, List<AnswerRow> rows) {
        List<GroupBy> kept = query.groupBy().stream()
                .filter(GroupBy.ByDimension.class::isInstance)
                .toList();
        Map<Period, List<Release>> byPeriod = new HashMap<>();
        List<List<Release>> releases = new ArrayList<>();
        for (AnswerRow row : rows) {
            releases.add(byPeriod.computeIfAbsent(
                    row.period(),
                    period -> engine.answer(query.withPeriod(period).withGroupBy(kept))
                            .releases()));
        }
        return releases;
    }

    private static String disposition(String kind, String fileName) {
        return "%s; filename=\"%s\"".formatted(kind, fileName);
    }

    private static String queryString(Map<String, List<String>> parameters, String format) {
        StringJoiner joined = new StringJoiner("&");
        new TreeMap<>(parameters).forEach((name, values) -> {
            if (!name.equals(AnswerFormat.FORMAT)) {
                values.forEach(value -> joined.add(encode(name) + "=" + encode(value)));
            }
        });
        joined.add(AnswerFormat.FORMAT + "=" + format);
        return joined.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
