package dev.frontera.server.api;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.core.period.Period;
import dev.frontera.core.period.PeriodParser;
import dev.frontera.core.query.Answer;
import dev.frontera.core.query.AnswerRow;
import dev.frontera.core.query.GroupBy;
import dev.frontera.core.query.Query;
import dev.frontera.core.query.Release;
import dev.frontera.data.query.AnswerDocument;
import dev.frontera.data.query.QueryEngine;
import dev.frontera.data.query.QueryParameters;
import io.javalin.http.Context;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code GET /api/v1/series}: the time series the charts draw, by month, fiscal year, calendar
 * year or fiscal year to date (the same months of every fiscal year), over the widest span the
 * record answers for the filters, or over {@code period} cut to that span. Each row says its
 * months and the releases it comes from, so a chart can mark where the source changes.
 */
final class SeriesEndpoint {
    static final Set<String> NAMES = names();
    static final String YEAR_TO_DATE = "fiscal-year-to-date";

    private final QueryEngine engine;
    private final QueryParameters parser;
    private final ResponseCache cache;
    private final List<YearMonth> starts;
    private final List<YearMonth> ends;
    private final RequestLimits limits;

    /**
     * @param starts the months the store's families start in (a yearly family's first fiscal year
     *     counted from its October), earliest first
     * @param ends the months they end in, latest first
     */
    SeriesEndpoint(
            QueryEngine engine,
            ResponseCache cache,
            List<YearMonth> starts,
            List<YearMonth> ends,
            RequestLimits limits) {
        this.engine = engine;
        this.parser = new QueryParameters(engine);
        this.cache = cache;
        this.starts = List.copyOf(starts);
        this.ends = List.copyOf(ends);
        this.limits = limits;
    }

    void series(Context context) {
        Map<String, List<String>> parameters = RequestParameters.only(context, NAMES);
        AnswerFormat format = AnswerFormat.of(context, parameters);
        cache.get("series", parameters, format.name(), () -> {
                    limits.takeQuery(context);
                    return render(parameters, format);
                })
                .send(context);
    }

    private ResponseCache.Rendered render(Map<String, List<String>> parameters, AnswerFormat format) {
        String grouping =
                RequestParameters.single(parameters, "group-by", "month").toLowerCase(Locale.ROOT);
        Map<String, List<String>> filters = new LinkedHashMap<>(parameters);
        filters.keySet().removeAll(Set.of("period", "group-by", AnswerFormat.FORMAT));
        boolean yearToDate = grouping.equals(YEAR_TO_DATE);
        if (!yearToDate && !List.of("month", "fiscal-year", "calendar-year").contains(grouping)) {
            throw FronteraException.invalid(
                    "unknown group-by '%s' for a series; valid values: month, fiscal-year," + " calendar-year, %s",
                    grouping, YEAR_TO_DATE);
        }
        Answer widest = widest(filters, yearToDate ? "month" : grouping);
        Period available = widest.period();
        Optional<String> asked =
                Optional.of(RequestParameters.single(parameters, "period", "")).filter(p -> !p.isEmpty());
        Period period = asked.map(text -> within(PeriodParser.parse(text), available, filters))
                .orElse(available);

        Answer answer;
        List<String> notes = new ArrayList<>();
        if (yearToDate) {
            answer = yearToDate(filters, period, available);
            notes.add("Each fiscal year counts %s to %s only, the months published so far of the latest one."
                    .formatted(
                            monthName(YearMonth.of(2000, 10)),
                            monthName(answer.period().last())));
        } else {
            answer = period.equals(available) && asked.isEmpty() ? widest : answer(filters, period, grouping);
        }
        notes.addAll(answer.notes());
        List<List<Release>> rowReleases = Downloads.rowReleases(engine, answer.query(), answer.rows());
        if (format.tabular()) {
            DataTable table = DataTable.of(answer.query(), answer.period(), answer.rows(), rowReleases, notes);
            if (yearToDate) {
                table = new DataTable(
                        table.name().replace("-by-fiscal-year", "-fiscal-year-to-date"),
                        table.title().replace("by fiscal year", "by fiscal year to date"),
                        table.description(),
                        table.fields(),
                        table.rows(),
                        table.releases(),
                        table.notes());
            }
            return Downloads.render(format, table, "/api/v1/series", parameters);
        }
        return ResponseCache.Rendered.utf8(
                "application/json",
                AnswerFormat.json(document(answer, rowReleases, available, asked, grouping, notes)));
    }

    private Map<String, Object> document(
            Answer answer,
            List<List<Release>> rowReleases,
            Period available,
            Optional<String> asked,
            String grouping,
            List<String> notes) {
        Set<Release> used = new LinkedHashSet<>();
        rowReleases.forEach(used::addAll);
        Map<String, Object> tree = ReleaseJson.withTitles(
                AnswerDocument.tree(answer),
                used.stream()
                        .sorted(java.util.Comparator.comparing(Release::published)
                                .reversed())
                        .toList());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows = (List<Map<String, Object>>) tree.get("rows");
        List<Map<String, Object>> described = new ArrayList<>();
        for (int index = 0; index < rows.size(); index++) {
            Period period = answer.rows().get(index).period();
            Map<String, Object> row = new LinkedHashMap<>(rows.get(index));
            row.put("first_month", period.first().toString());
            row.put("last_month", period.last().toString());
            row.put("months", period.length());
            row.put("fiscal_year", Period.fiscalYearOf(period.last()));
            row.put("releases", rowReleases.get(index).stream().map(Release::id).toList());
            described.add(row);
        }
        tree.put("rows", described);
        tree.put("grouping", grouping);
        tree.put(
                "available",
                Map.of(
                        "first_month",
                        available.first().toString(),
                        "last_month",
                        available.last().toString()));
        tree.put("requested", asked.orElse(null));
        tree.put("title", SelectionWords.what(answer.query()));
        tree.put("filters", SelectionWords.filters(answer.query()));
        @SuppressWarnings("unchecked")
        Map<String, Object> provenance = (Map<String, Object>) tree.get("provenance");
        provenance.put("notes", notes);
        return tree;
    }

    /** The requested period cut to the months the record answers; refused when they do not meet. */
    private static Period within(Period asked, Period available, Map<String, List<String>> filters) {
        YearMonth first = asked.first().isBefore(available.first()) ? available.first() : asked.first();
        YearMonth last = asked.last().isAfter(available.last()) ? available.last() : asked.last();
        if (last.isBefore(first)) {
            throw new FronteraException(
                    ErrorCode.NOT_COVERED,
                    ("no official release answers this series for %s: for these"
                                    + " filters the record covers %s to %s")
                            .formatted(asked.label(), available.first(), available.last()));
        }
        return first.equals(asked.first()) && last.equals(asked.last()) ? asked : Period.months(first, last);
    }

    private Answer answer(Map<String, List<String>> filters, Period period, String grouping) {
        Map<String, List<String>> attempt = new LinkedHashMap<>(filters);
        attempt.put("period", List.of(period.first() + ".." + period.last()));
        attempt.put("group-by", List.of(grouping));
        return engine.answer(parser.parse(attempt, Set.of()));
    }

    /**
     * Each fiscal year's first months, as many as the latest fiscal year of the period has:
     * with November 2025 the last month, October and November of every fiscal year.
     */
    private Answer yearToDate(Map<String, List<String>> filters, Period period, Period available) {
        YearMonth last = period.last();
        int monthsIn = (last.getMonthValue() + 2) % 12 + 1;
        List<AnswerRow> rows = new ArrayList<>();
        Set<Release> releases = new LinkedHashSet<>();
        Query query = null;
        for (int year = Period.fiscalYearOf(period.first()); year <= Period.fiscalYearOf(last); year++) {
            YearMonth first = YearMonth.of(year - 1, 10);
            Period part = Period.months(first, first.plusMonths(monthsIn - 1));
            if (part.first().isBefore(available.first()) || part.last().isAfter(available.last())) {
                continue;
            }
            Map<String, List<String>> attempt = new LinkedHashMap<>(filters);
            attempt.put("period", List.of(part.label()));
            Query single = parser.parse(attempt, Set.of());
            Answer total = engine.answer(single);
            query = single.withPeriod(period).withGroupBy(List.of(new GroupBy.ByTime(Period.Grouping.FISCAL_YEAR)));
            rows.add(total.rows().get(0));
            releases.addAll(total.releases());
        }
        if (rows.isEmpty()) {
            throw new FronteraException(
                    ErrorCode.NOT_COVERED,
                    "no whole fiscal year to date in %s for these filters".formatted(period.label()));
        }
        long sum = rows.stream().mapToLong(AnswerRow::value).sum();
        return new Answer(
                query,
                Period.months(
                        rows.get(0).period().first(),
                        rows.get(rows.size() - 1).period().last()),
                rows,
                sum,
                "",
                List.copyOf(releases),
                List.of());
    }

    /** The longest series the record answers for the filters: tries the store's family spans, widest first. */
    private Answer widest(Map<String, List<String>> filters, String grouping) {
        FronteraException lastFailure = null;
        for (YearMonth start : starts) {
            for (YearMonth end : ends) {
                if (end.isBefore(start)) {
                    continue;
                }
                try {
                    return answer(filters, Period.months(start, end), grouping);
                } catch (FronteraException e) {
                    if (e.code() != ErrorCode.NOT_COVERED) {
                        throw e;
                    }
                    lastFailure = e;
                }
            }
        }
        throw Optional.ofNullable(lastFailure)
                .orElseGet(() -> new FronteraException(ErrorCode.NOT_COVERED, "the store holds no release"));
    }

    private static String monthName(YearMonth month) {
        return month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
    }

    private static Set<String> names() {
        Set<String> names = new HashSet<>(QueryParameters.NAMES);
        names.remove("top");
        names.add(AnswerFormat.FORMAT);
        return Set.copyOf(names);
    }
}
