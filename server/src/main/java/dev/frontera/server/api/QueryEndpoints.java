package dev.frontera.server.api;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.core.query.Query;
import dev.frontera.data.query.QueryEngine;
import dev.frontera.data.query.QueryParameters;
import io.javalin.http.Context;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code GET /api/v1/query} (the same parameters as {@code frontera query}) and
 * {@code GET /api/v1/series} (the monthly series over every month the record answers for the
 * filters: what the overview chart draws). Both cached by ETag.
 */
final class QueryEndpoints {
    static final Set<String> QUERY_NAMES = with(QueryParameters.NAMES, Set.of(AnswerFormat.FORMAT), Set.of());
    static final Set<String> SERIES_NAMES = with(QueryParameters.NAMES, Set.of(AnswerFormat.FORMAT),
            Set.of("period", "group-by", "top"));

    static final Set<String> BREAKDOWN_NAMES = with(QueryParameters.NAMES, Set.of(), Set.of("group-by", "top"));
    static final List<String> BREAKDOWNS = List.of("citizenship", "demographic", "sector", "state");

    private final QueryEngine engine;
    private final QueryParameters parser;
    private final ResponseCache cache;
    private final RequestLimits limits;
    private final List<YearMonth> starts;
    private final List<YearMonth> ends;

    /**
     * @param starts the first months of the families in the store, earliest first
     * @param ends their last months, latest first
     */
    QueryEndpoints(QueryEngine engine, ResponseCache cache, RequestLimits limits, List<YearMonth> starts,
            List<YearMonth> ends) {
        this.engine = engine;
        this.parser = new QueryParameters(engine);
        this.cache = cache;
        this.limits = limits;
        this.starts = List.copyOf(starts);
        this.ends = List.copyOf(ends);
    }

    void query(Context context) {
        Map<String, List<String>> parameters = RequestParameters.only(context, QUERY_NAMES);
        AnswerFormat format = AnswerFormat.of(context, parameters);
        cache.get("query", parameters, format.name(), () -> {
            limits.takeQuery(context);
            Query query = parser.parse(parameters, Set.of(AnswerFormat.FORMAT));
            return format.render(engine.answer(query));
        }).send(context);
    }

    void series(Context context) {
        Map<String, List<String>> parameters = RequestParameters.only(context, SERIES_NAMES);
        AnswerFormat format = AnswerFormat.of(context, parameters);
        cache.get("series", parameters, format.name(), () -> {
            limits.takeQuery(context);
            return format.render(widestSeries(parameters));
        }).send(context);
    }

    /**
     * The period cut by citizenship, demographic, sector and state (the ten largest of each but
     * states) in one answer; a cut no release publishes says why instead of failing the others.
     */
    void breakdowns(Context context) {
        Map<String, List<String>> parameters = RequestParameters.only(context, BREAKDOWN_NAMES);
        cache.get("breakdowns", parameters, "json", () -> {
            limits.takeQuery(context);
            Map<String, Object> document = new LinkedHashMap<>();
            for (String dimension : BREAKDOWNS) {
                Map<String, List<String>> attempt = new LinkedHashMap<>(parameters);
                attempt.put("group-by", List.of(dimension));
                if (!dimension.equals("state")) {
                    attempt.put("top", List.of("10"));
                }
                try {
                    document.put(dimension, dev.frontera.data.query.AnswerDocument.tree(
                            engine.answer(parser.parse(attempt, Set.of()))));
                } catch (FronteraException e) {
                    if (e.code() != ErrorCode.NOT_COVERED) {
                        throw e;
                    }
                    document.put(dimension, Map.of("not_covered", e.getMessage()));
                }
            }
            return ResponseCache.Rendered.utf8("application/json", AnswerFormat.json(document));
        }).send(context);
    }

    /** The longest monthly series the record answers: tries the store's family spans, widest first. */
    private dev.frontera.core.query.Answer widestSeries(Map<String, List<String>> parameters) {
        FronteraException lastFailure = null;
        for (YearMonth start : starts) {
            for (YearMonth end : ends) {
                if (end.isBefore(start)) {
                    continue;
                }
                Map<String, List<String>> attempt = new LinkedHashMap<>(parameters);
                attempt.put("period", List.of(start + ".." + end));
                attempt.put("group-by", List.of("month"));
                try {
                    return engine.answer(parser.parse(attempt, Set.of(AnswerFormat.FORMAT)));
                } catch (FronteraException e) {
                    if (e.code() != ErrorCode.NOT_COVERED) {
                        throw e;
                    }
                    lastFailure = e;
                }
            }
        }
        throw Optional.ofNullable(lastFailure).orElseGet(() ->
                new FronteraException(ErrorCode.NOT_COVERED, "the store holds no release"));
    }

    private static Set<String> with(Set<String> base, Set<String> added, Set<String> removed) {
        Set<String> names = new HashSet<>(base);
        names.addAll(added);
        names.removeAll(removed);
        return Set.copyOf(new ArrayList<>(names));
    }
}
