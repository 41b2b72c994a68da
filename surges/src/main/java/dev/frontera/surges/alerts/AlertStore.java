package dev.frontera.surges.alerts;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.dimension.Vocabulary;
import dev.frontera.core.query.Measure;
import dev.frontera.surges.series.SeriesSpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Alert rules, what they fired and each webhook delivery, in DuckDB tables prefixed
 * {@code alert_} beside the statistics in the same store. Every change is one transaction, and
 * nothing is forgotten: a removed rule is marked removed, not deleted, and every addition,
 * removal, firing and delivery attempt is appended to {@code alert_history}.
 *
 * <p>On a store opened read-only (the server without an admin token) the tables can be read
 * when they exist; when they do not, there are simply no rules and no fired alerts.
 */
public final class AlertStore implements AutoCloseable {
    private static final List<String> TABLES = List.of("""
            CREATE TABLE IF NOT EXISTS alert_rules (
                id VARCHAR PRIMARY KEY,
                name VARCHAR NOT NULL,
                measure VARCHAR NOT NULL,
                filters VARCHAR NOT NULL,
                each_dimension VARCHAR,
                condition VARCHAR NOT NULL,
                threshold DOUBLE,
                per_day BOOLEAN NOT NULL,
                webhook_url VARCHAR,
                webhook_secret VARCHAR,
                created_at TIMESTAMP NOT NULL,
                removed_at TIMESTAMP)""", """
            CREATE TABLE IF NOT EXISTS alert_firings (
                id BIGINT PRIMARY KEY,
                rule_id VARCHAR NOT NULL,
                series VARCHAR NOT NULL,
                month INTEGER NOT NULL,
                value BIGINT NOT NULL,
                sentence VARCHAR NOT NULL,
                query VARCHAR NOT NULL,
                release_id VARCHAR NOT NULL,
                release_name VARCHAR NOT NULL,
                fired_at TIMESTAMP NOT NULL,
                UNIQUE (rule_id, series, month))""", """
            CREATE TABLE IF NOT EXISTS alert_history (
                id BIGINT PRIMARY KEY,
                rule_id VARCHAR NOT NULL,
                recorded_at TIMESTAMP NOT NULL,
                action VARCHAR NOT NULL,
                detail VARCHAR NOT NULL)""");

    private final Connection connection;
    private final Clock clock;
    private final boolean tables;

    private AlertStore(Connection connection, Clock clock, boolean tables) {
        this.connection = connection;
        this.clock = clock;
        this.tables = tables;
    }

    /**
     * The alert tables on a connection to the store ({@code Store.connection()}), created when
     * {@code writable}; this store closes the connection.
     */
    public static AlertStore open(Connection connection, boolean writable, Clock clock) {
        requireNonNull(connection, "connection is null");
        requireNonNull(clock, "clock is null");
        try {
            if (writable) {
                try (Statement statement = connection.createStatement()) {
                    for (String table : TABLES) {
                        statement.execute(table);
                    }
                }
                return new AlertStore(connection, clock, true);
            }
            return new AlertStore(connection, clock, hasTables(connection));
        } catch (SQLException e) {
            closeQuietly(connection, e);
            throw failed("open the alert tables", e);
        }
    }

    /** Adds a rule; its id is the slug of its name, which must not name a rule in use. */
    public synchronized AlertRule add(
            String name,
            SeriesSpec series,
            Optional<Dimension> each,
            Condition condition,
            Optional<Double> threshold,
            boolean perDay,
            Optional<Webhook> webhook) {
        requireWritable();
        if (name == null || name.isBlank()) {
            throw FronteraException.invalid("an alert rule needs a name (--name)");
        }
        String id = Vocabulary.slugify(name);
        // The store keeps microseconds.
        Instant created = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        AlertRule rule = new AlertRule(id, name.trim(), series, each, condition, threshold, perDay, webhook, created);
        return inTransaction(() -> {
            Optional<Instant> removed = removedAt(id);
            if (find(id).isPresent()) {
                throw FronteraException.invalid(
                        "an alert rule '%s' already exists; remove it first or choose another name", id);
            }
            if (removed.isPresent()) {
                // A removed rule's firings and history stay under its id; the new rule takes the id over.
                update("DELETE FROM alert_rules WHERE id = ?", id);
            }
            update(
                    "INSERT INTO alert_rules VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)",
                    id,
                    rule.name(),
                    series.measure().slug(),
                    encode(series.filters()),
                    each.map(Dimension::parameter).orElse(null),
                    condition.slug(),
                    threshold.orElse(null),
                    perDay,
                    webhook.map(w -> w.url().toString()).orElse(null),
                    webhook.map(Webhook::secret).orElse(null),
                    timestamp(rule.created()));
            appendHistory(
                    id,
                    "added",
                    rule.description()
                            + webhook.map(w -> "; posts to " + w).orElse("")
                            + rule.caveat().map(c -> " (" + c + ")").orElse(""));
            return rule;
        });
    }

    /** Marks a rule removed; its history and firings stay. */
    public synchronized AlertRule remove(String id, String reason) {
        requireWritable();
        AlertRule rule = get(id);
        return inTransaction(() -> {
            update("UPDATE alert_rules SET removed_at = ? WHERE id = ?", timestamp(clock.instant()), rule.id());
            appendHistory(rule.id(), "removed", reason == null || reason.isBlank() ? "removed" : "removed: " + reason);
            return rule;
        });
    }

    /** The rules in use, oldest first. */
    public synchronized List<AlertRule> rules() {
        if (!tables) {
            return List.of();
        }
        return query("SELECT * FROM alert_rules WHERE removed_at IS NULL ORDER BY created_at, id", this::readRule);
    }

    public synchronized Optional<AlertRule> find(String id) {
        if (!tables) {
            return Optional.empty();
        }
        return query("SELECT * FROM alert_rules WHERE id = ? AND removed_at IS NULL", this::readRule, id).stream()
                .findFirst();
    }

    /** The rule in use with this id, or {@code NOT_FOUND} naming those there are. */
    public synchronized AlertRule get(String id) {
        return find(Vocabulary.slugify(id))
                .orElseThrow(() -> new FronteraException(
                        ErrorCode.NOT_FOUND,
                        "no alert rule '%s'; rules: %s"
                                .formatted(
                                        id,
                                        rules().isEmpty()
                                                ? "none yet ('frontera alerts add')"
                                                : String.join(
                                                        ", ",
                                                        rules().stream()
                                                                .map(AlertRule::id)
                                                                .toList()))));
    }

    /**
     * Records a firing unless this rule already fired for this series and month; returns it
     * with its id when new.
     */
    public synchronized Optional<FiredAlert> recordFiring(
            AlertRule rule,
            String series,
            YearMonth month,
            long value,
            String sentence,
            String query,
            String releaseId,
            String releaseName) {
        requireWritable();
        return inTransaction(() -> {
            boolean fired = !query(
                            "SELECT id FROM alert_firings WHERE rule_id = ? AND series = ? AND month = ?",
                            rows -> rows.getLong(1),
                            rule.id(),
                            series,
                            monthKey(month))
                    .isEmpty();
            if (fired) {
                return Optional.empty();
            }
            long id = nextId("alert_firings");
            Instant now = clock.instant();
            update(
                    "INSERT INTO alert_firings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id,
                    rule.id(),
                    series,
                    monthKey(month),
                    value,
                    sentence,
                    query,
                    releaseId,
                    releaseName,
                    timestamp(now));
            appendHistory(rule.id(), "fired", "%s on %s (release %s)".formatted(month, series, releaseName));
            return Optional.of(new FiredAlert(
                    id, rule.id(), rule.name(), series, month, value, sentence, query, releaseId, releaseName, now));
        });
    }

    /** Records a webhook delivery attempt's outcome in the history. */
    public synchronized void recordDelivery(FiredAlert alert, int attempt, boolean delivered, String outcome) {
        requireWritable();
        inTransaction(() -> {
            appendHistory(
                    alert.ruleId(),
                    delivered ? "delivered" : "delivery-failed",
                    "alert %d, attempt %d: %s".formatted(alert.id(), attempt, outcome));
            return null;
        });
    }

    /** Fired alerts, newest first. */
    public synchronized List<FiredAlert> firings(int limit) {
        if (!tables) {
            return List.of();
        }
        return query(
                """
                SELECT f.*, coalesce(r.name, f.rule_id) AS rule_name FROM alert_firings f
                LEFT JOIN alert_rules r ON r.id = f.rule_id ORDER BY f.fired_at DESC, f.id DESC LIMIT ?""",
                rows -> new FiredAlert(
                        rows.getLong("id"),
                        rows.getString("rule_id"),
                        rows.getString("rule_name"),
                        rows.getString("series"),
                        toMonth(rows.getInt("month")),
                        rows.getLong("value"),
                        rows.getString("sentence"),
                        rows.getString("query"),
                        rows.getString("release_id"),
                        rows.getString("release_name"),
                        instant(rows, "fired_at")),
                limit);
    }

    /** The history of a rule (removed rules too), oldest first. */
    public synchronized List<AlertHistoryEntry> history(String id) {
        if (!tables) {
            return List.of();
        }
        return query(
                "SELECT * FROM alert_history WHERE rule_id = ? ORDER BY id",
                rows -> new AlertHistoryEntry(
                        rows.getLong("id"),
                        rows.getString("rule_id"),
                        instant(rows, "recorded_at"),
                        rows.getString("action"),
                        rows.getString("detail")),
                Vocabulary.slugify(id));
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failed("close the alert tables", e);
        }
    }

    private AlertRule readRule(ResultSet rows) throws SQLException {
        String url = rows.getString("webhook_url");
        String secret = rows.getString("webhook_secret");
        Optional<Webhook> webhook =
                url == null ? Optional.empty() : Optional.of(new Webhook(java.net.URI.create(url), secret));
        double threshold = rows.getDouble("threshold");
        Optional<Double> limit = rows.wasNull() ? Optional.empty() : Optional.of(threshold);
        return new AlertRule(
                rows.getString("id"),
                rows.getString("name"),
                new SeriesSpec(Measure.parse(rows.getString("measure")), decode(rows.getString("filters"))),
                Optional.ofNullable(rows.getString("each_dimension")).flatMap(Dimension::byParameter),
                Condition.parse(rows.getString("condition")),
                limit,
                rows.getBoolean("per_day"),
                webhook,
                instant(rows, "created_at"));
    }

    /** Filters as {@code region=southwest;citizenship=cuba,mexico}: slugs never hold those separators. */
    static String encode(Map<Dimension, Set<String>> filters) {
        List<String> parts = new ArrayList<>();
        filters.forEach((dimension, values) ->
                parts.add(dimension.parameter() + "=" + String.join(",", new TreeSet<>(values))));
        return String.join(";", parts);
    }

    static Map<Dimension, Set<String>> decode(String text) {
        Map<Dimension, Set<String>> filters = new EnumMap<>(Dimension.class);
        if (text.isBlank()) {
            return filters;
        }
        for (String part : text.split(";")) {
            String[] pair = part.split("=", 2);
            Dimension dimension = Dimension.byParameter(pair[0])
                    .orElseThrow(() -> new FronteraException(
                            ErrorCode.STORE, "alert_rules holds an unknown dimension '%s'".formatted(pair[0])));
            filters.put(dimension, new LinkedHashSet<>(List.of(pair[1].split(","))));
        }
        return filters;
    }

    private Optional<Instant> removedAt(String id) {
        return query(
                        "SELECT removed_at FROM alert_rules WHERE id = ? AND removed_at IS NOT NULL",
                        rows -> instant(rows, "removed_at"),
                        id)
                .stream()
                .findFirst();
    }

    private void requireWritable() {
        if (!tables) {
            throw new FronteraException(
                    ErrorCode.STORE, "the store is open read-only; alert rules cannot be changed here");
        }
    }

    private void appendHistory(String ruleId, String action, String detail) throws SQLException {
        update(
                "INSERT INTO alert_history VALUES (?, ?, ?, ?, ?)",
                nextId("alert_history"),
                ruleId,
                timestamp(clock.instant()),
                action,
                detail);
    }

    private long nextId(String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Work in one transaction, rolled back whole on any failure. */
    private <T> T inTransaction(SqlWork<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failed("change the alert tables", e);
        }
    }

    private void update(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            statement.executeUpdate();
        }
    }

    private <T> List<T> query(String sql, RowReader<T> reader, Object... parameters) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(reader.read(rows));
                }
                return result;
            }
        } catch (SQLException e) {
            throw failed("read the alert tables", e);
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }

    private static Timestamp timestamp(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    private static Instant instant(ResultSet rows, String column) throws SQLException {
        return rows.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }

    private static int monthKey(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    private static YearMonth toMonth(int key) {
        return YearMonth.of(key / 100, key % 100);
    }

    private static boolean hasTables(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'alert_history'");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1) > 0;
        }
    }

    private static FronteraException failed(String action, SQLException e) {
        return new FronteraException(ErrorCode.STORE, "cannot %s: %s".formatted(action, e.getMessage()), e);
    }

    private static void closeQuietly(Connection connection, Exception failure) {
        try {
            connection.close();
        } catch (SQLException suppressed) {
            failure.addSuppressed(suppressed);
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rows) throws SQLException;
    }
}
