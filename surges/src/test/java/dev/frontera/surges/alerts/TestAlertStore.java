package dev.frontera.surges.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.dimension.Region;
import dev.frontera.core.query.Measure;
import dev.frontera.data.store.Store;
import dev.frontera.surges.series.SeriesSpec;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestAlertStore {
    private static final SeriesSpec SOUTHWEST = SeriesSpec.of(Measure.ENCOUNTERS, Region.SOUTHWEST);

    @TempDir
    Path folder;

    @Test
    void rules_are_added_listed_and_removed_with_their_history() {
        try (Store store = Store.open(folder.resolve("frontera.duckdb"));
                AlertStore alerts = AlertStore.open(store.connection(), true, Clock.systemUTC())) {
            AlertRule daily = alerts.add(
                    "Southwest daily",
                    SOUTHWEST,
                    Optional.empty(),
                    Condition.ABOVE,
                    Optional.of(2500.0),
                    true,
                    Optional.of(new Webhook(URI.create("http://127.0.0.1:8485/hook"), "0123456789abcdef")));
            AlertRule cuba = alerts.add(
                    "Cuban surge",
                    SOUTHWEST.with(Dimension.CITIZENSHIP, "cuba"),
                    Optional.empty(),
                    Condition.CHANGE_ON_YEAR_ABOVE,
                    Optional.of(50.0),
                    false,
                    Optional.empty());
            AlertRule sectors = alerts.add(
                    "Sector records",
                    new SeriesSpec(Measure.USBP_ENCOUNTERS, Map.of(Dimension.REGION, Set.of("southwest"))),
                    Optional.of(Dimension.AREA),
                    Condition.RECORD,
                    Optional.empty(),
                    false,
                    Optional.empty());
            assertThat(daily.id()).isEqualTo("southwest-daily");
            assertThat(daily.description()).isEqualTo("southwest encounters per day above 2,500");
            assertThat(daily.caveat()).contains(AlertRule.PROCLAMATION_CAVEAT);
            assertThat(cuba.description())
                    .isEqualTo("southwest encounters, citizenship cuba up more than 50% on the year");
            assertThat(sectors.description()).isEqualTo("southwest usbp-encounters, any sector at a record");
            assertThat(alerts.rules()).containsExactly(daily, cuba, sectors);

            alerts.remove("cuban-surge", "no longer needed");
            assertThat(alerts.rules()).extracting(AlertRule::id).containsExactly("southwest-daily", "sector-records");
            assertThat(alerts.history("cuban-surge"))
                    .extracting(AlertHistoryEntry::action)
                    .containsExactly("added", "removed");
            assertThat(alerts.history("southwest-daily").get(0).detail())
                    .contains("2,500", "daily encounters between ports", "posts to http://127.0.0.1:8485/hook")
                    .doesNotContain("0123456789abcdef");
        }
    }

    @Test
    void a_rule_fires_once_per_series_and_month() {
        try (Store store = Store.open(folder.resolve("frontera.duckdb"));
                AlertStore alerts = AlertStore.open(store.connection(), true, Clock.systemUTC())) {
            AlertRule rule = alerts.add(
                    "sw", SOUTHWEST, Optional.empty(), Condition.RECORD, Optional.empty(), false, Optional.empty());
            assertThat(alerts.recordFiring(
                            rule,
                            "southwest encounters",
                            YearMonth.of(2023, 12),
                            302_034,
                            "text",
                            "query",
                            "ed46dfe3f052",
                            "dec.csv"))
                    .isPresent();
            assertThat(alerts.recordFiring(
                            rule,
                            "southwest encounters",
                            YearMonth.of(2023, 12),
                            301_981,
                            "text",
                            "query",
                            "a9d8975d667a",
                            "jan.csv"))
                    .isEmpty();
            assertThat(alerts.firings(10)).singleElement().satisfies(fired -> {
                assertThat(fired.value()).isEqualTo(302_034);
                assertThat(fired.ruleName()).isEqualTo("sw");
            });
            assertThat(alerts.history("sw"))
                    .extracting(AlertHistoryEntry::action)
                    .containsExactly("added", "fired");
        }
    }

    @Test
    void bad_rules_are_refused_and_leave_nothing_behind() {
        try (Store store = Store.open(folder.resolve("frontera.duckdb"));
                AlertStore alerts = AlertStore.open(store.connection(), true, Clock.systemUTC())) {
            alerts.add("sw", SOUTHWEST, Optional.empty(), Condition.RECORD, Optional.empty(), false, Optional.empty());
            assertThatThrownBy(() -> alerts.add(
                            "SW",
                            SOUTHWEST,
                            Optional.empty(),
                            Condition.RECORD,
                            Optional.empty(),
                            false,
                            Optional.empty()))
                    .hasMessageContaining("already exists");
            assertThatThrownBy(() -> alerts.add(
                            "x",
                            SOUTHWEST,
                            Optional.empty(),
                            Condition.ABOVE,
                            Optional.empty(),
                            false,
                            Optional.empty()))
                    .hasMessageContaining("needs a threshold");
            assertThatThrownBy(() -> alerts.add(
                            "y",
                            SOUTHWEST,
                            Optional.empty(),
                            Condition.RECORD,
                            Optional.empty(),
                            true,
                            Optional.empty()))
                    .hasMessageContaining("per-day applies");
            assertThatThrownBy(() -> alerts.remove("nope", null)).hasMessageContaining("no alert rule 'nope'");
            assertThat(alerts.rules()).extracting(AlertRule::id).containsExactly("sw");
            assertThat(alerts.history("sw")).hasSize(1);
        }
    }

    @Test
    void a_read_only_store_without_alert_tables_has_no_rules() {
        Path db = folder.resolve("frontera.duckdb");
        Store.open(db).close();
        try (Store store = Store.openReadOnly(db);
                AlertStore alerts = AlertStore.open(store.connection(), false, Clock.systemUTC())) {
            assertThat(alerts.rules()).isEmpty();
            assertThat(alerts.firings(10)).isEmpty();
            assertThatThrownBy(() -> alerts.add(
                            "sw",
                            SOUTHWEST,
                            Optional.empty(),
                            Condition.RECORD,
                            Optional.empty(),
                            false,
                            Optional.empty()))
                    .hasMessageContaining("read-only");
        }
    }
}
