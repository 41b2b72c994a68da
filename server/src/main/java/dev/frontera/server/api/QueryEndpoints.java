package dev.frontera.server.api;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.core.query.Answer;
import dev.frontera.core.query.Query;
import dev.frontera.data.query.AnswerDocument;
import dev.frontera.data.query.QueryEngine;
import dev.frontera.data.query.QueryParameters;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /api/v1/query} (the same parameters as {@code frontera query}, as JSON or as a
 * download) and {@code GET /api/v1/breakdowns} (a period cut every way the record allows). Both
 * cached by ETag.
 */
final class QueryEndpoints {
    static final Set<String> QUERY_NAMES = with(QueryParameters.NAMES, Set.of(AnswerFormat.FORMAT), Set.of());

    static final Set<String> BREAKDOWN_NAMES = with(QueryParameters.NAMES, Set.of(), Set.of("group-by", "top"));
    static final List<String> BREAKDOWNS = List.of("citizenship", "demographic", "sector", "state");

    private final QueryEngine engine;
    private final QueryParameters parser;
    private final ResponseCache cache;
    private final RequestLimits limits;

    QueryEndpoints(QueryEngine engine, ResponseCache cache, RequestLimits limits) {
        this.engine = engine;
        this.parser = new QueryParameters(engine);
        this.cache = cache;
        this.limits = limits;
    }

    void query(Context context) {
        Map<String, List<String>> parameters = RequestParameters.only(context, QUERY_NAMES);
        AnswerFormat format = AnswerFormat.of(context, parameters);
        cache.get("query", parameters, format.name(), () -> {
                    limits.takeQuery(context);
                    Query query = parser.parse(parameters, Set.of(AnswerFormat.FORMAT));
                    Answer answer = engine.answer(query);
                    if (format.tabular()) {
                        return Downloads.render(format, Downloads.table(engine, answer), "/api/v1/query", parameters);
                    }
                    return ResponseCache.Rendered.utf8(
                            "application/json",
                            AnswerFormat.json(ReleaseJson.withTitles(AnswerDocument.tree(answer), answer.releases())));
                })
                .send(context);
    }

    /**
     * The period cut by citizenship, demographic, sector and state, every value of each, in one
     * answer; a cut no release publishes says so in one line (and why, in full) instead of failing
     * the others.
     */
    void breakdowns(Context context) {
        Map<String, List<String>> parameters = RequestParameters.only(context, BREAKDOWN_NAMES);
        cache.get("breakdowns", parameters, "json", () -> {
                    limits.takeQuery(context);
                    Map<String, Object> document = new LinkedHashMap<>();
                    for (String dimension : BREAKDOWNS) {
                        Map<String, List<String>> attempt = new LinkedHashMap<>(parameters);
                        attempt.put("group-by", List.of(dimension));
                        try {
                            Answer answer = engine.answer(parser.parse(attempt, Set.of()));
                            document.put(
                                    dimension, ReleaseJson.withTitles(AnswerDocument.tree(answer), answer.releases()));
                        } catch (FronteraException e) {
                            if (e.code() != ErrorCode.NOT_COVERED) {
                                throw e;
                            }
                            document.put(dimension, Map.of("not_covered", e.getMessage()));
                        }
                    }
                    return ResponseCache.Rendered.utf8("application/json", AnswerFormat.json(document));
                })
                .send(context);
    }

    private static Set<String> with(Set<String> base, Set<String> added, Set<String> removed) {
        Set<String> names = new HashSet<>(base);
        names.addAll(added);
        names.removeAll(removed);
        return Set.copyOf(new ArrayList<>(names));
    }
}
