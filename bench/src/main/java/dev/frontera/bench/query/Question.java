package dev.frontera.bench.query;

import dev.frontera.core.query.OfficialRecord;
import dev.frontera.core.query.Query;
import dev.frontera.data.query.QueryEngine;
import dev.frontera.data.query.QueryParameters;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One of the questions issue 2 says the record must answer, in the parameters of
 * {@code frontera query}, asked either of the query engine or as plain SQL.
 */
record Question(String name, Kind kind, Map<String, List<String>> parameters) {

    /** What is asked: an answer, the rank of a month, or every vintage of a figure. */
    public enum Kind {
        ANSWER,
        RANK,
        REVISIONS
    }

    /** The questions of issue 2 (the refused Venezuela/Texas one is left out: it answers nothing). */
    public static List<Question> issueTwo() {
        return List.of(
                answer("southwest FY2024 by month", "region", "southwest", "period", "FY2024", "group-by", "month"),
                answer("southwest 2023-12 per day", "region", "southwest", "period", "2023-12", "per-day", "true"),
                answer(
                        "Border Patrol southwest 2023-11..12 by month",
                        "measure",
                        "usbp-encounters",
                        "region",
                        "southwest",
                        "period",
                        "2023-11..2023-12",
                        "group-by",
                        "month"),
                answer("southwest FY2022", "region", "southwest", "period", "FY2022"),
                answer("southwest FY2023", "region", "southwest", "period", "FY2023"),
                answer("nationwide FY2022", "period", "FY2022"),
                answer(
                        "top 10 citizenships southwest FY2023",
                        "region",
                        "southwest",
                        "period",
                        "FY2023",
                        "group-by",
                        "citizenship",
                        "top",
                        "10"),
                answer(
                        "unaccompanied children southwest FY2022",
                        "region",
                        "southwest",
                        "demographic",
                        "UAC",
                        "period",
                        "FY2022"),
                new Question(
                        "rank of 2023-12 southwest", Kind.RANK, parameters("region", "southwest", "period", "2023-12")),
                new Question(
                        "is 2023-11 a record (southwest)",
                        Kind.RANK,
                        parameters("region", "southwest", "period", "2023-11")),
                answer(
                        "southwest 2023-11 as first published",
                        "region",
                        "southwest",
                        "period",
                        "2023-11",
                        "as-of",
                        "2023-12-31"),
                answer(
                        "southwest 2023-12 as first published",
                        "region",
                        "southwest",
                        "period",
                        "2023-12",
                        "as-of",
                        "2024-01-31"),
                new Question(
                        "southwest 2023-11 revisions",
                        Kind.REVISIONS,
                        parameters("region", "southwest", "period", "2023-11")),
                new Question(
                        "southwest 2023-12 revisions",
                        Kind.REVISIONS,
                        parameters("region", "southwest", "period", "2023-12")));
    }

    /** The question as a query, its parameters read as the CLI and the HTTP API read them. */
    public Query query(OfficialRecord record) {
        return new QueryParameters(record).parse(parameters, Set.of());
    }

    /** Asks the engine; returns the answer so the work cannot be optimised away. */
    public static Object ask(QueryEngine engine, Kind kind, Query query) {
        return kind == Kind.REVISIONS ? engine.revisions(query) : engine.answer(query);
    }

    /** The plain SQL statement for this question. */
    public String sql(Query query) {
        return switch (kind) {
            case ANSWER -> PlainSql.answer(query);
            case RANK -> PlainSql.rank(query);
            case REVISIONS -> PlainSql.revisions(query);
        };
    }

    /** Runs a SQL statement and folds every value it returns into one number (so the rows are really read). */
    public static long run(Statement statement, String sql) throws SQLException {
        long fold = 0;
        try (ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                fold = fold * 31 + rows.getLong("value");
            }
        }
        return fold;
    }

    private static Question answer(String name, String... keysAndValues) {
        return new Question(name, Kind.ANSWER, parameters(keysAndValues));
    }

    private static Map<String, List<String>> parameters(String... keysAndValues) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            parameters.put(keysAndValues[i], List.of(keysAndValues[i + 1]));
        }
        return Map.copyOf(parameters);
    }
}
