package dev.frontera.core.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frontera.core.FronteraException;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestPeriodParser {

    @ParameterizedTest
    @CsvSource({
        "2023-12, 2023-12, 2023-12, 2023-12",
        "FY2024, 2023-10, 2024-09, FY2024",
        "fy24, 2023-10, 2024-09, FY2024",
        "CY2023, 2023-01, 2023-12, CY2023",
        "2023, 2023-01, 2023-12, CY2023",
        "2023-10..2024-09, 2023-10, 2024-09, 2023-10..2024-09",
        "FY2022..FY2024, 2021-10, 2024-09, FY2022..FY2024",
        "CY2021..CY2022, 2021-01, 2022-12, CY2021..CY2022",
        "FY2023..2023-12, 2022-10, 2023-12, 2022-10..2023-12",
    })
    void reads_every_period_form(String text, String first, String last, String label) {
        Period period = PeriodParser.parse(text);
        assertThat(period.first()).isEqualTo(YearMonth.parse(first));
        assertThat(period.last()).isEqualTo(YearMonth.parse(last));
        assertThat(period.label()).isEqualTo(label);
    }

    @Test
    void a_fiscal_year_to_date_starts_in_october() {
        Period period = PeriodParser.parse("FY2024-YTD");
        assertThat(period.kind()).isEqualTo(Period.Kind.FISCAL_YEAR_TO_DATE);
        assertThat(period.first()).isEqualTo(YearMonth.of(2023, 10));
    }

    @Test
    void rejects_month_13_with_the_reason() {
        assertThatThrownBy(() -> PeriodParser.parse("2023-13"))
                .isInstanceOf(FronteraException.class)
                .hasMessageContaining("month 13 does not exist");
    }

    @Test
    void rejects_a_range_that_ends_before_it_starts() {
        assertThatThrownBy(() -> PeriodParser.parse("2024-03..2023-10"))
                .hasMessageContaining("ends (2023-10) before it starts (2024-03)");
    }

    @Test
    void rejects_nonsense_and_says_what_is_understood() {
        assertThatThrownBy(() -> PeriodParser.parse("last tuesday"))
                .hasMessageContaining("'last tuesday' is not understood")
                .hasMessageContaining("FY2024");
    }

    @Test
    void counts_true_days_for_per_day_rates() {
        assertThat(PeriodParser.parse("2024-02").days()).isEqualTo(29);
        assertThat(PeriodParser.parse("2023-12").days()).isEqualTo(31);
        assertThat(PeriodParser.parse("FY2024").days()).isEqualTo(366);
    }

    @Test
    void fiscal_year_of_a_month() {
        assertThat(Period.fiscalYearOf(YearMonth.of(2023, 11))).isEqualTo(2024);
        assertThat(Period.fiscalYearOf(YearMonth.of(2023, 9))).isEqualTo(2023);
    }

    @Test
    void splits_a_range_into_fiscal_years() {
        assertThat(PeriodParser.parse("FY2022..FY2023").split(Period.Grouping.FISCAL_YEAR))
                .extracting(Period::label)
                .containsExactly("FY2022", "FY2023");
        assertThat(PeriodParser.parse("2023-08..2023-11").split(Period.Grouping.FISCAL_YEAR))
                .extracting(Period::label)
                .containsExactly("2023-08..2023-09", "2023-10..2023-11");
    }

    @Test
    void spells_out_the_months_a_label_does_not_show() {
        assertThat(PeriodParser.parse("2023-12").labelWithMonths()).isEqualTo("2023-12");
        assertThat(PeriodParser.parse("2023-10..2023-12").labelWithMonths()).isEqualTo("2023-10 to 2023-12");
        assertThat(PeriodParser.parse("FY2023").labelWithMonths()).isEqualTo("FY2023 (2022-10 to 2023-09)");
        assertThat(PeriodParser.parse("CY2023").labelWithMonths()).isEqualTo("CY2023 (2023-01 to 2023-12)");
        assertThat(Period.fiscalYearToDate(2024, java.time.YearMonth.of(2024, 2))
                        .labelWithMonths())
                .isEqualTo("FY2024 to date (2023-10 to 2024-02)");
    }

    @Test
    void a_period_years_before_keeps_its_kind() {
        assertThat(PeriodParser.parse("FY2024").yearsBefore(2).label()).isEqualTo("FY2022");
        assertThat(PeriodParser.parse("2023-12").yearsBefore(3).label()).isEqualTo("2020-12");
        assertThat(Period.fiscalYearToDate(2024, YearMonth.of(2024, 2))
                        .yearBefore()
                        .label())
                .isEqualTo("FY2023-YTD..2023-02");
    }
}
