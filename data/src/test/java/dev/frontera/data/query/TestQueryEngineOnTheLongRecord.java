package dev.frontera.data.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.period.Period;
import dev.frontera.core.query.Answer;
import dev.frontera.core.query.AnswerRow;
import dev.frontera.core.query.GroupBy;
import dev.frontera.core.query.Measure;
import dev.frontera.core.query.Query;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The long record joined into one history, pinned to figures read by hand from the files: the
 * PDFs' printed totals, the KHSM workbook and CBP's CSVs (see PROVENANCE.md, sections 6 and 7).
 */
class TestQueryEngineOnTheLongRecord {

    private static Query query(
            Measure measure, Period period, Map<Dimension, Set<String>> filters, List<GroupBy> groupBy) {
        return new Query(measure, filters, period, groupBy, Optional.empty(), false, Optional.empty());
    }

    private static Map<Dimension, Set<String>> southwest() {
        return Map.of(Dimension.REGION, Set.of("southwest"));
    }

    private static Map<Dimension, Set<String>> southwestAnd(Dimension dimension, String value) {
        Map<Dimension, Set<String>> filters = new EnumMap<>(Dimension.class);
        filters.put(Dimension.REGION, Set.of("southwest"));
        filters.put(dimension, Set.of(value));
        return filters;
    }

    private static long value(Answer answer, Period period) {
        return answer.rows().stream()
                .filter(row -> row.period().equals(period))
                .findFirst()
                .orElseThrow()
                .value();
    }

    @Test
    void border_patrol_southwest_per_fiscal_year_is_one_series_from_fy1960() {
        Answer answer = LongRecord.engine()
                .answer(query(
                        Measure.USBP_ENCOUNTERS,
                        Period.fiscalYears(1960, 2024),
                        southwest(),
                        List.of(new GroupBy.ByTime(Period.Grouping.FISCAL_YEAR))));

        assertThat(answer.rows()).hasSize(65);
        // Southwest sector PDF, row totals as printed.
        assertThat(value(answer, Period.fiscalYear(1960))).isEqualTo(21_022);
        assertThat(value(answer, Period.fiscalYear(1986))).isEqualTo(1_615_844);
        assertThat(value(answer, Period.fiscalYear(1999))).isEqualTo(1_537_000);
        // Monthly PDF FY2000-FY2020 (exact), not the KHSM workbook's 1,566,420.
        assertThat(value(answer, Period.fiscalYear(2000))).isEqualTo(1_643_679);
        // CBP's southwest file (exact, newer than the PDF) from FY2019.
        assertThat(value(answer, Period.fiscalYear(2019))).isEqualTo(851_508);
        assertThat(value(answer, Period.fiscalYear(2020))).isEqualTo(400_651);
        assertThat(value(answer, Period.fiscalYear(2021))).isEqualTo(1_659_206);
        assertThat(value(answer, Period.fiscalYear(2024))).isEqualTo(1_530_523);
        assertThat(answer.releases())
                .extracting(release -> release.family().slug())
                .contains("usbp-southwest-by-sector-yearly", "usbp-monthly-by-sector", "southwest-by-component")
                .doesNotContain("ohss-usbp-monthly");
        assertThat(answer.rounded()).isFalse();
        assertThat(answer.notes()).anyMatch(note -> note.contains("whole-year totals"));
    }

    @Test
    void fy1986_apprehensions_come_from_the_yearly_tables_southwest_and_nationwide() {
        QueryEngine engine = LongRecord.engine();
        assertThat(engine.answer(query(Measure.APPREHENSIONS, Period.fiscalYear(1986), southwest(), List.of()))
                        .value())
                .isEqualTo(1_615_844);
        Answer nationwide = engine.answer(query(Measure.APPREHENSIONS, Period.fiscalYear(1986), Map.of(), List.of()));
        assertThat(nationwide.value()).isEqualTo(1_692_544);
        assertThat(nationwide.releases())
                .extracting(release -> release.family().slug())
                .containsExactly("usbp-nationwide-yearly");
    }

    @Test
    void a_fiscal_year_total_is_never_split_into_months() {
        // The engine is built outside the lambdas: only the answer is expected to throw.
        QueryEngine engine = LongRecord.engine();
        assertThatThrownBy(() -> engine.answer(
                        query(Measure.USBP_ENCOUNTERS, Period.month(YearMonth.of(1985, 12)), southwest(), List.of())))
                .isInstanceOf(FronteraException.class)
                .satisfies(e -> assertThat(((FronteraException) e).code()).isEqualTo(ErrorCode.NOT_COVERED))
                .hasMessageContaining("whole-year totals");
        assertThatThrownBy(() -> engine.answer(query(
                        Measure.USBP_ENCOUNTERS,
                        Period.fiscalYear(1986),
                        southwest(),
                        List.of(new GroupBy.ByTime(Period.Grouping.MONTH)))))
                .hasMessageContaining("never split into months");
    }

    @Test
    void rio_grande_valley_in_fy2005_and_fy2021_with_mcallen_mapped() {
        QueryEngine engine = LongRecord.engine();
        Answer fy2005 = engine.answer(query(
                Measure.USBP_ENCOUNTERS,
                Period.fiscalYear(2005),
                southwestAnd(Dimension.AREA, "rio-grande-valley"),
                List.of()));
        // The monthly PDF's "Rio Grande Valley (formerly McAllen)" row; the yearly PDF prints the same 134,186.
        assertThat(fy2005.value()).isEqualTo(134_186);
        assertThat(fy2005.rounded()).isFalse();

        Answer fy2021 = engine.answer(query(
                Measure.USBP_ENCOUNTERS,
                Period.fiscalYear(2021),
                southwestAnd(Dimension.AREA, "rio-grande-valley"),
                List.of()));
        // No exact CBP file has sectors after FY2020: the newest DHS table (KHSM), rounded to 10 per month.
        assertThat(fy2021.value()).isEqualTo(549_090);
        assertThat(fy2021.rounded()).isTrue();
        assertThat(fy2021.releases())
                .extracting(release -> release.family().slug())
                .containsExactly("ohss-usbp-monthly");
        assertThat(fy2021.notes()).anyMatch(note -> note.contains("rounded to the nearest 10"));
    }

    @Test
    void december_2023_is_the_highest_month_for_border_patrol_southwest_since_october_1999() {
        Answer answer = LongRecord.engine()
                .answer(query(Measure.USBP_ENCOUNTERS, Period.month(YearMonth.of(2023, 12)), southwest(), List.of()));

        assertThat(answer.value()).isEqualTo(249_740);
        AnswerRow.Ranking ranking = answer.rows().get(0).ranking().orElseThrow();
        assertThat(ranking.rank()).isEqualTo(1);
        assertThat(ranking.record()).isTrue();
        assertThat(ranking.firstCompared()).isEqualTo(Period.month(YearMonth.of(1999, 10)));
        assertThat(ranking.of()).isEqualTo(311); // Oct 1999 to Aug 2025
    }

    @Test
    void mexican_nationals_monthly_since_fy2000_and_december_2023_was_no_record() {
        QueryEngine engine = LongRecord.engine();
        Map<Dimension, Set<String>> mexico = southwestAnd(Dimension.CITIZENSHIP, "mexico");
        Answer months = engine.answer(query(
                Measure.USBP_ENCOUNTERS,
                Period.months(YearMonth.of(1999, 10), YearMonth.of(2025, 8)),
                mexico,
                List.of(new GroupBy.ByTime(Period.Grouping.MONTH))));

        assertThat(months.rows()).hasSize(311);
        // KHSM (rounded) until FY2018, CBP's southwest file from October 2018.
        assertThat(value(months, Period.month(YearMonth.of(1999, 10)))).isEqualTo(85_940);
        assertThat(value(months, Period.month(YearMonth.of(2000, 3)))).isEqualTo(206_850);
        assertThat(value(months, Period.month(YearMonth.of(2018, 9)))).isEqualTo(12_420);
        assertThat(value(months, Period.month(YearMonth.of(2018, 10)))).isEqualTo(13_868);
        assertThat(months.rounded()).isTrue();

        Answer december =
                engine.answer(query(Measure.USBP_ENCOUNTERS, Period.month(YearMonth.of(2023, 12)), mexico, List.of()));
        AnswerRow.Ranking ranking = december.rows().get(0).ranking().orElseThrow();
        assertThat(december.value()).isEqualTo(56_240);
        assertThat(ranking.record()).isFalse();
        assertThat(ranking.rank()).isEqualTo(101);
        assertThat(ranking.higherBefore()).isPresent();
    }

    @Test
    void sources_show_the_fy2000_disagreement_and_which_figure_answers() {
        List<SourceFigure> figures = LongRecord.engine()
                .sources(query(Measure.USBP_ENCOUNTERS, Period.fiscalYear(2000), southwest(), List.of()));

        assertThat(figures)
                .filteredOn(SourceFigure::answers)
                .extracting(SourceFigure::value)
                .containsOnly(1_643_679L);
        assertThat(figures)
                .extracting(figure -> figure.release().family().slug(), SourceFigure::value)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("usbp-monthly-by-sector", 1_643_679L),
                        // The sum of KHSM's monthly sector cells, each rounded to 10; its annual sheet prints
                        // 1,566,420.
                        org.assertj.core.groups.Tuple.tuple("ohss-usbp-monthly", 1_566_470L),
                        org.assertj.core.groups.Tuple.tuple("usbp-southwest-by-sector-yearly", 1_643_679L));
        assertThat(figures)
                .filteredOn(figure -> figure.release().family().slug().equals("ohss-usbp-monthly"))
                .allMatch(figure -> !figure.answers());
    }

    @Test
    void sector_and_citizenship_cuts_of_a_dhs_table_are_never_crossed_or_added() {
        QueryEngine engine = LongRecord.engine();
        Map<Dimension, Set<String>> crossed = southwestAnd(Dimension.CITIZENSHIP, "mexico");
        crossed = new EnumMap<>(crossed);
        crossed.put(Dimension.AREA, Set.of("tucson"));
        Map<Dimension, Set<String>> filters = crossed;
        assertThatThrownBy(() ->
                        engine.answer(query(Measure.USBP_ENCOUNTERS, Period.fiscalYear(2010), filters, List.of())))
                .hasMessageContaining("separate tables");
        // A FY2010 total from the KHSM cuts alone equals one cut, not three added together.
        List<SourceFigure> figures =
                engine.sources(query(Measure.USBP_ENCOUNTERS, Period.fiscalYear(2010), southwest(), List.of()));
        long khsm = figures.stream()
                .filter(f -> f.release().family().slug().equals("ohss-usbp-monthly"))
                .findFirst()
                .orElseThrow()
                .value();
        assertThat(khsm).isBetween(447_731L - 200, 447_731L + 200);
    }
}
