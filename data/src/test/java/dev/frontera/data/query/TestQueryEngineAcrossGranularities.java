package dev.frontera.data.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.period.Period;
import dev.frontera.core.query.Answer;
import dev.frontera.core.query.Family;
import dev.frontera.core.query.GroupBy;
import dev.frontera.core.query.Measure;
import dev.frontera.core.query.Query;
import dev.frontera.core.query.Release;
import dev.frontera.data.read.Observation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Monthly and fiscal-year families, exact and rounded, joined without double counting (small hand-made releases). */
class TestQueryEngineAcrossGranularities {

    private static Observation sectorMonth(String month, String sector, long count) {
        return new Observation(YearMonth.parse(month), "southwest", "usbp", sector, null, null, null, null, count);
    }

    private static Observation sectorYear(int fiscalYear, String sector, long count) {
        return new Observation(YearMonth.of(fiscalYear, 9), "southwest", "usbp", sector, null, null, null, null, count);
    }

    private static Observation[] fiscalYearOfMonths(int fiscalYear, String sector, long perMonth) {
        List<Observation> rows = new ArrayList<>();
        for (YearMonth month = YearMonth.of(fiscalYear - 1, 10);
                !month.isAfter(YearMonth.of(fiscalYear, 9));
                month = month.plusMonths(1)) {
            rows.add(sectorMonth(month.toString(), sector, perMonth));
        }
        return rows.toArray(Observation[]::new);
    }

    private static QueryEngine engine() {
        FakeSource source = new FakeSource()
                .add(
                        "yearly.pdf",
                        Family.USBP_SOUTHWEST_BY_SECTOR_YEARLY,
                        LocalDate.of(2020, 1, 15),
                        sectorYear(1999, "tucson", 5_000),
                        sectorYear(2000, "tucson", 9_999),
                        sectorYear(1999, "yuma", 700))
                .add(
                        "monthly.pdf",
                        Family.USBP_MONTHLY_BY_SECTOR,
                        LocalDate.of(2021, 1, 15),
                        fiscalYearOfMonths(2000, "tucson", 100))
                .add(
                        "khsm.xlsx",
                        Family.OHSS_USBP_MONTHLY,
                        LocalDate.of(2025, 1, 16),
                        true,
                        sectorMonth("1999-10", "tucson", 90),
                        new Observation(
                                YearMonth.of(1999, 10), "southwest", "usbp", null, null, null, "mexico", null, 80),
                        new Observation(
                                YearMonth.of(1999, 10),
                                "southwest",
                                "usbp",
                                null,
                                null,
                                "single-adults",
                                null,
                                null,
                                85));
        return QueryEngine.over(source);
    }

    private static Query southwest(Period period, List<GroupBy> groupBy) {
        return new Query(
                Measure.USBP_ENCOUNTERS,
                Map.of(Dimension.REGION, Set.of("southwest")),
                period,
                groupBy,
                Optional.empty(),
                false,
                Optional.empty());
    }

    @Test
    void a_fiscal_year_total_answers_only_years_no_monthly_release_touches() {
        Answer answer = engine().answer(southwest(
                Period.fiscalYears(1999, 2000), List.of(new GroupBy.ByTime(Period.Grouping.FISCAL_YEAR))));

        // FY1999 from the yearly table (both sectors); FY2000 from the exact monthly table, not the yearly 9,999.
        assertThat(answer.rows()).extracting(row -> row.value()).containsExactly(5_700L, 1_200L);
        assertThat(answer.value()).isEqualTo(6_900);
        assertThat(answer.releases()).extracting(Release::name).containsExactlyInAnyOrder("monthly.pdf", "yearly.pdf");
    }

    @Test
    void a_month_of_a_yearly_only_fiscal_year_is_refused_not_guessed() {
        assertThatThrownBy(() -> engine().answer(southwest(Period.month(YearMonth.of(1999, 3)), List.of())))
                .hasMessageContaining("whole-year totals");
        assertThatThrownBy(() -> engine().answer(
                                southwest(Period.months(YearMonth.of(1998, 10), YearMonth.of(1999, 8)), List.of())))
                .hasMessageContaining("not covered");
    }

    @Test
    void exact_counts_come_before_newer_rounded_ones_and_cuts_are_never_added() {
        Answer october = engine().answer(southwest(Period.month(YearMonth.of(1999, 10)), List.of()));
        assertThat(october.value()).isEqualTo(100);
        assertThat(october.rounded()).isFalse();

        List<SourceFigure> sources = engine().sources(southwest(Period.month(YearMonth.of(1999, 10)), List.of()));
        // The KHSM release gives its sector cut (90), never 90 + 80 + 85.
        assertThat(sources)
                .extracting(figure -> figure.release().name(), SourceFigure::value, SourceFigure::answers)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("monthly.pdf", 100L, true),
                        org.assertj.core.groups.Tuple.tuple("khsm.xlsx", 90L, false));
    }

    @Test
    void a_border_patrol_table_does_not_answer_all_encounters() {
        Query all = new Query(
                Measure.ENCOUNTERS,
                Map.of(Dimension.REGION, Set.of("southwest")),
                Period.fiscalYear(1999),
                List.of(),
                Optional.empty(),
                false,
                Optional.empty());
        assertThatThrownBy(() -> engine().answer(all)).hasMessageContaining("counts Border Patrol encounters only");
    }

    @Test
    void title_8_apprehensions_are_answered_by_the_border_patrol_tables_before_title_42() {
        Query apprehensions = new Query(
                Measure.APPREHENSIONS,
                Map.of(Dimension.REGION, Set.of("southwest")),
                Period.fiscalYear(1999),
                List.of(),
                Optional.empty(),
                false,
                Optional.empty());
        assertThat(engine().answer(apprehensions).value()).isEqualTo(5_700);
    }

    @Test
    void an_exact_fiscal_year_total_answers_a_whole_year_before_rounded_months_which_still_answer_months() {
        Observation[] rounded = fiscalYearOfMonths(2010, "tucson", 1_000);
        FakeSource source = new FakeSource()
                .add("khsm.xlsx", Family.OHSS_USBP_MONTHLY, LocalDate.of(2025, 1, 16), true, rounded)
                .add(
                        "yearly.pdf",
                        Family.USBP_SOUTHWEST_BY_SECTOR_YEARLY,
                        LocalDate.of(2020, 1, 15),
                        sectorYear(2010, "tucson", 12_003));
        QueryEngine engine = QueryEngine.over(source);

        Answer year = engine.answer(southwest(Period.fiscalYear(2010), List.of()));
        assertThat(year.value()).isEqualTo(12_003);
        assertThat(year.rounded()).isFalse();
        assertThat(year.releases()).extracting(Release::name).containsExactly("yearly.pdf");

        Answer month = engine.answer(southwest(Period.month(YearMonth.of(2010, 3)), List.of()));
        assertThat(month.value()).isEqualTo(1_000);
        assertThat(month.rounded()).isTrue();
    }
}
