package dev.frontera.data.query;

import static dev.frontera.data.query.FakeSource.southwest;
import static dev.frontera.data.query.FakeSource.state;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.period.Period;
import dev.frontera.core.period.PeriodParser;
import dev.frontera.core.query.Answer;
import dev.frontera.core.query.AnswerRow;
import dev.frontera.core.query.Family;
import dev.frontera.core.query.GroupBy;
import dev.frontera.core.query.Measure;
import dev.frontera.core.query.Query;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TestQueryEngine {
    private static final LocalDate DEC_2023 = LocalDate.of(2023, 12, 22);
    private static final LocalDate JAN_2024 = LocalDate.of(2024, 1, 26);

    /** Two vintages of the state file (November revised) and one southwest file. */
    private final FakeSource source = new FakeSource()
            .add(
                    "state-nov",
                    Family.NATIONWIDE_BY_STATE,
                    DEC_2023,
                    state("2023-10", "southwest", "TX", "mexico", 100),
                    state("2023-10", "northern", "WA", "canada", 7),
                    state("2023-11", "southwest", "TX", "mexico", 120),
                    state("2023-11", "southwest", "AZ", "venezuela", 30))
            .add(
                    "state-dec",
                    Family.NATIONWIDE_BY_STATE,
                    JAN_2024,
                    state("2023-10", "southwest", "TX", "mexico", 100),
                    state("2023-10", "northern", "WA", "canada", 7),
                    state("2023-11", "southwest", "TX", "mexico", 118),
                    state("2023-11", "southwest", "AZ", "venezuela", 30),
                    state("2023-12", "southwest", "TX", "mexico", 90),
                    state("2023-12", "southwest", "AZ", "venezuela", 60))
            .add(
                    "sbo",
                    Family.SOUTHWEST_BY_COMPONENT,
                    LocalDate.of(2023, 11, 1),
                    southwest("2023-09", "usbp", "mexico", 200),
                    southwest("2023-09", "ofo", "mexico", 5),
                    southwest("2023-10", "usbp", "mexico", 90),
                    southwest("2023-10", "ofo", "mexico", 10));

    private final QueryEngine engine = QueryEngine.over(source);

    private static Query query(Measure measure, String region, String period) {
        Map<Dimension, Set<String>> filters = region == null ? Map.of() : Map.of(Dimension.REGION, Set.of(region));
        return new Query(
                measure, filters, PeriodParser.parse(period), List.of(), Optional.empty(), false, Optional.empty());
    }

    @Test
    void sums_a_month_from_the_newest_release() {
        Answer answer = engine.answer(query(Measure.ENCOUNTERS, "southwest", "2023-11"));
        assertThat(answer.value()).isEqualTo(148);
        assertThat(answer.releases()).extracting(r -> r.name()).containsExactly("state-dec");
    }

    @Test
    void as_of_a_date_answers_from_the_releases_published_by_then() {
        Answer first =
                engine.answer(query(Measure.ENCOUNTERS, "southwest", "2023-11").withAsOf(Optional.of(DEC_2023)));
        assertThat(first.value()).isEqualTo(150);
        assertThat(first.releases()).extracting(r -> r.name()).containsExactly("state-nov");
    }

    @Test
    void lists_every_vintage_of_a_figure_oldest_first() {
        assertThat(engine.revisions(query(Measure.ENCOUNTERS, "southwest", "2023-11")))
                .extracting(v -> v.release().name() + "=" + v.value())
                .containsExactly("state-nov=150", "state-dec=148");
    }

    @Test
    void takes_each_month_from_the_best_release_that_covers_it() {
        // September 2023 only the southwest file covers; October both, and the newer state file wins.
        Answer answer = engine.answer(query(Measure.ENCOUNTERS, "southwest", "2023-09..2023-10"));
        assertThat(answer.value()).isEqualTo(205 + 100);
        assertThat(answer.releases()).extracting(r -> r.name()).containsExactly("state-dec", "sbo");
    }

    @Test
    void a_component_measure_uses_only_files_that_publish_the_component() {
        Answer answer = engine.answer(query(Measure.USBP_ENCOUNTERS, "southwest", "2023-10"));
        assertThat(answer.value()).isEqualTo(90);
        assertThat(answer.view()).isEqualTo("southwest-by-component");
    }

    @Test
    void nationwide_needs_a_file_that_covers_every_region() {
        assertThat(engine.answer(query(Measure.ENCOUNTERS, null, "2023-10")).value())
                .isEqualTo(107);
        assertThatThrownBy(() -> engine.answer(query(Measure.ENCOUNTERS, null, "2023-09")))
                .isInstanceOf(FronteraException.class)
                .satisfies(e -> assertThat(((FronteraException) e).code()).isEqualTo(ErrorCode.NOT_COVERED))
                .hasMessageContaining("2023-09")
                .hasMessageContaining("southwest border only");
    }

    @Test
    void refuses_a_dimension_no_file_publishes_for_the_period_and_says_why() {
        Query query = query(Measure.ENCOUNTERS, "southwest", "2023-09").withFilter(Dimension.STATE, Set.of("TX"));
        assertThatThrownBy(() -> engine.answer(query))
                .hasMessageContaining("does not publish state")
                .hasMessageContaining("covers 2023-10 to 2023-12");
    }

    @Test
    void a_value_a_family_never_lists_is_not_read_as_zero() {
        Query venezuela = query(Measure.ENCOUNTERS, "southwest", "2023-09")
                .withFilter(Dimension.CITIZENSHIP, Set.of("venezuela"));
        assertThatThrownBy(() -> engine.answer(venezuela)).hasMessageContaining("citizenship 'venezuela'");
        // In the state family Venezuela is listed, so a month without a row counts zero.
        assertThat(engine.answer(query(Measure.ENCOUNTERS, "southwest", "2023-10")
                                .withFilter(Dimension.CITIZENSHIP, Set.of("venezuela")))
                        .value())
                .isZero();
    }

    @Test
    void refuses_months_not_yet_published() {
        assertThatThrownBy(() -> engine.answer(query(Measure.ENCOUNTERS, "southwest", "2024-01")))
                .hasMessageContaining("2024-01");
    }

    @Test
    void ranks_a_month_among_all_months_covered_and_says_since_when() {
        Answer answer = engine.answer(query(Measure.ENCOUNTERS, "southwest", "2023-12"));
        AnswerRow.Ranking ranking = answer.rows().get(0).ranking().orElseThrow();
        // Months: Sep 205, Oct 100, Nov 148, Dec 150.
        assertThat(ranking.rank()).isEqualTo(2);
        assertThat(ranking.of()).isEqualTo(4);
        assertThat(ranking.record()).isFalse();
        assertThat(ranking.higherBefore()).contains(Period.month(YearMonth.of(2023, 9)));
        assertThat(answer.rows().get(0).previous().orElseThrow().change()).isEqualTo(2);
        assertThat(answer.rows().get(0).perDay()).isEqualTo(150 / 31.0);
    }

    @Test
    void groups_by_a_dimension_with_shares_and_top_n() {
        Query query = new Query(
                Measure.ENCOUNTERS,
                Map.of(Dimension.REGION, Set.of("southwest")),
                PeriodParser.parse("2023-11..2023-12"),
                List.of(new GroupBy.ByDimension(Dimension.CITIZENSHIP)),
                Optional.of(1),
                false,
                Optional.empty());
        Answer answer = engine.answer(query);
        assertThat(answer.rows()).hasSize(1);
        assertThat(answer.rows().get(0).group()).contains("mexico");
        assertThat(answer.rows().get(0).value()).isEqualTo(208);
        assertThat(answer.rows().get(0).share().orElseThrow()).isEqualTo(208 / 298.0);
    }

    @Test
    void groups_by_month() {
        Query query = query(Measure.ENCOUNTERS, "southwest", "2023-10..2023-12")
                .withGroupBy(List.of(new GroupBy.ByTime(Period.Grouping.MONTH)));
        assertThat(engine.answer(query).rows()).extracting(AnswerRow::value).containsExactly(100L, 148L, 150L);
    }

    @Test
    void a_fiscal_year_to_date_ends_at_the_last_published_month() {
        Answer answer = engine.answer(query(Measure.ENCOUNTERS, "southwest", "FY2024-YTD"));
        assertThat(answer.period().last()).isEqualTo(YearMonth.of(2023, 12));
        assertThat(answer.value()).isEqualTo(398);
    }

    @Test
    void a_measure_that_contradicts_a_filter_is_an_error() {
        Query query =
                query(Measure.APPREHENSIONS, "southwest", "2023-10").withFilter(Dimension.COMPONENT, Set.of("ofo"));
        assertThatThrownBy(() -> engine.answer(query)).hasMessageContaining("contradicts");
    }
}
