package dev.frontera.data.query;

import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.dimension.Region;
import dev.frontera.core.period.Period;
import dev.frontera.core.query.Answer;
import dev.frontera.core.query.AnswerRow;
import dev.frontera.core.query.GroupBy;
import dev.frontera.core.query.Release;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * An answer in the two shapes Frontera prints it: a tree of maps and lists for JSON (the same
 * in the CLI and the HTTP API), and a table of strings for text and CSV. Both always carry the
 * provenance.
 */
public final class AnswerDocument {
    private AnswerDocument() {}

    /** The JSON tree: {@code query}, {@code period}, {@code value}, {@code rows}, {@code provenance}. */
    public static Map<String, Object> tree(Answer answer) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("query", queryTree(answer));
        root.put("period", answer.period().label());
        root.put("first_month", answer.period().first().toString());
        root.put("last_month", answer.period().last().toString());
        root.put("value", answer.value());
        root.put("per_day", round(answer.value() / (double) answer.period().days()));
        Optional<String> groupName = groupDimension(answer).map(Dimension::parameter);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (AnswerRow row : answer.rows()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("period", row.period().label());
            groupName.ifPresent(name -> item.put(name, row.group().orElse(null)));
            row.groupName().ifPresent(name -> item.put("name", name));
            item.put("value", row.value());
            item.put("per_day", round(row.perDay()));
            row.share().ifPresent(share -> item.put("share", round(share)));
            row.previous().ifPresent(c -> item.put("previous", comparison(c)));
            row.yearBefore().ifPresent(c -> item.put("year_before", comparison(c)));
            row.ranking().ifPresent(r -> item.put("rank", ranking(r)));
            rows.add(item);
        }
        root.put("rows", rows);
        root.put("provenance", provenance(answer));
        return root;
    }

    public static Map<String, Object> provenance(Answer answer) {
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("view", answer.view());
        provenance.put("rounded", answer.rounded());
        provenance.put(
                "releases",
                answer.releases().stream().map(AnswerDocument::release).toList());
        provenance.put("notes", answer.notes());
        return provenance;
    }

    public static Map<String, Object> release(Release release) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", release.id());
        item.put("name", release.name());
        item.put("family", release.family().slug());
        item.put("published", release.published().toString());
        item.put("published_estimated", release.publishedEstimated());
        item.put("source_url", release.sourceUrl().orElse(null));
        item.put("first_month", release.firstMonth().toString());
        item.put("last_month", release.lastMonth().toString());
        item.put("rows", release.rows());
        item.put("rounded", release.rounded());
        item.put("sha256", release.sha256());
        return item;
    }

    /**
     * Column names and one list of cells per row, for text tables and CSV. The rank columns say
     * what the JSON says: the rank ("1 of 146", marked "record" or "record low"), and since when
     * the value is the highest and the lowest.
     */
    public static List<List<String>> table(Answer answer) {
        Optional<Dimension> dimension = groupDimension(answer);
        List<String> header = new ArrayList<>(List.of("period"));
        dimension.ifPresent(d -> header.add(d.parameter()));
        header.addAll(List.of("value", "per_day"));
        if (dimension.isPresent()) {
            header.add("share");
        } else {
            header.addAll(
                    List.of("change_on_previous_pct", "change_on_year_pct", "rank", "highest_since", "lowest_since"));
        }
        List<List<String>> table = new ArrayList<>();
        table.add(header);
        for (AnswerRow row : answer.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(cell(row.period()));
            dimension.ifPresent(d -> cells.add(row.group().orElse("")));
            cells.add(Long.toString(row.value()));
            cells.add(String.format(Locale.ROOT, "%.1f", row.perDay()));
            if (dimension.isPresent()) {
                cells.add(row.share()
                        .map(s -> String.format(Locale.ROOT, "%.1f%%", 100 * s))
                        .orElse(""));
            } else {
                cells.add(row.previous()
                        .flatMap(AnswerRow.Comparison::percentChange)
                        .map(AnswerDocument::percent)
                        .orElse(""));
                cells.add(row.yearBefore()
                        .flatMap(AnswerRow.Comparison::percentChange)
                        .map(AnswerDocument::percent)
                        .orElse(""));
                cells.add(row.ranking().map(AnswerDocument::rank).orElse(""));
                cells.add(row.ranking().map(r -> cell(highestSince(r))).orElse(""));
                cells.add(row.ranking().map(r -> cell(lowestSince(r))).orElse(""));
            }
            table.add(cells);
        }
        return table;
    }

    /** "1 of 146 (record)", "146 of 146 (record low)", "4 of 146". */
    public static String rank(AnswerRow.Ranking ranking) {
        String rank = ranking.rank() + " of " + ranking.of();
        return ranking.record() ? rank + " (record)" : ranking.recordLow() ? rank + " (record low)" : rank;
    }

    /**
     * Since when the value is the highest: the last earlier period with a higher value, or, when
     * none was higher, the first period compared (a record so far).
     */
    public static Period highestSince(AnswerRow.Ranking ranking) {
        return ranking.higherBefore().orElse(ranking.firstCompared());
    }

    /** Since when the value is the lowest, the same way. */
    public static Period lowestSince(AnswerRow.Ranking ranking) {
        return ranking.lowerBefore().orElse(ranking.firstCompared());
    }

    // A fiscal year to date is named by its months in a table; every other period by its label.
    private static String cell(Period period) {
        return period.kind() == Period.Kind.FISCAL_YEAR_TO_DATE ? period.labelWithMonths() : period.label();
    }

    private static Optional<Dimension> groupDimension(Answer answer) {
        return answer.query().groupBy().stream()
                .filter(GroupBy.ByDimension.class::isInstance)
                .map(g -> ((GroupBy.ByDimension) g).dimension())
                .findFirst();
    }

    private static Map<String, Object> queryTree(Answer answer) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("measure", answer.query().measure().slug());
        query.put(
                "region",
                Optional.ofNullable(answer.query().filters().get(Dimension.REGION))
                        .map(r -> String.join(",", new TreeSet<>(r)))
                        .orElse(Region.NATIONWIDE.slug()));
        Map<String, Object> filters = new LinkedHashMap<>();
        answer.query().filters().forEach((dimension, values) -> {
            if (dimension != Dimension.REGION) {
                filters.put(dimension.parameter(), new ArrayList<>(new TreeSet<>(values)));
            }
        });
        query.put("filters", filters);
        query.put("period", answer.query().period().label());
        query.put(
                "group_by",
                answer.query().groupBy().stream().map(GroupBy::label).toList());
        answer.query().top().ifPresent(top -> query.put("top", top));
        query.put("per_day", answer.query().perDay());
        query.put("as_of", answer.query().asOf().map(Object::toString).orElse(null));
        return query;
    }

    private static Map<String, Object> comparison(AnswerRow.Comparison comparison) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("period", comparison.period().label());
        item.put("value", comparison.value());
        item.put("change", comparison.change());
        item.put(
                "percent_change",
                comparison.percentChange().map(AnswerDocument::round).orElse(null));
        return item;
    }

    private static Map<String, Object> ranking(AnswerRow.Ranking ranking) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("rank", ranking.rank());
        item.put("of", ranking.of());
        item.put("since", ranking.firstCompared().label());
        item.put("record", ranking.record());
        item.put("record_low", ranking.recordLow());
        item.put("highest_since", highestSince(ranking).label());
        item.put("lowest_since", lowestSince(ranking).label());
        return item;
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%+.1f%%", value);
    }

    private static double round(double value) {
        return Math.round(value * 1000.0) / 1000.0;
    }
}
