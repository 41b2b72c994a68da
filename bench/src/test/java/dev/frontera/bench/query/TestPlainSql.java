package dev.frontera.bench.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.period.Period;
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

class TestPlainSql {
    private static Query southwest(Measure measure, Period period, List<GroupBy> groupBy) {
        return new Query(
                measure,
                Map.of(Dimension.REGION, Set.of("southwest")),
                period,
                groupBy,
                Optional.empty(),
                false,
                Optional.empty());
    }

    @Test
    void monthlySeriesGroupsByMonthOverTheFiscalYearOfTheNewestCoveringRelease() {
        String sql = PlainSql.answer(southwest(
                Measure.ENCOUNTERS, Period.fiscalYear(2024), List.of(new GroupBy.ByTime(Period.Grouping.MONTH))));

        assertThat(sql)
                .contains(
                        "month BETWEEN 202310 AND 202409",
                        "region IN ('southwest')",
                        "GROUP BY month",
                        "ORDER BY month",
                        "first_month <= 202310 AND last_month >= 202409",
                        "ORDER BY published DESC, id LIMIT 1");
    }

    @Test
    void measureAddsItsImpliedComponentFilter() {
        String sql =
                PlainSql.answer(southwest(Measure.USBP_ENCOUNTERS, Period.month(YearMonth.of(2023, 11)), List.of()));

        assertThat(sql).contains("component IN ('usbp')").doesNotContain("GROUP BY");
    }

    @Test
    void nationwideQueryNeverReadsTheSouthwestOnlyFamily() {
        String sql = PlainSql.answer(Query.total(Measure.ENCOUNTERS, Period.fiscalYear(2022)));

        assertThat(sql)
                .doesNotContain("southwest-by-component")
                .contains("'nationwide-by-state'")
                .doesNotContain("region IN");
    }

    @Test
    void citizenshipRankingReadsTheFamilyWithEveryNationalityAndKeepsTheTopRows() {
        Query query = new Query(
                Measure.ENCOUNTERS,
                Map.of(Dimension.REGION, Set.of("southwest")),
                Period.fiscalYear(2023),
                List.of(new GroupBy.ByDimension(Dimension.CITIZENSHIP)),
                Optional.of(10),
                false,
                Optional.empty());

        assertThat(PlainSql.answer(query))
                .contains("GROUP BY citizenship", "ORDER BY value DESC, citizenship", "LIMIT 10")
                .doesNotContain("southwest-by-component");
    }

    @Test
    void asOfKeepsOnlyReleasesPublishedByThatDate() {
        Query query = southwest(Measure.ENCOUNTERS, Period.month(YearMonth.of(2023, 11)), List.of())
                .withAsOf(Optional.of(LocalDate.of(2023, 12, 31)));

        assertThat(PlainSql.answer(query)).contains("published <= DATE '2023-12-31'");
    }

    @Test
    void revisionsSumTheFigureInEveryCoveringReleaseOldestFirst() {
        String sql = PlainSql.revisions(southwest(Measure.ENCOUNTERS, Period.month(YearMonth.of(2023, 12)), List.of()));

        assertThat(sql)
                .contains("o.region IN ('southwest')", "GROUP BY r.id, r.published", "ORDER BY r.published, r.id");
    }

    @Test
    void rankPlacesTheMonthAmongTheMonthsOfItsRelease() {
        String sql = PlainSql.rank(southwest(Measure.ENCOUNTERS, Period.month(YearMonth.of(2023, 12)), List.of()));

        assertThat(sql).contains("rank() OVER (ORDER BY value DESC)", "WHERE month = 202312");
    }
}
