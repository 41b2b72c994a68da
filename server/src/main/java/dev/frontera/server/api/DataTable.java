package dev.frontera.server.api;

import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.period.Period;
import dev.frontera.core.query.AnswerRow;
import dev.frontera.core.query.Query;
import dev.frontera.core.query.Release;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An answer as a table of typed columns: what a download's CSV holds and its data package
 * describes. Numbers stay numbers (a change of -10.7% is the number -10.7 in a column whose name
 * says percent; a rank "6 of 146" is two integer columns), so default readers in pandas, R and
 * DuckDB type every column without help.
 */
record DataTable(
        String name,
        String title,
        String description,
        List<Field> fields,
        List<List<Object>> rows,
        List<Release> releases,
        List<String> notes) {

    /** A column: its name, its Frictionless type ({@code string, integer, number, boolean, date}) and what it holds. */
    record Field(String name, String type, String description) {}

    DataTable {
        fields = List.copyOf(fields);
        rows = rows.stream()
                .map(row -> (List<Object>) java.util.Collections.unmodifiableList(new ArrayList<>(row)))
                .toList();
        releases = List.copyOf(releases);
        notes = List.copyOf(notes);
    }

    /**
     * The rows of an answer over {@code period}; {@code rowReleases} names, per row, the releases
     * whose figures make it up. Grouped by a dimension, a row is one value of it in one period.
     */
    static DataTable of(
            Query query,
            Period period,
            List<AnswerRow> answerRows,
            List<List<Release>> rowReleases,
            List<String> notes) {
        Optional<Dimension> dimension = query.groupBy().stream()
                .filter(dev.frontera.core.query.GroupBy.ByDimension.class::isInstance)
                .map(group -> ((dev.frontera.core.query.GroupBy.ByDimension) group).dimension())
                .findFirst();
        String what = SelectionWords.what(query);
        List<Field> fields = new ArrayList<>(List.of(
                new Field(
                        "period",
                        "string",
                        "The period of the row as Frontera names it: a month (2023-12), a fiscal year"
                                + " (FY2024, October to September), a calendar year (CY2023), or part of one (2024-10..2025-08)."),
                new Field("start_date", "date", "The first day of the period."),
                new Field("end_date", "date", "The last day of the period."),
                new Field("months", "integer", "The number of months in the period.")));
        dimension.ifPresent(d -> fields.addAll(List.of(
                new Field(
                        d.parameter(),
                        "string",
                        "The " + d.displayName().toLowerCase(java.util.Locale.ROOT)
                                + " as a Frontera slug (the value the API and CLI take)."),
                new Field(
                        "name",
                        "string",
                        "The " + d.displayName().toLowerCase(java.util.Locale.ROOT) + " as named on the pages."))));
        fields.add(new Field(
                "value",
                "integer",
                what + " in the period"
                        + (dimension.isPresent()
                                ? " for this " + dimension.get().displayName().toLowerCase(java.util.Locale.ROOT)
                                : "")
                        + ": a count of encounter events, not of people."));
        fields.add(new Field("per_day", "number", "value divided by the number of days in the period."));
        if (dimension.isPresent()) {
            fields.add(new Field(
                    "share",
                    "number",
                    "value as a fraction (0 to 1) of the period's total over every "
                            + dimension.get().displayName().toLowerCase(java.util.Locale.ROOT) + " published."));
        } else {
            fields.addAll(List.of(
                    new Field("previous_value", "integer", "The value of the period just before, of the same length."),
                    new Field(
                            "change_on_previous_pct",
                            "number",
                            "Percent change from previous_value (-10.7 is a fall of 10.7%)."),
                    new Field("year_before_value", "integer", "The value of the same period one year earlier."),
                    new Field("change_on_year_pct", "number", "Percent change from year_before_value."),
                    new Field(
                            "rank",
                            "integer",
                            "Rank of value among every comparable period the record holds (1 is the highest)."),
                    new Field("rank_of", "integer", "The number of comparable periods ranked."),
                    new Field("ranked_since", "string", "The first comparable period ranked."),
                    new Field(
                            "record_high",
                            "boolean",
                            "true when value is the highest of every comparable period ranked."),
                    new Field(
                            "higher_last",
                            "string",
                            "The latest earlier period with a higher value (the value is the"
                                    + " highest since the period after it); empty for a record.")));
        }
        fields.add(new Field(
                "releases",
                "string",
                "Ids of the official releases whose figures make up the row, separated"
                        + " by semicolons; the package's sources describe each one."));

        List<List<Object>> rows = new ArrayList<>();
        for (int index = 0; index < answerRows.size(); index++) {
            AnswerRow row = answerRows.get(index);
            List<Object> cells = new ArrayList<>(Arrays.asList(
                    row.period().label(),
                    row.period().first().atDay(1),
                    row.period().last().atEndOfMonth(),
                    row.period().length()));
            if (dimension.isPresent()) {
                cells.add(row.group().orElse(null));
                cells.add(row.groupName().orElse(null));
            }
            cells.add(row.value());
            cells.add(round(row.perDay(), 1000));
            if (dimension.isPresent()) {
                cells.add(row.share().map(share -> round(share, 10_000)).orElse(null));
            } else {
                cells.add(row.previous().map(AnswerRow.Comparison::value).orElse(null));
                cells.add(row.previous()
                        .flatMap(AnswerRow.Comparison::percentChange)
                        .map(p -> round(p, 10))
                        .orElse(null));
                cells.add(row.yearBefore().map(AnswerRow.Comparison::value).orElse(null));
                cells.add(row.yearBefore()
                        .flatMap(AnswerRow.Comparison::percentChange)
                        .map(p -> round(p, 10))
                        .orElse(null));
                cells.add(row.ranking().map(AnswerRow.Ranking::rank).orElse(null));
                cells.add(row.ranking().map(AnswerRow.Ranking::of).orElse(null));
                cells.add(row.ranking().map(r -> r.firstCompared().label()).orElse(null));
                cells.add(row.ranking().map(AnswerRow.Ranking::record).orElse(null));
                cells.add(row.ranking()
                        .flatMap(AnswerRow.Ranking::higherBefore)
                        .map(Period::label)
                        .orElse(null));
            }
            cells.add(rowReleases.get(index).stream().map(Release::id).collect(Collectors.joining(";")));
            rows.add(cells);
        }
        Set<Release> releases = new LinkedHashSet<>();
        rowReleases.forEach(releases::addAll);
        String title = SelectionWords.title(query, period);
        String description = title + ". Counts of encounter events (one person met twice counts twice), as CBP and DHS"
                + " published them; each row names the releases it comes from."
                + (notes.isEmpty() ? "" : " " + String.join(" ", notes));
        return new DataTable(
                SelectionWords.fileName(query, period),
                title,
                description,
                fields,
                rows,
                releases.stream()
                        .sorted(java.util.Comparator.comparing(Release::published)
                                .reversed())
                        .toList(),
                notes);
    }

    private static double round(double value, int scale) {
        return Math.round(value * scale) / (double) scale;
    }
}
