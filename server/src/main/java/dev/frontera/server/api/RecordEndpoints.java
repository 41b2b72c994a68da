package dev.frontera.server.api;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.Excerpt;
import dev.frontera.core.FronteraException;
import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.dimension.DimensionValue;
import dev.frontera.core.dimension.Vocabulary;
import dev.frontera.core.query.Family;
import dev.frontera.core.query.Measure;
import dev.frontera.data.query.QueryEngine;
import dev.frontera.data.store.Coverage;
import dev.frontera.data.store.FamilyCoverage;
import dev.frontera.data.store.MonthCoverage;
import dev.frontera.data.store.MonthRevision;
import dev.frontera.data.store.RevisionReport;
import dev.frontera.data.store.Store;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** What the record holds: {@code /dimensions}, {@code /releases}, {@code /releases/{id}/revisions}, {@code /coverage}. */
final class RecordEndpoints {
    private final QueryEngine engine;
    private final Store store;
    private final ResponseCache cache;
    private final RequestLimits limits;
    private final Vocabulary vocabulary = Vocabulary.standard();

    RecordEndpoints(QueryEngine engine, Store store, ResponseCache cache, RequestLimits limits) {
        this.engine = engine;
        this.store = store;
        this.cache = cache;
        this.limits = limits;
    }

    void dimensions(Context context) {
        RequestParameters.only(context, Set.of());
        cache.get("dimensions", Map.of(), "json", () -> {
                    limits.takeQuery(context);
                    List<Map<String, Object>> dimensions = new ArrayList<>();
                    for (Dimension dimension : Dimension.values()) {
                        List<Map<String, Object>> values = new ArrayList<>();
                        for (String slug : new TreeSet<>(engine.values(dimension))) {
                            Map<String, Object> value =
                                    entry("value", slug, "name", vocabulary.displayName(dimension, slug));
                            value.put(
                                    "aliases",
                                    vocabulary
                                            .bySlug(dimension, slug)
                                            .map(DimensionValue::aliases)
                                            .orElse(List.of()));
                            values.add(value);
                        }
                        values.sort((a, b) -> String.valueOf(a.get("name")).compareTo(String.valueOf(b.get("name"))));
                        Map<String, Object> item = new LinkedHashMap<>();
                        item.put("parameter", dimension.parameter());
                        item.put("name", dimension.displayName());
                        item.put("values", values);
                        dimensions.add(item);
                    }
                    List<Map<String, Object>> measures = new ArrayList<>();
                    for (Measure measure : Measure.values()) {
                        measures.add(entry("value", measure.slug(), "name", measure.displayName()));
                    }
                    Map<String, Object> document = new LinkedHashMap<>();
                    document.put("measures", measures);
                    document.put("dimensions", dimensions);
                    return ResponseCache.Rendered.utf8("application/json", AnswerFormat.json(document));
                })
                .send(context);
    }

    void releases(Context context) {
        RequestParameters.only(context, Set.of());
        cache.get("releases", Map.of(), "json", () -> {
                    limits.takeQuery(context);
                    return ResponseCache.Rendered.utf8(
                            "application/json",
                            AnswerFormat.json(Map.of(
                                    "releases",
                                    store.releases().stream()
                                            .map(ReleaseJson::of)
                                            .toList())));
                })
                .send(context);
    }

    void revisions(Context context) {
        RequestParameters.only(context, Set.of());
        String id = context.pathParam("id");
        cache.get("revisions", Map.of("id", List.of(id)), "json", () -> {
                    limits.takeQuery(context);
                    // Looked up here so that the 404 names the id only, never the store's path.
                    if (store.release(id).isEmpty()) {
                        throw new FronteraException(
                                ErrorCode.NOT_FOUND,
                                "no release %s; GET /api/v1/releases lists them".formatted(Excerpt.quoted(id)));
                    }
                    RevisionReport report = store.revisions(id);
                    Map<String, Object> document = new LinkedHashMap<>();
                    document.put("release", ReleaseJson.of(report.release()));
                    document.put(
                            "previous", report.previous().map(ReleaseJson::of).orElse(null));
                    document.put(
                            "revised_months",
                            report.revisedMonths().stream()
                                    .map(RecordEndpoints::revision)
                                    .toList());
                    document.put(
                            "largest_revisions",
                            report.largestRevisions().stream()
                                    .map(RecordEndpoints::revision)
                                    .toList());
                    document.put(
                            "added_months",
                            report.addedMonths().stream().map(Object::toString).toList());
                    return ResponseCache.Rendered.utf8("application/json", AnswerFormat.json(document));
                })
                .send(context);
    }

    void coverage(Context context) {
        RequestParameters.only(context, Set.of());
        cache.get("coverage", Map.of(), "json", () -> {
                    limits.takeQuery(context);
                    Coverage coverage = store.coverage();
                    List<Map<String, Object>> families = new ArrayList<>();
                    for (FamilyCoverage family : coverage.families()) {
                        Map<String, Object> item = new LinkedHashMap<>();
                        item.put("family", family.family().slug());
                        item.put("name", family.family().displayName());
                        item.put("rounded", family.family().rounded());
                        item.put("first_month", family.firstMonth().toString());
                        item.put("last_month", family.lastMonth().toString());
                        item.put(
                                "dimensions",
                                family.dimensions().stream()
                                        .map(Dimension::parameter)
                                        .sorted()
                                        .toList());
                        List<Map<String, Object>> months = new ArrayList<>();
                        for (MonthCoverage month : family.months()) {
                            months.add(entry("month", month.month().toString(), "releases", month.releaseIds()));
                        }
                        item.put("months", months);
                        families.add(item);
                    }
                    Map<String, Object> document = new LinkedHashMap<>();
                    document.put(
                            "first_month",
                            coverage.families().stream()
                                    .map(f -> f.firstMonth())
                                    .min(Comparable::compareTo)
                                    .map(Object::toString)
                                    .orElse(null));
                    document.put(
                            "last_month",
                            coverage.families().stream()
                                    .map(f -> f.lastMonth())
                                    .max(Comparable::compareTo)
                                    .map(Object::toString)
                                    .orElse(null));
                    document.put("families", families);
                    document.put(
                            "unstored_families",
                            java.util.Arrays.stream(Family.values())
                                    .filter(f -> coverage.family(f).isEmpty())
                                    .map(Family::slug)
                                    .toList());
                    return ResponseCache.Rendered.utf8("application/json", AnswerFormat.json(document));
                })
                .send(context);
    }

    /** A two-key object in the order given (Map.of's order changes from one JVM run to the next). */
    private static Map<String, Object> entry(String firstKey, Object first, String secondKey, Object second) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put(firstKey, first);
        item.put(secondKey, second);
        return item;
    }

    private static Map<String, Object> revision(MonthRevision revision) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("month", revision.month().toString());
        item.put("previous", revision.previousTotal());
        item.put("new", revision.newTotal());
        item.put("change", revision.change());
        return item;
    }
}
