package dev.frontera.data.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.period.Period;
import dev.frontera.core.query.Answer;
import dev.frontera.core.query.AnswerRow;
import dev.frontera.core.query.Query;
import dev.frontera.core.query.Vintage;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Queries mean what they say, over the whole record in the repository (issue 11, item 4). */
class TestQuerySemantics {

    private static Query ask(String... parameters) {
        Map<String, List<String>> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            map.put(parameters[i], List.of(parameters[i + 1]));
        }
        return new QueryParameters(LongRecord.engine()).parse(map, Set.of());
    }

    @Test
    void revisions_compare_releases_as_exact_as_the_best_not_a_rounded_table_with_an_exact_count() {
        List<Vintage> vintages = LongRecord.engine().revisions(ask("region", "southwest", "period", "2023-11"));

        assertThat(vintages)
                .extracting(Vintage::value)
                .containsExactly(
                        242_418L, 242_407L, 242_407L, 242_408L, 242_413L, 242_403L, 242_402L, 242_399L, 242_399L,
                        242_399L, 242_399L, 242_399L);
        assertThat(vintages).extracting(vintage -> vintage.release().rounded()).containsOnly(false);
        // The DHS tables' 242,410 is still there as a source.
        assertThat(LongRecord.engine().sources(ask("region", "southwest", "period", "2023-11")))
                .extracting(SourceFigure::value)
                .contains(242_410L, 242_399L);
    }

    @Test
    void revisions_of_what_only_rounded_tables_publish_compare_those() {
        List<Vintage> vintages = LongRecord.engine().revisions(ask("sector", "RGV", "period", "FY2023"));

        assertThat(vintages)
                .isNotEmpty()
                .extracting(vintage -> vintage.release().rounded())
                .containsOnly(true);
    }

    @Test
    void every_citizenship_but_one_is_the_total_less_that_one() {
        for (String measure : List.of("usbp-encounters", "encounters")) {
            for (String period : List.of("FY2019", "2023-12")) {
                long total = LongRecord.engine()
                        .answer(ask("measure", measure, "region", "southwest", "period", period))
                        .value();
                long mexico = LongRecord.engine()
                        .answer(ask("measure", measure, "region", "southwest", "citizenship", "MX", "period", period))
                        .value();
                Answer others = LongRecord.engine()
                        .answer(ask(
                                "measure",
                                measure,
                                "region",
                                "southwest",
                                "citizenship",
                                "non-Mexico",
                                "period",
                                period));

                assertThat(others.value()).as("%s %s", measure, period).isEqualTo(total - mexico);
                assertThat(others.query().filters()).containsEntry(Dimension.CITIZENSHIP, Set.of("not-mexico"));
            }
        }
        assertThatThrownBy(() -> ask("citizenship", "not-mexico,cuba", "period", "FY2023"))
                .hasMessageContaining("cannot be combined");
        assertThatThrownBy(() -> ask("citizenship", "not-atlantis", "period", "FY2023"))
                .hasMessageContaining("atlantis");
    }

    @Test
    void a_sector_or_field_office_implies_its_region() {
        Answer rgv = LongRecord.engine().answer(ask("sector", "RGV", "period", "FY2023"));

        assertThat(rgv.value()).isEqualTo(338_340L);
        assertThat(rgv.query().filters()).containsEntry(Dimension.REGION, Set.of("southwest"));
        assertThat(LongRecord.engine()
                        .answer(ask("sector", "el-paso-field-office", "period", "FY2023"))
                        .value())
                .isPositive();
        Answer blaine =
                LongRecord.engine().answer(ask("measure", "usbp-encounters", "sector", "blaine", "period", "FY2019"));
        assertThat(blaine.query().filters()).containsEntry(Dimension.REGION, Set.of("northern"));
        // Asked for a region, the region stays as asked.
        assertThatThrownBy(() ->
                        LongRecord.engine().answer(ask("region", "northern", "sector", "RGV", "period", "FY2023")))
                .hasMessageContaining("no official release answers");
    }

    @Test
    void region_suggestions_name_every_valid_value_and_long_lists_only_the_nearest() {
        assertThatThrownBy(() -> ask("region", "sothwest", "period", "FY2023"))
                .hasMessageContaining("did you mean southwest?")
                .hasMessageContaining("nationwide, northern, other, southwest");
        assertThatThrownBy(() -> ask("citizenship", "atlantis", "period", "FY2023"))
                .hasMessageMatching(
                        "unknown citizenship 'atlantis'; the nearest of its \\d{3} valid values: [a-z-]+(, [a-z-]+){4}");
        assertThatThrownBy(() -> ask("citizenship", "venezula", "period", "FY2023"))
                .hasMessageMatching(
                        "unknown citizenship 'venezula'; did you mean venezuela\\? \\(\\d{3} valid values\\)");
    }

    @Test
    void a_fiscal_year_to_date_is_labelled_with_its_months() {
        Answer answer =
                LongRecord.engine().answer(ask("region", "southwest", "period", "FY2024-YTD", "as-of", "2024-03-01"));

        assertThat(answer.period().labelWithMonths()).isEqualTo("FY2024 to date (2023-10 to 2024-01)");
        assertThat(AnswerDocument.table(answer).get(1).get(0)).isEqualTo("FY2024 to date (2023-10 to 2024-01)");
        assertThat(AnswerDocument.tree(answer))
                .containsEntry("first_month", "2023-10")
                .containsEntry("last_month", "2024-01");
    }

    @Test
    void highest_since_and_record_low_say_the_same_in_the_table_and_the_json() {
        Answer answer = LongRecord.engine()
                .answer(ask("region", "southwest", "period", "2023-10..2024-01", "group-by", "month"));
        List<List<String>> table = AnswerDocument.table(answer);
        List<String> header = table.get(0);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rows =
                (List<Map<String, Object>>) AnswerDocument.tree(answer).get("rows");

        for (int i = 0; i < rows.size(); i++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> rank = (Map<String, Object>) rows.get(i).get("rank");
            List<String> cells = table.get(i + 1);
            assertThat(cells.get(header.indexOf("highest_since"))).isEqualTo(rank.get("highest_since"));
            assertThat(cells.get(header.indexOf("lowest_since"))).isEqualTo(rank.get("lowest_since"));
            assertThat(cells.get(header.indexOf("rank")).endsWith("(record)")).isEqualTo(rank.get("record"));
            assertThat(cells.get(header.indexOf("rank")).endsWith("(record low)"))
                    .isEqualTo(rank.get("record_low"));
        }
        // December 2023: the highest month since the series began (October 2013), a record.
        AnswerRow december = answer.rows().get(2);
        assertThat(december.period()).isEqualTo(Period.month(YearMonth.of(2023, 12)));
        assertThat(table.get(3)).contains("1 of 146 (record)", "2013-10");
    }

    @Test
    void a_record_low_is_marked_in_the_table() {
        // July 2025: the fewest encounters nationwide of the monthly series (October 2019 on), 24,589.
        Answer answer = LongRecord.engine().answer(ask("period", "2025-06..2025-08", "group-by", "month"));
        List<List<String>> table = AnswerDocument.table(answer);
        int rank = table.get(0).indexOf("rank");

        assertThat(table)
                .filteredOn(row -> row.get(rank).endsWith("(record low)"))
                .extracting(row -> row.get(0))
                .containsExactly("2025-07");
        assertThat(table.get(2)).contains("24589", "74 of 74 (record low)", "2019-10");
        assertThat(answer.rows())
                .filteredOn(row -> row.ranking().orElseThrow().recordLow())
                .extracting(row -> row.period().label())
                .containsExactly("2025-07");
    }
}
