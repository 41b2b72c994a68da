package dev.frontera.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontera.claims.reading.Aggregate;
import dev.frontera.core.Verdict;
import dev.frontera.core.period.Period;
import dev.frontera.data.PublishedRecord;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Figures given for a list of years, written for these tests and checked against the record first
 * (southwest encounters: FY2021 1,734,686, FY2022 2,378,944, FY2023 2,475,669; calendar 2020 547,777 and
 * 2021 2,035,585).
 */
class TestListsOnPublishedRecord {
    private static final ClaimChecker CHECKER = ClaimChecker.create(PublishedRecord.full());
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 12, 20);

    private static List<CheckedClaim> claims(String sentence) {
        return CHECKER.check(sentence, PUBLISHED).claims();
    }

    @Test
    void respectively_gives_each_figure_its_own_year_of_the_list() {
        List<CheckedClaim> right = claims("Southwest border encounters totaled 1.73 million, 2.38 million and 2.48"
                + " million in fiscal years 2021, 2022 and 2023, respectively.");
        assertThat(right).hasSize(3);
        assertThat(right)
                .extracting(c -> Readings.of(c).period())
                .containsExactly(Period.fiscalYear(2021), Period.fiscalYear(2022), Period.fiscalYear(2023));
        assertThat(right).allSatisfy(c -> assertThat(c.verdict()).as(c.text()).isEqualTo(Verdict.ACCURATE));

        List<CheckedClaim> twisted = claims("Southwest border encounters totaled 1.73 million, 2.48 million and 2.88"
                + " million in FY21, FY22 and FY23, respectively.");
        assertThat(twisted)
                .extracting(CheckedClaim::verdict)
                .containsExactly(Verdict.ACCURATE, Verdict.INACCURATE, Verdict.INACCURATE);
    }

    @Test
    void a_figure_for_both_years_of_a_bare_list_is_checked_against_each() {
        List<CheckedClaim> both = claims("Southwest border encounters topped 2 million in both 2022 and 2023.");
        assertThat(both)
                .extracting(c -> Readings.of(c).period())
                .containsExactly(Period.fiscalYear(2022), Period.fiscalYear(2023));
        assertThat(both).allSatisfy(c -> assertThat(c.verdict()).as(c.text()).isEqualTo(Verdict.ACCURATE));

        // 2021 reaches it only in the calendar year (2,035,585), which each year of the list keeps as a reading;
        // 2020 in neither (547,777 in the calendar year).
        assertThat(CHECKER.read("Southwest border encounters topped 2 million in both 2021 and 2022.", PUBLISHED)
                        .get(0)
                        .evaluated())
                .anyMatch(e -> e.candidate().reading().period().equals(Period.calendarYear(2021))
                        && e.fit().map(fit -> fit.fits()).orElse(false));
        List<CheckedClaim> once = claims("Southwest border encounters topped 2 million in both 2020 and 2022.");
        assertThat(once).extracting(CheckedClaim::verdict).containsExactly(Verdict.INACCURATE, Verdict.ACCURATE);
    }

    @Test
    void a_figure_with_its_own_period_does_not_take_the_period_of_the_figure_before_it() {
        // August 2023 rose 27.0% on July; September 15.8% on August and 18.5% on September 2022.
        String sentence = "Encounters at the southwest border rose 27%% in August 2023 and another %s in September.";
        List<CheckedClaim> right = claims(sentence.formatted("16%"));
        assertThat(right)
                .extracting(c -> Readings.of(c).period())
                .containsExactly(Period.month(YearMonth.of(2023, 8)), Period.month(YearMonth.of(2023, 9)));
        assertThat(right).extracting(CheckedClaim::verdict).containsExactly(Verdict.ACCURATE, Verdict.ACCURATE);
        // 26% is August's change, not September's: no longer accurate by borrowing August.
        CheckedClaim wrong = claims(sentence.formatted("26%")).get(1);
        assertThat(wrong.verdict()).isNotEqualTo(Verdict.ACCURATE);
        assertThat(Readings.of(wrong).period()).isEqualTo(Period.month(YearMonth.of(2023, 9)));
    }

    @Test
    void a_signed_percentage_in_a_list_is_a_change_never_a_share() {
        // Border Patrol, FY2022 against FY2021: Del Rio 480,940 (+85%), Rio Grande Valley 468,120 (-15%).
        String list = String.join(
                "\n",
                "Border Patrol apprehensions by sector, FY2022:",
                "• Del Rio: 481K (+85%)",
                "• Rio Grande Valley: 468K (-15%)");
        List<CheckedClaim> changes = CHECKER.check(list, LocalDate.of(2022, 10, 25)).claims().stream()
                .filter(c -> c.text().startsWith("+") || c.text().startsWith("-"))
                .toList();
        assertThat(changes).hasSize(2).allSatisfy(c -> {
            assertThat(Readings.of(c).aggregate()).as(c.text()).isEqualTo(Aggregate.PERCENT_CHANGE);
            assertThat(c.verdict()).as(c.text()).isEqualTo(Verdict.ACCURATE);
        });
        // Not even among the readings weighed: a share is never signed.
        assertThat(CHECKER.read(list, LocalDate.of(2022, 10, 25)).stream()
                        .filter(f -> f.claim()
                                .quantity()
                                .map(q -> q.text().startsWith("+"))
                                .orElse(false))
                        .flatMap(f -> f.evaluated().stream()))
                .isNotEmpty()
                .noneMatch(e -> e.candidate().reading().aggregate() == Aggregate.SHARE);
    }

    @Test
    void a_percentage_above_a_period_is_a_change_from_it() {
        // Southwest encounters: FY2023 2,475,669, 4.1% above FY2022's 2,378,944.
        LocalDate published = LocalDate.of(2023, 10, 25);
        CheckedClaim right = CHECKER.check(
                        "At the southwest border, encounters were about 2.48 million in FY23, 4% above FY22.",
                        published)
                .claims()
                .get(1);
        assertThat(right.verdict()).isEqualTo(Verdict.ACCURATE);
        assertThat(Readings.of(right).aggregate()).isEqualTo(Aggregate.PERCENT_CHANGE);
        assertThat(Readings.of(right).period()).isEqualTo(Period.fiscalYear(2023));
        assertThat(Readings.of(right).base()).contains(Period.fiscalYear(2022));
        CheckedClaim below = CHECKER.check(
                        "At the southwest border, encounters were about 2.48 million in FY23, 4% below FY22.",
                        published)
                .claims()
                .get(1);
        assertThat(below.verdict()).isIn(Verdict.INACCURATE, Verdict.MISLEADING);
    }

    @Test
    void a_range_that_opens_the_sentence_is_the_base_and_period_of_its_multiple() {
        // Border Patrol family-unit apprehensions at the southwest border: FY2018 107,240, FY2019 473,682 (4.42 times).
        LocalDate published = LocalDate.of(2020, 1, 20);
        String sentence = "Between FY2018 and FY2019, family-unit apprehensions by the Border Patrol at the southwest"
                + " border rose more than %s, from 107,212 to 473,682.";
        CheckedClaim right = CHECKER.check(sentence.formatted("fourfold"), published)
                .claims()
                .get(0);
        assertThat(right.verdict()).isEqualTo(Verdict.ACCURATE);
        assertThat(Readings.of(right).period()).isEqualTo(Period.fiscalYear(2019));
        assertThat(Readings.of(right).base()).contains(Period.fiscalYear(2018));
        assertThat(CHECKER.check(sentence.formatted("fivefold"), published)
                        .claims()
                        .get(0)
                        .verdict())
                .isEqualTo(Verdict.INACCURATE);
    }

    @Test
    void a_multiple_of_that_pace_is_against_the_period_of_the_sentence_before() {
        // Southwest encounters: 108,361 from February to November 2025; 2,135,005 in fiscal 2024 (177,917 a month).
        String text = "Southwest border encounters averaged about 11,000 a month from February through November 2025."
                + "\n\nIn fiscal 2024, by comparison, encounters at the southwest border averaged about 178,000 a month,"
                + " more than %s times that pace.";
        CheckedClaim right = CHECKER.check(text.formatted("15"), PUBLISHED).claims().stream()
                .filter(c -> c.text().contains("times"))
                .findFirst()
                .orElseThrow();
        assertThat(right.verdict()).isEqualTo(Verdict.ACCURATE);
        assertThat(Readings.of(right).base()).contains(Period.months(YearMonth.of(2025, 2), YearMonth.of(2025, 11)));
        CheckedClaim wrong = CHECKER.check(text.formatted("40"), PUBLISHED).claims().stream()
                .filter(c -> c.text().contains("times"))
                .findFirst()
                .orElseThrow();
        assertThat(wrong.verdict()).isNotEqualTo(Verdict.ACCURATE);
    }

    @Test
    void a_change_from_one_fiscal_year_to_the_next_and_a_range_with_a_year_earlier_base_keep_their_bases() {
        // Southwest encounters: FY2023 4.1% above FY2022. October to December 2023 against a year earlier: about +9%.
        assertThat(CHECKER.check("Southwest border encounters rose about 4% FY2022 to FY2023.", PUBLISHED)
                        .claims()
                        .get(0)
                        .verdict())
                .isEqualTo(Verdict.ACCURATE);
        CheckedClaim quarter = CHECKER.check(
                        "Between October and December 2023, southwest border encounters were up about 20% from a year"
                                + " earlier.",
                        PUBLISHED)
                .claims()
                .get(0);
        assertThat(quarter.verdict()).isNotEqualTo(Verdict.ACCURATE);
    }

    @Test
    void each_line_of_a_list_is_read_with_the_subject_of_the_line_that_opens_it() {
        // Border Patrol in the Tucson sector: October 2023 55,220, November 64,640, December 80,180, January 2024
        // 50,560, January 2023 20,260 (2.50 times).
        List<CheckedClaim> claims = CHECKER.check(
                        "Border Patrol agents in the Tucson Sector apprehended 50,560 migrants in January, according to"
                                + " new federal data.\n\n"
                                + "Here is how the fiscal year has gone so far in the Tucson Sector:\n"
                                + "October: 55,220\nNovember: 64,640\nDecember: 80,180\n\n"
                                + "Even after the drop, January's number is two and a half times what agents saw in"
                                + " January 2023.",
                        LocalDate.of(2024, 2, 22))
                .claims();
        assertThat(claims)
                .extracting(CheckedClaim::text)
                .containsExactly("50,560", "55,220", "64,640", "80,180", "two and a half times");
        assertThat(claims.subList(1, 4))
                .extracting(c -> Readings.of(c).period())
                .containsExactly(
                        Period.month(YearMonth.of(2023, 10)),
                        Period.month(YearMonth.of(2023, 11)),
                        Period.month(YearMonth.of(2023, 12)));
        assertThat(claims).allSatisfy(c -> assertThat(c.verdict()).as(c.text()).isEqualTo(Verdict.ACCURATE));
    }

    @Test
    void a_sentence_that_names_a_group_the_record_counts_is_read_after_one_that_names_none() {
        // Border Patrol at the southwest border, FY2019: 851,508, of whom 473,682 in family units.
        List<CheckedClaim> claims = CHECKER.check(
                        "Who crossed in fiscal 2019, and how the mix of people changed over the year\n\n"
                                + "The agency's yearly figures came out in the autumn, after months of hearings and"
                                + " a long fight in Congress over money for shelters, judges and new fencing along"
                                + " the Rio Grande, and after a summer in which stations were crowded far past what"
                                + " they had been built to hold. Reporters had waited for the full year.\n\n"
                                + "In fiscal year 2019, the Border Patrol apprehended 851,508 people at the southwest border."
                                + " Guatemalans were the largest national group. Mexicans, once the bulk of them, were"
                                + " fewer. Individuals traveling in family units numbered 473,682.",
                        LocalDate.of(2019, 12, 10))
                .claims();
        assertThat(claims).extracting(CheckedClaim::text).contains("473,682");
        assertThat(claims.stream()
                        .filter(c -> c.text().equals("473,682"))
                        .findFirst()
                        .orElseThrow()
                        .verdict())
                .isEqualTo(Verdict.ACCURATE);
    }
}
