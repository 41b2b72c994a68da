package dev.frontera.data.query;

import static dev.frontera.data.query.FakeSource.southwest;
import static dev.frontera.data.query.FakeSource.state;
import static org.assertj.core.api.Assertions.assertThat;

import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.period.PeriodParser;
import dev.frontera.core.query.Answer;
import dev.frontera.core.query.AnswerRow;
import dev.frontera.core.query.Family;
import dev.frontera.core.query.GroupBy;
import dev.frontera.core.query.Measure;
import dev.frontera.core.query.Query;
import dev.frontera.data.PublishedRecord;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which family answers a query grouped by a dimension: the one that covers the period, then the richest. */
class TestPlanner {

    private static Query southwestByDemographic(String period) {
        return new Query(
                Measure.ENCOUNTERS,
                Map.of(Dimension.REGION, Set.of("southwest")),
                PeriodParser.parse(period),
                List.of(new GroupBy.ByDimension(Dimension.DEMOGRAPHIC)),
                Optional.empty(),
                false,
                Optional.empty());
    }

    private static Map<String, Long> byGroup(Answer answer) {
        Map<String, Long> values = new LinkedHashMap<>();
        for (AnswerRow row : answer.rows()) {
            values.put(row.group().orElseThrow(), row.value());
        }
        return values;
    }

    @Test
    void a_family_that_stops_before_the_period_never_answers_it_when_another_covers_it() {
        // Both families publish demographic with the same values; the southwest file stops in October.
        FakeSource source = new FakeSource()
                .add(
                        "sbo",
                        Family.SOUTHWEST_BY_COMPONENT,
                        LocalDate.of(2023, 11, 15),
                        southwest("2023-10", "usbp", "mexico", 90))
                .add(
                        "state",
                        Family.NATIONWIDE_BY_STATE,
                        LocalDate.of(2023, 12, 15),
                        state("2023-10", "southwest", "TX", "mexico", 100),
                        state("2023-11", "southwest", "TX", "mexico", 120));
        Answer answer = QueryEngine.over(source).answer(southwestByDemographic("2023-11"));

        assertThat(answer.value()).isEqualTo(120);
        assertThat(answer.view()).isEqualTo("nationwide-by-state");
    }

    @Test
    void where_both_families_cover_the_period_the_newest_release_answers_as_it_does_ungrouped() {
        FakeSource source = new FakeSource()
                .add(
                        "sbo",
                        Family.SOUTHWEST_BY_COMPONENT,
                        LocalDate.of(2023, 11, 15),
                        southwest("2023-10", "usbp", "mexico", 90))
                .add(
                        "state",
                        Family.NATIONWIDE_BY_STATE,
                        LocalDate.of(2023, 12, 15),
                        state("2023-10", "southwest", "TX", "mexico", 100));
        QueryEngine engine = QueryEngine.over(source);
        Answer grouped = engine.answer(southwestByDemographic("2023-10"));

        assertThat(grouped.value())
                .isEqualTo(engine.answer(southwestByDemographic("2023-10").withGroupBy(List.of()))
                        .value())
                .isEqualTo(100);
    }

    @Test
    void november_2025_southwest_demographics_come_from_the_by_state_file_and_add_up_to_the_headline() {
        QueryEngine engine = PublishedRecord.engine();
        Answer answer = engine.answer(southwestByDemographic("2025-11"));

        assertThat(byGroup(answer))
                .containsExactly(
                        Map.entry("single-adults", 9_387L),
                        Map.entry("family-units", 806L),
                        Map.entry("unaccompanied-children", 728L),
                        Map.entry("accompanied-minors", 39L));
        assertThat(answer.value())
                .isEqualTo(10_960)
                .isEqualTo(engine.answer(southwestByDemographic("2025-11").withGroupBy(List.of()))
                        .value());
        assertThat(answer.releases())
                .extracting(release -> release.name())
                .containsExactly("nationwide-encounters-fy23-fy26-nov-state.csv");
    }

    @Test
    void september_to_november_2025_are_answered_together() {
        Answer answer = PublishedRecord.engine().answer(southwestByDemographic("2025-09..2025-11"));

        assertThat(answer.view()).isEqualTo("nationwide-by-state");
        assertThat(answer.rows())
                .extracting(row -> row.group().orElseThrow())
                .contains("single-adults", "family-units");
    }
}
