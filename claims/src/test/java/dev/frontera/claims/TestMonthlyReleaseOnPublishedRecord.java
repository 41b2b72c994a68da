package dev.frontera.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontera.core.Verdict;
import dev.frontera.core.period.Period;
import dev.frontera.core.query.Measure;
import dev.frontera.data.PublishedRecord;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sentences in the voice of a monthly release and its write-ups, written for these tests and checked
 * against the record first (Border Patrol at the southwest border: July 2025 4,596, August 2025 6,321,
 * August 2024 58,009; all southwest encounters July 2025 7,822, July 2024 104,101).
 */
class TestMonthlyReleaseOnPublishedRecord {
    private static final ClaimChecker CHECKER = ClaimChecker.create(PublishedRecord.full());
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 9, 20);

    private static List<CheckedClaim> claims(String sentence) {
        return CHECKER.check(sentence, PUBLISHED).claims();
    }

    @Test
    void each_change_of_a_sentence_keeps_its_own_base_and_direction() {
        List<CheckedClaim> right = claims(
                "August saw 6,321 apprehensions, an increase of 37.5% from July but still" + " 89% below August 2024.");
        assertThat(right).hasSize(3);
        // The 37.5% is August 2025's over July 2025, not August 2024's (the later figure's base); "below" makes the
        // 89% a fall, whatever "an increase" before it says.
        assertThat(right.subList(1, 3))
                .extracting(c -> Readings.of(c).period())
                .containsExactly(Period.month(YearMonth.of(2025, 8)), Period.month(YearMonth.of(2025, 8)));
        assertThat(right).allSatisfy(c -> assertThat(c.verdict()).as(c.text()).isEqualTo(Verdict.ACCURATE));
    }

    @Test
    void the_same_months_a_year_earlier_are_the_year_to_date_counted_back() {
        // Southwest encounters: October 2023 to January 2024 961,502; October 2022 to January 2023 876,375 (+9.7%).
        LocalDate february = LocalDate.of(2024, 2, 20);
        Period lastYear = Period.fiscalYearToDate(2023, YearMonth.of(2023, 1));
        for (String sentence : List.of(
                "So far this fiscal year, CBP has recorded 961,502 encounters at the southwest border, compared with"
                        + " 876,375 in the same period a year earlier.",
                "Since October, CBP has recorded 961,502 encounters at the southwest border, up from 876,375 in the"
                        + " same four months last year.")) {
            List<CheckedClaim> claims = CHECKER.check(sentence, february).claims();
            assertThat(claims).hasSize(2);
            assertThat(Readings.of(claims.get(1)).period().last()).isEqualTo(YearMonth.of(2023, 1));
            assertThat(claims)
                    .allSatisfy(c -> assertThat(c.verdict()).as(c.text()).isEqualTo(Verdict.ACCURATE));
        }
        List<CheckedClaim> wrong = CHECKER.check(
                        "Encounters at the southwest border so far this fiscal year total 961,502, up 25% from the"
                                + " same period last year.",
                        february)
                .claims();
        assertThat(Readings.of(wrong.get(1)).base()).contains(lastYear);
        assertThat(wrong.get(1).verdict()).isEqualTo(Verdict.INACCURATE);
    }

    @Test
    void a_decade_earlier_is_ten_years_back() {
        // Border Patrol, southwest border: FY2023 2,045,838; FY2013 414,397 (4.94 times); FY2022 2,206,436.
        for (String sentence : List.of(
                "Border Patrol agents apprehended 2,045,838 migrants at the southwest border in fiscal 2023, nearly"
                        + " five times as many as a decade earlier.",
                "Border Patrol agents apprehended 2,045,838 migrants at the southwest border in fiscal 2023, compared"
                        + " with 414,397 a decade earlier.")) {
            List<CheckedClaim> claims =
                    CHECKER.check(sentence, LocalDate.of(2024, 1, 20)).claims();
            assertThat(claims).hasSize(2);
            assertThat(claims)
                    .allSatisfy(c -> assertThat(c.verdict()).as(c.text()).isEqualTo(Verdict.ACCURATE));
        }
    }

    @Test
    void a_change_since_a_month_runs_from_it_to_the_last_month_published() {
        // Border Patrol, southwest border: May 2019 132,856; August 2020 47,283 (-64.4%).
        LocalDate september = LocalDate.of(2020, 9, 20);
        for (String sentence : List.of(
                "Apprehensions at the southwest border have fallen 64 percent since May 2019.",
                "Since the May 2019 peak, apprehensions have fallen 64 percent, to 47,283 in August.")) {
            List<CheckedClaim> claims = CHECKER.check(sentence, september).claims();
            assertThat(Readings.of(claims.get(0)).base()).contains(Period.month(YearMonth.of(2019, 5)));
            assertThat(Readings.of(claims.get(0)).period()).isEqualTo(Period.month(YearMonth.of(2020, 8)));
            assertThat(claims)
                    .allSatisfy(c -> assertThat(c.verdict()).as(c.text()).isEqualTo(Verdict.ACCURATE));
        }
        CheckedClaim wrong = CHECKER.check(
                        "Apprehensions at the southwest border have fallen 80 percent since May 2019.", september)
                .claims()
                .get(0);
        assertThat(wrong.verdict()).isEqualTo(Verdict.INACCURATE);
    }

    @Test
    void a_span_of_months_needs_no_from_and_the_same_months_of_a_year_are_its_base() {
        // Southwest encounters: January to November 2024 1,550,197; January to November 2023 2,239,978 (-30.8%).
        List<CheckedClaim> claims = CHECKER.check(
                        "January through November 2024: about 1.55 million southwest encounters, down 31% from the"
                                + " same months of 2023.",
                        LocalDate.of(2024, 12, 30))
                .claims();
        assertThat(claims).hasSize(2);
        assertThat(Readings.of(claims.get(0)).period())
                .isEqualTo(Period.months(YearMonth.of(2024, 1), YearMonth.of(2024, 11)));
        assertThat(Readings.of(claims.get(1)).base())
                .contains(Period.months(YearMonth.of(2023, 1), YearMonth.of(2023, 11)));
        assertThat(claims).allSatisfy(c -> assertThat(c.verdict()).as(c.text()).isEqualTo(Verdict.ACCURATE));
    }

    @Test
    void up_a_percentage_on_a_month_is_a_change_from_that_month() {
        // Southwest encounters: February 2024 189,922; January 2024 176,195 (+7.8% as published in March 2024).
        List<CheckedClaim> claims = CHECKER.check(
                        "Its 189,922 encounters at the southwest border in February were up 7.8% on January.",
                        LocalDate.of(2024, 3, 20))
                .claims();
        assertThat(Readings.of(claims.get(1)).base()).contains(Period.month(YearMonth.of(2024, 1)));
        assertThat(claims).allSatisfy(c -> assertThat(c.verdict()).as(c.text()).isEqualTo(Verdict.ACCURATE));
    }

    @Test
    void including_ports_of_entry_is_every_encounter() {
        List<CheckedClaim> total = claims("Total southwest border encounters, including ports of entry, were 7,822 in"
                + " July, a 92% drop from July 2024.");
        assertThat(total).extracting(c -> Readings.of(c).measure()).containsOnly(Measure.ENCOUNTERS);
        assertThat(total).allSatisfy(c -> assertThat(c.verdict()).as(c.text()).isEqualTo(Verdict.ACCURATE));
    }

    @Test
    void counting_the_ports_is_every_encounter_and_a_run_is_not_of_the_base_before_it() {
        // Southwest encounters: December 2024 96,033, January 2025 61,445, February 11,710, March 11,011; March 2024
        // 189,359 (a fall of 94.2%).
        List<CheckedClaim> claims = CHECKER.check(
                        "Counting people stopped at ports of entry, southwest border encounters totaled 11,011, down"
                                + " about 94 percent from March 2024, and fell for the third straight month.",
                        LocalDate.of(2025, 4, 16))
                .claims();
        assertThat(claims).hasSize(3);
        assertThat(claims).extracting(c -> Readings.of(c).measure()).containsOnly(Measure.ENCOUNTERS);
        assertThat(Readings.of(claims.get(2)).period().last()).isEqualTo(YearMonth.of(2025, 3));
        assertThat(claims).allSatisfy(c -> assertThat(c.verdict()).as(c.text()).isEqualTo(Verdict.ACCURATE));
    }

    @Test
    void the_agency_of_a_later_clause_is_not_the_scope_of_the_figure_before_it() {
        // Southwest encounters, November 2025: 10,960 (365.3 a day); the Border Patrol's share is not yet published.
        List<CheckedClaim> claims = CHECKER.check(
                        "In November, the count was 10,960, about 365 a day, and the Border Patrol apprehended"
                                + " roughly 7,400 of them between ports of entry.",
                        LocalDate.of(2025, 12, 20))
                .claims();
        assertThat(claims.subList(0, 2))
                .extracting(c -> Readings.of(c).measure())
                .containsOnly(Measure.ENCOUNTERS);
        assertThat(claims.subList(0, 2))
                .allSatisfy(c -> assertThat(c.verdict()).as(c.text()).isEqualTo(Verdict.ACCURATE));
        assertThat(claims.get(2).verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    }

    @Test
    void the_lowest_in_the_agencys_history_is_refuted_by_the_yearly_totals() {
        // Border Patrol, southwest, March 2025: 7,180, the lowest month since FY2000; FY1967 averaged 6,164 a month.
        assertThat(claims("Border Patrol agents apprehended 7,180 migrants between ports of entry along the southwest"
                                + " border in March, the lowest monthly total in the agency's history.")
                        .get(1)
                        .verdict())
                .isEqualTo(Verdict.INACCURATE);
    }

    @Test
    void forecasts_releases_a_states_arrests_and_what_cbp_does_not_track_are_not_checked() {
        for (String sentence : List.of(
                "If March holds at February's pace, fiscal 2025 could finish below 600,000 encounters at the southwest"
                        + " border.",
                "Economists estimate that 1.6 million recent migrants have joined the labour force since 2021, a figure"
                        + " CBP does not track.",
                "The senator said Biden has released more than 1.5 million migrants into the interior since he took"
                        + " office.",
                "Since the launch of Operation Lone Star, Texas DPS has apprehended more than 515,000 illegal"
                        + " immigrants.")) {
            assertThat(CHECKER.check(sentence, LocalDate.of(2025, 3, 20)).claims())
                    .as(sentence)
                    .singleElement()
                    .satisfies(c -> assertThat(c.verdict()).isEqualTo(Verdict.UNVERIFIABLE));
        }
    }

    @Test
    void a_count_written_as_thousands_then_the_rest_is_one_figure() {
        // Border Patrol at the southwest border, May 2025: 8,725.
        List<CheckedClaim> claims = CHECKER.check(
                        "The agents of the Border Patrol detained 8 thousand 725 persons between the ports of entry in"
                                + " May 2025.",
                        LocalDate.of(2025, 6, 20))
                .claims();
        assertThat(claims)
                .singleElement()
                .satisfies(c -> assertThat(c.verdict()).isEqualTo(Verdict.ACCURATE));
    }

    @Test
    void a_month_written_after_a_bases_own_figure_is_not_the_period_of_a_later_change() {
        // Southwest encounters: February 2025 11,710, January 2025 61,445, February 2024 189,913 (a fall of 93.8%).
        List<CheckedClaim> claims = CHECKER.check(
                        "Counting ports of entry, total southwest encounters were 11,709, down from 61,465 in January"
                                + " and about 94% below February 2024.",
                        LocalDate.of(2025, 3, 20))
                .claims();
        assertThat(claims).hasSize(3);
        assertThat(Readings.of(claims.get(2)).period()).isEqualTo(Period.month(YearMonth.of(2025, 2)));
        assertThat(claims).allSatisfy(c -> assertThat(c.verdict()).as(c.text()).isEqualTo(Verdict.ACCURATE));
    }

    @Test
    void an_answer_takes_its_unit_from_the_question() {
        // Southwest encounters, December 2023: 302,034 at the time, 9,743 a day.
        List<CheckedClaim> claims = CHECKER.check(
                        "How many people are crossing the southwest border each day? About 10,000 in December.",
                        LocalDate.of(2024, 1, 30))
                .claims();
        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(Readings.of(c).aggregate()).isEqualTo(dev.frontera.claims.reading.Aggregate.PER_DAY);
            assertThat(c.verdict()).isEqualTo(Verdict.ACCURATE);
        });
    }
}
