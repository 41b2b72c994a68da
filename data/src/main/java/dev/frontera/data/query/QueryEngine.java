package dev.frontera.data.query;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.dimension.Region;
import dev.frontera.core.dimension.Vocabulary;
import dev.frontera.core.period.Period;
import dev.frontera.core.query.Answer;
import dev.frontera.core.query.AnswerRow;
import dev.frontera.core.query.Family;
import dev.frontera.core.query.GroupBy;
import dev.frontera.core.query.OfficialRecord;
import dev.frontera.core.query.Query;
import dev.frontera.core.query.Release;
import dev.frontera.core.query.Total;
import dev.frontera.core.query.Vintage;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Answers queries from the stored releases, in memory.
 *
 * <p>For each month of a query one release answers, chosen by {@link Precedence} among the
 * releases that can (see {@link Planner}); a period is the sum of its months. The monthly series
 * behind a set of filters is computed once and cached, so derived figures (per day, change on the
 * previous period and on the year, rank in history, "highest since") cost little. A query that no
 * release covers is refused with what is missing. Thread-safe.
 */
public final class QueryEngine implements OfficialRecord {
    private static final int CACHE_LIMIT = 4_096;
    /** Totals are small and a check of an article asks hundreds: keep many more of them than answers. */
    private static final int TOTALS_KEPT = 200_000;

    private final Tables tables;
    private final Planner planner;
    private final Map<SeriesKey, Series> seriesCache = new ConcurrentHashMap<>();
    // The record never changes under an engine, so an answer, once computed, is the answer.
    private final Map<Query, Answer> answerCache = new ConcurrentHashMap<>();
    private final Map<Query, Total> totalCache = new ConcurrentHashMap<>();

    /** What a series depends on: the filters, the grouped dimension and the releases allowed to answer. */
    private record SeriesKey(
            Map<Dimension, Set<String>> filters, Optional<Dimension> groupDimension, List<String> releases) {}

    private QueryEngine(ReleaseSource source) {
        this.tables = new Tables(requireNonNull(source, "source is null"));
        this.planner = new Planner(tables);
    }

    /** An engine over the releases of a source; releases load on first use. */
    public static QueryEngine over(ReleaseSource source) {
        return new QueryEngine(source);
    }

    /** Loads every release now (a server does this before it accepts requests). */
    public QueryEngine warm() {
        tables.loadAll();
        return this;
    }

    @Override
    public List<Release> releases() {
        return tables.releases();
    }

    @Override
    public Optional<YearMonth> latestMonth(Optional<LocalDate> asOf) {
        return tables.releases().stream()
                .filter(release -> Planner.published(release, asOf))
                .map(Release::lastMonth)
                .max(YearMonth::compareTo);
    }

    @Override
    public Set<String> values(Dimension dimension) {
        tables.loadAll();
        Set<String> values = new TreeSet<>();
        for (int code = 1; code < tables.codes().size(dimension); code++) {
            values.add(tables.codes().slug(dimension, code));
        }
        return values;
    }

    @Override
    public Answer answer(Query asked) {
        Query query = withImpliedRegions(asked);
        Answer cached = answerCache.get(query);
        if (cached != null) {
            return cached;
        }
        Answer answer = compute(query);
        if (answerCache.size() > CACHE_LIMIT) {
            answerCache.clear();
        }
        answerCache.put(query, answer);
        return answer;
    }

    /**
     * The total of an ungrouped query without its rows: no comparisons with other periods and no
     * ranking, which a full answer computes over every comparable period. Cached like answers.
     */
    @Override
    public Total total(Query query) {
        if (!query.groupBy().isEmpty()) {
            return Total.of(answer(query));
        }
        Answer answered = answerCache.get(query);
        if (answered != null) {
            return Total.of(answered);
        }
        Total cached = totalCache.get(query);
        if (cached != null) {
            return cached;
        }
        Map<Dimension, Set<String>> filters = checkedFilters(query);
        Planner.Needs needs = new Planner.Needs(filters, Optional.empty(), query.asOf());
        List<Release> candidates = planner.candidates(needs);
        if (candidates.isEmpty()) {
            throw notCovered(query, query.period(), needs, "");
        }
        Series series = series(filters, candidates, Optional.empty());
        Period period = coveredPeriod(query, series, needs);
        if (!series.covers(period)) {
            throw notCovered(
                    query,
                    period,
                    needs,
                    (" (%s is published only as part of a fiscal-year total, which is never"
                                    + " split into months; group by fiscal-year instead)")
                            .formatted(period.label()));
        }
        Total total = new Total(query, period, series.sum(period).orElseThrow(), series.releases(period));
        if (totalCache.size() > TOTALS_KEPT) {
            totalCache.clear();
        }
        totalCache.put(query, total);
        return total;
    }

    /** The period a query answers (to date resolved), or a refusal naming the months no release covers. */
    private Period coveredPeriod(Query query, Series series, Planner.Needs needs) {
        Period period = resolveToDate(query, series, needs);
        List<YearMonth> missing = series.missing(period);
        if (!missing.isEmpty()) {
            throw notCovered(
                    query,
                    period,
                    needs,
                    " (%s not covered%s)"
                            .formatted(
                                    describeMonths(missing),
                                    missing.stream().anyMatch(series::onlyYearly)
                                            ? "; those fiscal years are published only as whole-year totals, which are never split"
                                            : ""));
        }
        return period;
    }

    private Answer compute(Query query) {
        Map<Dimension, Set<String>> filters = checkedFilters(query);
        Optional<Dimension> groupDimension = groupDimension(query);
        Optional<Period.Grouping> timeGrouping = timeGrouping(query);
        Planner.Needs needs = new Planner.Needs(filters, groupDimension, query.asOf());
        List<Release> candidates = planner.candidates(needs);
        if (candidates.isEmpty()) {
            throw notCovered(query, query.period(), needs, "");
        }
        if (groupDimension.isPresent()) {
            candidates = planner.oneFamily(candidates, groupDimension.get(), query.period());
        }
        Series series = series(filters, candidates, groupDimension);
        Period period = coveredPeriod(query, series, needs);
        List<Period> buckets = timeGrouping.map(period::split).orElse(List.of(period));
        for (Period bucket : buckets) {
            if (!series.covers(bucket)) {
                throw notCovered(
                        query,
                        bucket,
                        needs,
                        (" (%s is published only as part of a fiscal-year total, which is never"
                                        + " split into months; group by fiscal-year instead)")
                                .formatted(bucket.label()));
            }
        }
        List<AnswerRow> rows = groupDimension.isPresent()
                ? groupedRows(query, buckets, filters, groupDimension.get(), series)
                : timeRows(query, buckets, series);
        long total = series.sum(period).orElseThrow();
        List<Release> used = series.releases(period);
        return new Answer(query, period, rows, total, views(used), used, notes(query, period, used, candidates));
    }

    /**
     * The figure for an ungrouped query in every release that covers its whole period, oldest
     * first: the first is the figure as first published, the last the latest revision. Only
     * releases as exact as the best ones are compared: a DHS table rounded to 10 is another
     * source, not a revision of CBP's exact count ({@link #sources} shows every source).
     */
    public List<Vintage> revisions(Query asked) {
        Query query = withImpliedRegions(asked);
        Map<Dimension, Set<String>> filters = checkedFilters(query);
        Planner.Needs needs = new Planner.Needs(filters, Optional.empty(), Optional.empty());
        List<Release> candidates = new ArrayList<>(planner.candidates(needs));
        candidates.sort(Comparator.comparing(Release::published).thenComparing(Release::id));
        List<Vintage> vintages = figures(query.period(), filters, candidates);
        if (vintages.isEmpty()) {
            throw notCovered(query, query.period(), needs, "");
        }
        boolean anyExact =
                vintages.stream().anyMatch(vintage -> !vintage.release().rounded());
        return vintages.stream()
                .filter(vintage -> vintage.release().rounded() != anyExact)
                .toList();
    }

    /**
     * The figure every candidate release gives for an ungrouped query's whole period, best first
     * by {@link Precedence}, with the one(s) the answer uses marked. Where official sources
     * disagree (FY2000 southwest: the Border Patrol's PDF tables and the DHS workbook differ by
     * 77,259) this shows each figure next to the one the answer follows.
     */
    public List<SourceFigure> sources(Query asked) {
        Query query = withImpliedRegions(asked);
        Map<Dimension, Set<String>> filters = checkedFilters(query);
        Planner.Needs needs = new Planner.Needs(filters, Optional.empty(), query.asOf());
        List<Release> candidates = planner.candidates(needs);
        Set<Release> used = new java.util.HashSet<>();
        try {
            used.addAll(answer(query.withGroupBy(List.of())).releases());
        } catch (FronteraException e) {
            if (e.code() != ErrorCode.NOT_COVERED) {
                throw e;
            }
        }
        List<SourceFigure> figures = new ArrayList<>();
        for (Vintage vintage : figures(query.period(), filters, candidates)) {
            figures.add(new SourceFigure(
                    vintage.release(),
                    vintage.release().family().displayName(),
                    vintage.value(),
                    used.contains(vintage.release())));
        }
        if (figures.isEmpty()) {
            throw notCovered(query, query.period(), needs, "");
        }
        return figures;
    }

    /** Each release's own figure for a whole period, when it covers all of it (in the given order). */
    private List<Vintage> figures(Period period, Map<Dimension, Set<String>> filters, List<Release> candidates) {
        List<Vintage> vintages = new ArrayList<>();
        Map<Family, FamilyView> views = new HashMap<>();
        for (Release release : candidates) {
            Family family = release.family();
            FamilyView view = views.computeIfAbsent(family, f -> FamilyView.of(f, filters, Optional.empty()));
            ReleaseTable table = tables.table(release);
            RowFilter filter = view.rowFilter(tables.codes());
            long[] sum = new long[1];
            boolean covered = true;
            if (family.granularity() == Family.Granularity.FISCAL_YEAR) {
                Set<Integer> years = new TreeSet<>();
                period.months().forEach(month -> years.add(Series.fiscalYear(month)));
                for (int year : years) {
                    YearMonth stored = YearMonth.of(year, 9);
                    covered &= Series.holdsFiscalYear(period, year) && table.covers(stored) && view.answers(stored);
                    table.sum(stored, filter, null, sum);
                }
            } else {
                for (YearMonth month : period.months()) {
                    covered &= table.covers(month) && view.answers(month);
                    table.sum(month, filter, null, sum);
                }
            }
            if (covered) {
                vintages.add(new Vintage(release, sum[0]));
            }
        }
        return vintages;
    }

    /**
     * A sector or field office lies in a region: asked without a region, the query is about the
     * region(s) it lies in (the Rio Grande Valley's nationwide total is its southwest total), so
     * families that cover that region alone can answer. Not when grouping by region.
     */
    private Query withImpliedRegions(Query query) {
        Set<String> areas = query.filters().get(Dimension.AREA);
        if (areas == null
                || areas.isEmpty()
                || query.filters().containsKey(Dimension.REGION)
                || groupDimension(query)
                        .filter(dimension -> dimension == Dimension.REGION)
                        .isPresent()) {
            return query;
        }
        Set<String> regions = tables.regionsOf(areas);
        return regions.isEmpty() ? query : query.withFilter(Dimension.REGION, regions);
    }

    private Map<Dimension, Set<String>> checkedFilters(Query query) {
        Map<Dimension, Set<String>> filters = query.effectiveFilters();
        filters.forEach((dimension, values) -> {
            if (values.isEmpty()) {
                throw FronteraException.invalid(
                        "measure '%s' contradicts the %s filter %s: %s",
                        query.measure().slug(),
                        dimension.parameter(),
                        query.filters().get(dimension),
                        query.measure().displayName());
            }
        });
        return filters;
    }

    private static Optional<Dimension> groupDimension(Query query) {
        return query.groupBy().stream()
                .filter(GroupBy.ByDimension.class::isInstance)
                .map(group -> ((GroupBy.ByDimension) group).dimension())
                .findFirst();
    }

    private static Optional<Period.Grouping> timeGrouping(Query query) {
        return query.groupBy().stream()
                .filter(GroupBy.ByTime.class::isInstance)
                .map(group -> ((GroupBy.ByTime) group).grouping())
                .findFirst();
    }

    private Series series(
            Map<Dimension, Set<String>> filters, List<Release> candidates, Optional<Dimension> groupDimension) {
        SeriesKey key = new SeriesKey(
                filters, groupDimension, candidates.stream().map(Release::id).toList());
        Series cached = seriesCache.get(key);
        if (cached != null) {
            return cached;
        }
        tables.prefetch(likelyNeeded(candidates));
        Map<Family, FamilyView> views = new HashMap<>();
        Map<YearMonth, Series.Source> sources = new HashMap<>();
        List<Release> yearly = new ArrayList<>();
        // Monthly detail first: every month goes to the best release that has it.
        for (Release release : candidates) {
            Family family = release.family();
            if (family.granularity() == Family.Granularity.FISCAL_YEAR) {
                yearly.add(release);
                continue;
            }
            FamilyView view = views.computeIfAbsent(family, f -> FamilyView.of(f, filters, groupDimension));
            Series.Source source = null;
            for (YearMonth month = release.firstMonth();
                    !month.isAfter(release.lastMonth());
                    month = month.plusMonths(1)) {
                if (!sources.containsKey(month) && view.answers(month)) {
                    ReleaseTable table = tables.table(release);
                    if (table.covers(month)) {
                        source = source == null ? new Series.Source(table, view.rowFilter(tables.codes())) : source;
                        sources.put(month, source);
                    }
                }
            }
        }
        // Then a fiscal-year total answers a fiscal year no monthly release touches.
        // A fiscal year with any exact monthly figure stays monthly; one answered only by rounded
        // monthly figures yields to an exact fiscal-year total (exact before rounded comes first).
        Set<Integer> monthlyYears = new java.util.HashSet<>();
        Set<Integer> exactMonthlyYears = new java.util.HashSet<>();
        sources.forEach((month, source) -> {
            monthlyYears.add(Series.fiscalYear(month));
            if (!source.release().rounded()) {
                exactMonthlyYears.add(Series.fiscalYear(month));
            }
        });
        Map<Integer, Series.Source> yearSources = new HashMap<>();
        for (Release release : yearly) {
            Family family = release.family();
            FamilyView view = views.computeIfAbsent(family, f -> FamilyView.of(f, filters, groupDimension));
            ReleaseTable table = tables.table(release);
            Series.Source source = new Series.Source(table, view.rowFilter(tables.codes()));
            for (YearMonth stored : table.months()) {
                int year = Series.fiscalYear(stored);
                boolean free =
                        !monthlyYears.contains(year) || (!release.rounded() && !exactMonthlyYears.contains(year));
                if (free && !yearSources.containsKey(year) && view.answers(stored)) {
                    yearSources.put(year, source);
                }
            }
        }
        NavigableMap<YearMonth, Long> values = new TreeMap<>();
        long[] sum = new long[1];
        sources.forEach((month, source) -> {
            sum[0] = 0;
            source.table().sum(month, source.filter(), null, sum);
            values.put(month, sum[0]);
        });
        NavigableMap<Integer, Long> years = new TreeMap<>();
        yearSources.forEach((year, source) -> {
            sum[0] = 0;
            source.table().sum(YearMonth.of(year, 9), source.filter(), null, sum);
            years.put(year, sum[0]);
        });
        Series series = new Series(values, Map.copyOf(sources), years, Map.copyOf(yearSources));
        if (seriesCache.size() > CACHE_LIMIT) {
            seriesCache.clear();
        }
        seriesCache.put(key, series);
        return series;
    }

    /**
     * The releases a series will read, judged by the months each says it covers: the first
     * (best) release for each month, and every yearly table. Only a guess to load them together;
     * the series itself still checks what each release really holds.
     */
    private static List<Release> likelyNeeded(List<Release> candidates) {
        Set<YearMonth> claimed = new java.util.HashSet<>();
        List<Release> needed = new ArrayList<>();
        for (Release release : candidates) {
            boolean adds = release.family().granularity() == Family.Granularity.FISCAL_YEAR;
            for (YearMonth month = release.firstMonth();
                    !month.isAfter(release.lastMonth());
                    month = month.plusMonths(1)) {
                adds |= claimed.add(month);
            }
            if (adds) {
                needed.add(release);
            }
        }
        return needed;
    }

    /** A fiscal year to date ends at the last month the data covers. */
    private Period resolveToDate(Query query, Series series, Planner.Needs needs) {
        Period period = query.period();
        if (period.kind() != Period.Kind.FISCAL_YEAR_TO_DATE || period.length() < 12) {
            return period;
        }
        YearMonth last = series.last().orElseThrow();
        if (last.isBefore(period.first())) {
            throw notCovered(
                    query,
                    period,
                    needs,
                    " (no month of FY%d is published yet)"
                            .formatted(period.last().getYear()));
        }
        return Period.fiscalYearToDate(period.last().getYear(), last.isAfter(period.last()) ? period.last() : last);
    }

    private List<AnswerRow> timeRows(Query query, List<Period> buckets, Series series) {
        List<AnswerRow> rows = new ArrayList<>();
        for (Period bucket : buckets) {
            long value = series.sum(bucket).orElseThrow();
            rows.add(new AnswerRow(
                    bucket,
                    Optional.empty(),
                    Optional.empty(),
                    value,
                    perDay(value, bucket),
                    Optional.empty(),
                    compare(bucket.previous(), value, series),
                    compare(bucket.yearBefore(), value, series),
                    Ranker.rank(bucket, value, series)));
        }
        if (query.top().isPresent()) {
            rows.sort(Comparator.comparingLong(AnswerRow::value).reversed());
            return rows.subList(0, Math.min(query.top().get(), rows.size()));
        }
        return rows;
    }

    private List<AnswerRow> groupedRows(
            Query query,
            List<Period> buckets,
            Map<Dimension, Set<String>> filters,
            Dimension dimension,
            Series series) {
        Vocabulary vocabulary = Vocabulary.standard();
        List<AnswerRow> rows = new ArrayList<>();
        for (Period bucket : buckets) {
            long[] sums = new long[tables.codes().size(dimension)];
            for (Map.Entry<YearMonth, Series.Source> part : series.parts(bucket)) {
                part.getValue().table().sum(part.getKey(), part.getValue().filter(), dimension, sums);
            }
            long total = 0;
            for (long sum : sums) {
                total += sum;
            }
            List<AnswerRow> bucketRows = new ArrayList<>();
            for (int code = 1; code < sums.length; code++) {
                if (sums[code] > 0) {
                    String slug = tables.codes().slug(dimension, code);
                    bucketRows.add(new AnswerRow(
                            bucket,
                            Optional.of(slug),
                            Optional.of(vocabulary.displayName(dimension, slug)),
                            sums[code],
                            perDay(sums[code], bucket),
                            total == 0 ? Optional.empty() : Optional.of(sums[code] / (double) total),
                            Optional.empty(),
                            Optional.empty(),
                            Optional.empty()));
                }
            }
            bucketRows.sort(Comparator.comparingLong(AnswerRow::value)
                    .reversed()
                    .thenComparing(row -> row.group().orElse("")));
            int limit = query.top().orElse(bucketRows.size());
            rows.addAll(bucketRows.subList(0, Math.min(limit, bucketRows.size())));
        }
        return rows;
    }

    private static double perDay(long value, Period period) {
        return value / (double) period.days();
    }

    private static Optional<AnswerRow.Comparison> compare(Period other, long value, Series series) {
        OptionalLong base = series.sum(other);
        if (base.isEmpty()) {
            return Optional.empty();
        }
        long change = value - base.getAsLong();
        Optional<Double> percent =
                base.getAsLong() == 0 ? Optional.empty() : Optional.of(100.0 * change / base.getAsLong());
        return Optional.of(new AnswerRow.Comparison(other, base.getAsLong(), change, percent));
    }

    private static String views(List<Release> used) {
        return used.stream().map(release -> release.family().slug()).distinct().collect(Collectors.joining(" + "));
    }

    private List<String> notes(Query query, Period period, List<Release> used, List<Release> candidates) {
        List<String> notes = new ArrayList<>();
        if (query.period().kind() == Period.Kind.FISCAL_YEAR_TO_DATE) {
            notes.add("FY%d to date runs through %s, the last month published%s."
                    .formatted(
                            period.last().getYear() + (period.last().getMonthValue() >= 10 ? 1 : 0),
                            period.last(),
                            query.asOf().map(date -> " by " + date).orElse("")));
        }
        Set<Family> families = used.stream().map(Release::family).collect(Collectors.toCollection(LinkedHashSet::new));
        Set<Family> otherFamilies = candidates.stream()
                .map(Release::family)
                .filter(f -> !families.contains(f))
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (!otherFamilies.isEmpty()) {
            notes.add("%s also cover%s this query; the newest release answers each month, so figures are never added"
                            .formatted(
                                    otherFamilies.stream()
                                            .map(Family::displayName)
                                            .collect(Collectors.joining(", ")),
                                    otherFamilies.size() == 1 ? "s" : "")
                    + " across families.");
        }
        List<String> yearlyFamilies = used.stream()
                .map(Release::family)
                .filter(family -> family.granularity() == Family.Granularity.FISCAL_YEAR)
                .distinct()
                .map(Family::displayName)
                .toList();
        if (!yearlyFamilies.isEmpty()) {
            notes.add(
                    "Some fiscal years come from %s, which publishes whole-year totals only; no monthly source covers them."
                            .formatted(String.join(", ", yearlyFamilies)));
        }
        if (used.stream().anyMatch(Release::rounded)) {
            notes.add("Figures from DHS statistics are rounded to the nearest 10.");
        }
        if (used.stream().anyMatch(Release::publishedEstimated)) {
            notes.add("Some publication dates are estimated from the release name.");
        }
        query.asOf()
                .ifPresent(
                        date -> notes.add("As published by %s: releases after that date are ignored.".formatted(date)));
        return notes;
    }

    private FronteraException notCovered(Query query, Period period, Planner.Needs needs, String detail) {
        return new FronteraException(
                ErrorCode.NOT_COVERED,
                "no official release answers %s for %s%s: %s"
                        .formatted(describe(query), period.label(), detail, planner.explain(needs, period.months())));
    }

    /** "southwest encounters, citizenship venezuela, state TX", for messages. */
    public static String describe(Query query) {
        StringBuilder text = new StringBuilder();
        Set<String> regions = query.filters().get(Dimension.REGION);
        text.append(regions == null ? Region.NATIONWIDE.slug() : String.join("+", new TreeSet<>(regions)))
                .append(' ')
                .append(query.measure().slug());
        query.filters().forEach((dimension, values) -> {
            if (dimension != Dimension.REGION) {
                text.append(", ")
                        .append(dimension.parameter())
                        .append(' ')
                        .append(String.join("+", new TreeSet<>(values)));
            }
        });
        return text.toString();
    }

    private static String describeMonths(List<YearMonth> months) {
        if (months.size() == 1) {
            return months.get(0).toString();
        }
        return months.get(0) + ".." + months.get(months.size() - 1) + " (" + months.size() + " months)";
    }
}
