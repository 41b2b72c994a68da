package dev.frontera.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontera.claims.reading.Aggregate;
import dev.frontera.core.Verdict;
import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.period.Period;
import dev.frontera.core.query.Measure;
import dev.frontera.data.PublishedRecord;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Wire and press-release copy, written for these tests and checked against the record first
 * (Border Patrol FY2023: El Paso 427,470, Del Rio 393,240, Big Bend 11,810; FY2022: Del Rio 480,940,
 * Rio Grande Valley 468,120; southwest FY2022: 1,079,507 Title 42 expulsions; Cubans 220,908 in
 * FY2022 and 142,352 in FY2023; family units 33.2% of FY2023; June 2025: 9,300, the fewest then
 * recorded).
 */
class TestWireCopyOnPublishedRecord {
    private static final ClaimChecker CHECKER = ClaimChecker.create(PublishedRecord.full());
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 8, 20);

    private static CheckedClaim only(String sentence) {
        return only(sentence, PUBLISHED);
    }

    private static CheckedClaim only(String sentence, LocalDate published) {
        List<CheckedClaim> claims = CHECKER.check(sentence, published).claims();
        assertThat(claims).as(sentence).hasSize(1);
        return claims.get(0);
    }

    /** The figure of {@code text} whose claimed words contain {@code words}. */
    private static CheckedClaim figure(String text, LocalDate published, String words) {
        return CHECKER.check(text, published).claims().stream()
                .filter(c -> c.text().contains(words))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void the_budget_year_of_ap_copy_is_the_fiscal_year() {
        String story = String.join(
                "\n\n",
                "Border Patrol agents in the El Paso Sector made about 427,000 arrests in the 2023 budget year.",
                "The Del Rio Sector was second with roughly 393,000 apprehensions.",
                "The quiet Big Bend Sector recorded fewer than 12,000.");
        List<CheckedClaim> claims = CHECKER.check(story, PUBLISHED).claims();

        assertThat(claims).hasSize(3).allSatisfy(claim -> {
            assertThat(claim.verdict()).as(claim.text()).isEqualTo(Verdict.ACCURATE);
            assertThat(Readings.of(claim).period()).as(claim.text()).isEqualTo(Period.fiscalYear(2023));
        });
        CheckedClaim wrong =
                only("Border Patrol agents in the El Paso Sector made about 472,000 arrests in the 2023 budget year.");
        assertThat(wrong.verdict()).isEqualTo(Verdict.INACCURATE);
    }

    @Test
    void each_use_of_title_42_is_an_expulsion() {
        CheckedClaim right =
                only("Title 42 was used more than 1 million times at the southwest border in fiscal 2022.");
        assertThat(Readings.of(right).measure()).isEqualTo(Measure.EXPULSIONS);
        assertThat(right.verdict()).isEqualTo(Verdict.ACCURATE);

        CheckedClaim invoked = only("The Border Patrol invoked Title 42 about 1.08 million times at the southwest"
                + " border in fiscal 2022.");
        assertThat(Readings.of(invoked).measure()).isEqualTo(Measure.EXPULSIONS);
        assertThat(invoked.verdict()).isEqualTo(Verdict.ACCURATE);
    }

    @Test
    void a_fraction_after_a_verb_of_change_is_a_change_not_a_share() {
        CheckedClaim claim = CHECKER.check(
                        "Encounters with Cubans at the southwest border fell by more than a third in fiscal 2023,"
                                + " to about 142,000.",
                        PUBLISHED)
                .claims()
                .get(0);
        assertThat(claim.text()).isEqualTo("more than a third");
        assertThat(Readings.of(claim).aggregate()).isEqualTo(Aggregate.PERCENT_CHANGE);
        assertThat(claim.verdict()).isEqualTo(Verdict.ACCURATE);
        // "Made up a third," is a share still.
        CheckedClaim share = CHECKER.check(
                        "Families made up a third, and single adults most of the rest, of southwest border encounters"
                                + " in fiscal 2023.",
                        PUBLISHED)
                .claims()
                .get(0);
        assertThat(Readings.of(share).aggregate()).isEqualTo(Aggregate.SHARE);
    }

    @Test
    void a_share_in_words_may_end_its_sentence() {
        CheckedClaim claim = figure(
                "Single adults made up about 61% of southwest border encounters in fiscal 2023, while people"
                        + " traveling in families accounted for roughly a third.",
                PUBLISHED, "third");
        assertThat(Readings.of(claim).aggregate()).isEqualTo(Aggregate.SHARE);
        assertThat(claim.verdict()).isEqualTo(Verdict.ACCURATE);
    }

    @Test
    void a_sector_set_against_the_leader_is_not_added_to_its_count() {
        CheckedClaim claim = only("The Del Rio Sector led all sectors in fiscal 2022 with nearly 481,000"
                + " apprehensions, just ahead of the Rio Grande Valley.");
        assertThat(Readings.of(claim).filters()).containsEntry(Dimension.AREA, Set.of("del-rio"));
        assertThat(claim.verdict()).isEqualTo(Verdict.ACCURATE);
        // With no other sector in the clause, the one after "behind" keeps the figure.
        CheckedClaim second = only("In fiscal 2022, behind Del Rio, the Rio Grande Valley Sector recorded about"
                + " 468,000 apprehensions.");
        assertThat(Readings.of(second).filters()).containsEntry(Dimension.AREA, Set.of("rio-grande-valley"));
    }

    @Test
    void since_the_records_began_is_a_record() {
        CheckedClaim record = figure(
                "Southwest border encounters fell to 9,300 in June 2025, the lowest since the records began.",
                LocalDate.of(2025, 7, 20),
                "since the records began");
        assertThat(Readings.of(record).aggregate()).isEqualTo(Aggregate.RECORD_LOW);
        assertThat(record.verdict()).isEqualTo(Verdict.ACCURATE);
    }

    @Test
    void two_bases_in_one_sentence_date_neither_each_other_nor_the_figures() {
        // San Diego sector, Border Patrol: April 2024 37,370 (the sector's highest since the monthly series began),
        // March 2024 33,780 (+10.6%), April 2023 25,110 (+48.8%); October 2023 to April 2024, 1,046 a day.
        String story = String.join(
                "\n\n",
                "San Diego Sector agents apprehended more than 37,000 migrants in April.",
                "That was up about 11% from March and nearly 50% more than in April 2023.",
                "The sector has averaged more than 1,000 apprehensions a day since October.");
        List<CheckedClaim> claims =
                CHECKER.check(story, LocalDate.of(2024, 5, 20)).claims();

        assertThat(claims).hasSize(4).allSatisfy(claim -> {
            assertThat(claim.verdict()).as(claim.text()).isEqualTo(Verdict.ACCURATE);
            assertThat(Readings.of(claim).filters()).containsEntry(Dimension.AREA, Set.of("san-diego"));
        });
        assertThat(Readings.of(claims.get(1)).base()).contains(Period.month(java.time.YearMonth.of(2024, 3)));
        assertThat(Readings.of(claims.get(2)).period()).isEqualTo(Period.month(java.time.YearMonth.of(2024, 4)));
        assertThat(Readings.of(claims.get(2)).base()).contains(Period.month(java.time.YearMonth.of(2023, 4)));
    }

    @Test
    void a_fiscal_year_through_a_month_runs_to_that_month() {
        // Southwest border, October 2023 to August 2024: 2,033,215 (the whole of FY2024: 2,135,005).
        LocalDate published = LocalDate.of(2024, 10, 20);
        Period toAugust = Period.fiscalYearToDate(2024, java.time.YearMonth.of(2024, 8));
        for (String sentence : List.of(
                "Southwest border encounters in fiscal 2024 through August stood at about 2.03 million.",
                "Through August, southwest border encounters in fiscal 2024 stood at about 2.03 million.",
                "In the fiscal year through August, southwest border encounters stood at about 2.03 million.")) {
            CheckedClaim claim = CHECKER.check(sentence, published).claims().get(0);
            assertThat(Readings.of(claim).period()).as(sentence).isEqualTo(toAugust);
            assertThat(claim.verdict()).as(sentence).isEqualTo(Verdict.ACCURATE);
        }
        // A range of its own ends at its month; the fiscal year beside it stays whole.
        CheckedClaim whole = CHECKER.check(
                        "Southwest border encounters fell from July through August, but fiscal 2024 still saw about"
                                + " 2.1 million.",
                        published)
                .claims()
                .get(0);
        assertThat(Readings.of(whole).period()).isEqualTo(Period.fiscalYear(2024));
    }

    @Test
    void a_month_that_is_a_record_for_a_single_month_and_a_multiple_of_another() {
        // Southwest border: September 2023 269,735, the most then recorded; August 232,963 (+15.8%); June 144,556
        // (x1.87).
        String story = String.join(
                "\n\n",
                "Encounters at the southern border hit 269,735 in September, a record for a single month.",
                "That was nearly 16% more than in August, and nearly twice as many as in June.");
        List<CheckedClaim> claims =
                CHECKER.check(story, LocalDate.of(2023, 10, 25)).claims();

        assertThat(claims).extracting(CheckedClaim::text).contains("a record for a single month", "nearly twice");
        assertThat(claims).allSatisfy(claim -> {
            assertThat(claim.verdict()).as(claim.text()).isEqualTo(Verdict.ACCURATE);
            assertThat(Readings.of(claim).period())
                    .as(claim.text())
                    .isEqualTo(Period.month(java.time.YearMonth.of(2023, 9)));
        });
    }

    @Test
    void a_half_of_a_year_named_bare_is_the_calendar_half() {
        // Southwest border, January to June 2024: 1,036,335 (October 2023 to March 2024: 1,340,774).
        CheckedClaim claim =
                only("In the first half of 2024, southwest border encounters totaled just over 1 million.");
        assertThat(Readings.of(claim).period())
                .isEqualTo(Period.months(java.time.YearMonth.of(2024, 1), java.time.YearMonth.of(2024, 6)));
        assertThat(claim.verdict()).isEqualTo(Verdict.ACCURATE);
        CheckedClaim fiscalHalf =
                only("In the first half of 2024, southwest border encounters totaled just over 1.3 million.");
        assertThat(fiscalHalf.verdict()).isNotEqualTo(Verdict.ACCURATE);
    }

    @Test
    void an_average_each_month_bounds_the_average_not_every_month() {
        // Border Patrol, southwest border, FY2022: 2,206,436, 183,870 a month; its lowest month, January 2022, 147,877.
        CheckedClaim claim = CHECKER.check(
                        "Border Patrol apprehensions at the southwest border averaged more than 180,000 each month in"
                                + " fiscal 2022.",
                        LocalDate.of(2022, 11, 20))
                .claims()
                .get(0);
        assertThat(Readings.of(claim).aggregate()).isEqualTo(Aggregate.MONTHLY_AVERAGE);
        assertThat(claim.verdict()).isEqualTo(Verdict.ACCURATE);
    }

    @Test
    void a_period_that_opens_the_sentence_scopes_all_its_figures() {
        // Border Patrol, southwest border: December 2023 249,740; September 2023 218,763, 5.4% above September 2022
        // (207,597) and 14.2% below December 2023.
        String before = "In Dec. '23, agents logged 249,740 apprehensions at the southwest border.\n\n";
        for (String change : List.of("about 5%", "about 15%")) {
            CheckedClaim claim = figure(
                    before + "In Sept. 2023, Border Patrol apprehended 218,763 migrants along the southwest"
                            + " border, " + change + " more than in the same month a year ago.",
                    LocalDate.of(2024, 2, 20),
                    change);
            assertThat(Readings.of(claim).period()).as(change).isEqualTo(Period.month(java.time.YearMonth.of(2023, 9)));
            assertThat(claim.verdict())
                    .as(change)
                    .isEqualTo(change.equals("about 5%") ? Verdict.ACCURATE : Verdict.INACCURATE);
        }
    }

    @Test
    void groups_in_a_when_clause_are_that_time_s_circumstances_not_the_figure_s_scope() {
        // Border Patrol, southwest border: FY2022 2,206,436, the most of any fiscal year, Mexicans 33.5%; FY2019
        // Mexicans 19.5%, behind Guatemalans (31.0%) and Hondurans (29.8%).
        String story = String.join(
                "\n\n",
                "In fiscal year 2022, the Border Patrol apprehended 2.2 million migrants at the southwest border, the"
                        + " highest annual total ever recorded.",
                "Of these, Mexicans made up about a third, compared with roughly 20% in fiscal 2019, when Guatemalans"
                        + " and Hondurans outnumbered them.");
        List<CheckedClaim> claims =
                CHECKER.check(story, LocalDate.of(2022, 11, 20)).claims();

        assertThat(claims)
                .hasSize(4)
                .allSatisfy(
                        claim -> assertThat(claim.verdict()).as(claim.text()).isEqualTo(Verdict.ACCURATE));
        assertThat(Readings.of(claims.get(3)).filters()).containsEntry(Dimension.CITIZENSHIP, Set.of("mexico"));
    }

    @Test
    void a_count_a_year_earlier_in_a_sentence_with_no_period_is_a_year_before_the_one_it_borrows() {
        // Border Patrol, southwest border: December 2023 249,740; December 2022 222,018; December 2021 170,602.
        String before = "Agents made 249,740 arrests at the southwest border in December 2023.\n\n";
        for (String after : List.of("222,018 a year earlier", "170,602 two years earlier")) {
            List<CheckedClaim> claims = CHECKER.check(
                            before + "That compared with " + after + ".", LocalDate.of(2024, 2, 20))
                    .claims();
            CheckedClaim claim = claims.get(claims.size() - 1);
            assertThat(claim.verdict()).as(after).isEqualTo(Verdict.ACCURATE);
            assertThat(Readings.of(claim).period().first().getYear()).as(after).isLessThan(2023);
        }
    }

    @Test
    void the_year_before_counts_back_for_a_share_a_when_clause_and_a_sentence_it_opens() {
        // Field Operations at the southwest border: FY2024 604,482 (28.3% of 2,135,005); FY2023 429,831 (17.4% of
        // 2,475,669). Border Patrol, southwest border: December 2023 249,740; December 2022 222,018.
        LocalDate published = LocalDate.of(2025, 1, 10);
        List<CheckedClaim> ports = CHECKER.check(
                        "Officers recorded 604,482 encounters at southwest border ports of entry in fiscal 2024.\n\n"
                                + "Ports accounted for about 28% of all southwest border encounters, against about 17"
                                + " percent the year before, when officers logged 429,831.",
                        published)
                .claims();
        assertThat(ports).hasSize(4);
        assertThat(ports).extracting(c -> Readings.of(c).measure()).containsOnly(Measure.OFO_ENCOUNTERS);
        assertThat(ports.subList(2, 4)).extracting(c -> Readings.of(c).period()).containsOnly(Period.fiscalYear(2023));
        assertThat(ports).allSatisfy(c -> assertThat(c.verdict()).as(c.text()).isEqualTo(Verdict.ACCURATE));
        List<CheckedClaim> opened = CHECKER.check(
                        "Agents made 249,740 arrests at the southwest border in December 2023.\n\nThe year before,"
                                + " they made 222,018.",
                        published)
                .claims();
        assertThat(Readings.of(opened.get(1)).period()).isEqualTo(Period.month(YearMonth.of(2022, 12)));
        assertThat(opened.get(1).verdict()).isEqualTo(Verdict.ACCURATE);
    }

    @Test
    void from_one_count_to_another_over_a_range_gives_each_count_its_end_of_the_range() {
        // Border Patrol, southwest border: June 2023 99,538; July 2023 132,652 (the two together 232,190).
        for (String sentence : List.of(
                "Border Patrol apprehensions at the southwest border rose from 99,538 to 132,652 from June to July 2023.",
                "Border Patrol apprehensions at the southwest border rose from 99,538 to 132,652 between June and July"
                        + " 2023.")) {
            List<CheckedClaim> claims =
                    CHECKER.check(sentence, LocalDate.of(2024, 2, 20)).claims();
            assertThat(claims)
                    .hasSize(2)
                    .allSatisfy(claim -> assertThat(claim.verdict())
                            .as(sentence + ": " + claim.text())
                            .isEqualTo(Verdict.ACCURATE));
            assertThat(Readings.of(claims.get(0)).period()).isEqualTo(Period.month(java.time.YearMonth.of(2023, 6)));
            assertThat(Readings.of(claims.get(1)).period()).isEqualTo(Period.month(java.time.YearMonth.of(2023, 7)));
        }
    }

    @Test
    void multiples_over_short_fiscal_ranges_and_possessive_bases() {
        // Southwest border: Venezuelans FY2021 48,678, FY2023 266,071 (x5.47); all encounters FY2020 458,088, FY2021
        // 1,734,686 (x3.79).
        LocalDate published = LocalDate.of(2024, 1, 20);
        for (String multiple : List.of("more than fivefold", "more than sevenfold")) {
            CheckedClaim claim = only(
                    "Venezuelan encounters at the southwest border grew " + multiple + " from FY21 to FY23.",
                    published);
            assertThat(Readings.of(claim).period()).isEqualTo(Period.fiscalYear(2023));
            assertThat(Readings.of(claim).base()).contains(Period.fiscalYear(2021));
            assertThat(claim.verdict())
                    .as(multiple)
                    .isEqualTo(multiple.contains("five") ? Verdict.ACCURATE : Verdict.INACCURATE);
        }
        for (String multiple : List.of("nearly four times", "nearly six times")) {
            CheckedClaim claim = figure(
                    "Fiscal 2021's total of about 1.73 million southwest border encounters was " + multiple
                            + " fiscal 2020's.",
                    published,
                    "times");
            assertThat(Readings.of(claim).base()).as(multiple).contains(Period.fiscalYear(2020));
            assertThat(claim.verdict())
                    .as(multiple)
                    .isEqualTo(multiple.contains("four") ? Verdict.ACCURATE : Verdict.INACCURATE);
        }
    }

    @Test
    void the_round_s_rules_stay_out_of_sentences_they_were_not_written_for() {
        LocalDate published = LocalDate.of(2024, 6, 20);
        CheckedClaim since = CHECKER.check(
                        "Since Title 42 was invoked in March 2020, there have been 2.8 million encounters at the"
                                + " southwest border.",
                        published)
                .claims()
                .get(0);
        assertThat(Readings.of(since).measure()).isNotEqualTo(Measure.EXPULSIONS);
        CheckedClaim venezuelans = CHECKER.check(
                        "For Venezuelans, when Title 42 ended, encounters at the southwest border jumped to 50,000.",
                        published)
                .claims()
                .get(0);
        assertThat(Readings.of(venezuelans).filters()).containsEntry(Dimension.CITIZENSHIP, Set.of("venezuela"));
        CheckedClaim after = CHECKER.check(
                        "Tucson Sector agents were sent to help after El Paso Sector agents recorded 54,000 arrests in"
                                + " May 2024.",
                        published)
                .claims()
                .get(0);
        assertThat(Readings.of(after).filters().get(Dimension.AREA)).contains("el-paso");
    }

    @Test
    void a_colon_before_a_capital_starts_a_sentence_whose_count_the_groups_before_it_do_not_narrow() {
        // Nationwide encounters in fiscal 2022: 2,766,582 (Cubans and Nicaraguans alone: 224,607 and 164,600).
        CheckedClaim claim = only("Cubans and Nicaraguans led the increase: Overall, CBP logged some 2.7 million"
                + " encounters in fiscal 2022.");
        assertThat(claim.verdict()).isEqualTo(Verdict.ACCURATE);
        assertThat(Readings.of(claim).filters()).doesNotContainKey(Dimension.CITIZENSHIP);
    }

    @Test
    void a_region_that_holds_most_of_a_figure_is_not_its_scope() {
        // April 2024: 17,870 Cubans nationwide, 11,359 at the southwest border.
        LocalDate may = LocalDate.of(2024, 5, 20);
        CheckedClaim soil = only(
                "Some 17,870 Cubans were stopped on U.S. soil in April 2024, mostly along the southwest border.", may);
        assertThat(soil.verdict()).isEqualTo(Verdict.ACCURATE);
        assertThat(Readings.of(soil).region()).isEqualTo(dev.frontera.core.dimension.Region.NATIONWIDE);
        CheckedClaim most =
                only("Some 17,870 Cubans crossed in April 2024, most of them at the southwest border.", may);
        assertThat(most.verdict()).isEqualTo(Verdict.ACCURATE);
        CheckedClaim border = only("Some 17,870 Cubans crossed the southwest border in April 2024.", may);
        assertThat(border.verdict()).isNotEqualTo(Verdict.ACCURATE);
    }

    @Test
    void a_state_named_after_a_nationality_keeps_the_nationality_the_record_publishes_by_state() {
        // CBP by state publishes citizenship: Venezuelans in Texas, FY2023, 250,999.
        LocalDate published = LocalDate.of(2024, 1, 30);
        CheckedClaim texas = figure(
                "Migrant encounters at the southwest border reached about 302,000 in December.\n\nVenezuelans became"
                        + " the largest group crossing in fiscal 2023.\n\nIn Texas alone, about 251,000 were"
                        + " encountered in fiscal 2023.",
                published,
                "251,000");
        assertThat(texas.verdict()).isEqualTo(Verdict.ACCURATE);
        assertThat(Readings.of(texas).filters()).containsEntry(Dimension.CITIZENSHIP, Set.of("venezuela"));
    }

    @Test
    void a_multiple_of_the_same_sector_in_another_year_is_read_against_that_year() {
        // Tucson sector: 191,240 in FY2021, 66,076 in FY2020 (2.9 times).
        CheckedClaim claim = only("The Tucson sector recorded nearly three times as many apprehensions in fiscal 2021"
                + " as the Tucson sector did in fiscal 2020.");
        assertThat(claim.verdict()).isEqualTo(Verdict.ACCURATE);
    }
}
