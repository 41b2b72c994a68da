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
 * Stories whose sentences lean on the ones before, written for these tests and checked against the
 * record first (southwest border: May 2024, 170,716 encounters; calendar year 2024, 1,646,230, of
 * them 549,681 Mexicans, 33.4%, and 179,900 Venezuelans; calendar year 2023, 2,541,959).
 */
class TestRunningStoryOnPublishedRecord {
    private static final ClaimChecker CHECKER = ClaimChecker.create(PublishedRecord.full());

    private static List<CheckedClaim> check(LocalDate published, String... paragraphs) {
        return CHECKER.check(String.join("\n\n", paragraphs), published).claims();
    }

    private static CheckedClaim figure(List<CheckedClaim> claims, String text) {
        return claims.stream()
                .filter(c -> c.text().contains(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + text + " in " + claims));
    }

    @Test
    void a_sentence_silent_on_migration_reads_on_from_the_one_before_and_can_be_wrong() {
        List<CheckedClaim> claims = check(
                LocalDate.of(2024, 6, 20),
                "Border agents and officers recorded 170,716 encounters at the southwest border in May.",
                "May's total of 190,000 was the highest since December.");

        assertThat(figure(claims, "170,716").verdict()).isEqualTo(Verdict.ACCURATE);
        assertThat(figure(claims, "190,000").verdict()).isEqualTo(Verdict.INACCURATE);
    }

    @Test
    void a_year_written_two_sentences_back_is_still_the_year_of_a_sentence_that_writes_none() {
        List<CheckedClaim> claims = check(
                LocalDate.of(2025, 1, 20),
                "In calendar year 2024, encounters at the southwest border totaled about 1.65 million, down 35% from"
                        + " 2023's 2.54 million.",
                "Mexicans accounted for a third of the year's encounters.",
                "Venezuelans were second, at nearly 180,000.");

        CheckedClaim venezuelans = figure(claims, "nearly 180,000");
        assertThat(Readings.of(venezuelans).period()).isEqualTo(Period.calendarYear(2024));
        assertThat(venezuelans.verdict()).isEqualTo(Verdict.ACCURATE);
        assertThat(claims).allSatisfy(c -> assertThat(c.verdict()).as(c.text()).isEqualTo(Verdict.ACCURATE));
    }

    @Test
    void a_year_ended_weeks_before_the_article_is_read_whole_though_the_kept_files_stop_a_month_short() {
        // The files kept that were out by 20 January 2025 end in November 2024; CBP's schedule had December out.
        CheckedClaim total = check(
                        LocalDate.of(2025, 1, 20),
                        "In calendar year 2024, encounters at the southwest border totaled about 1.65 million.")
                .get(0);

        assertThat(Readings.of(total).period()).isEqualTo(Period.calendarYear(2024));
        assertThat(total.verdict()).isEqualTo(Verdict.ACCURATE);
    }

    @Test
    void the_year_of_a_total_is_a_period() {
        CheckedClaim lowest = check(
                        LocalDate.of(2025, 1, 20),
                        "In calendar year 2024, encounters at the southwest border totaled about 1.65 million.",
                        "The 2024 total was the lowest since 2020.")
                .get(1);

        assertThat(Readings.of(lowest).period().first().getYear()).isIn(2023, 2024);
        assertThat(lowest.verdict()).isEqualTo(Verdict.ACCURATE);
    }

    @Test
    void trump_in_the_past_tense_read_in_his_second_term_can_be_his_first() {
        // Border Patrol nationwide, February 2017 to January 2021: 2,094,392.
        CheckedClaim claim = check(
                        LocalDate.of(2025, 11, 20),
                        "Under the Trump administration, Border Patrol agents apprehended about 2.1 million migrants"
                                + " nationwide.")
                .get(0);

        assertThat(Readings.of(claim).period()).isEqualTo(Period.months(YearMonth.of(2017, 2), YearMonth.of(2021, 1)));
        assertThat(claim.verdict()).isEqualTo(Verdict.ACCURATE);
    }

    @Test
    void a_share_made_up_last_fiscal_year_and_a_weekly_rate_are_read_as_written() {
        // Southwest border, FY2024: single adults 1,218,880 of 2,135,005 (57.1%); 5,833 a day, 40,833 a week.
        LocalDate published = LocalDate.of(2024, 11, 10);
        CheckedClaim share = check(
                        published, "Single adults made up 57% of encounters at the southwest border last fiscal year.")
                .get(0);
        CheckedClaim weekly = check(
                        published,
                        "Encounters at the southwest border averaged more than 40,000 a week last fiscal year.")
                .get(0);
        CheckedClaim tooMany = check(
                        published,
                        "Encounters at the southwest border averaged more than 60,000 a week last fiscal year.")
                .get(0);

        assertThat(share.verdict()).isEqualTo(Verdict.ACCURATE);
        assertThat(Readings.of(share).aggregate()).isEqualTo(Aggregate.SHARE);
        assertThat(weekly.verdict()).isEqualTo(Verdict.ACCURATE);
        assertThat(Readings.of(weekly).aggregate()).isEqualTo(Aggregate.PER_WEEK);
        assertThat(tooMany.verdict()).isEqualTo(Verdict.INACCURATE);
    }

    @Test
    void a_cause_given_for_a_change_is_not_what_it_counts() {
        // Southwest encounters: December 2022 252,315, January 2023 157,358 (a fall of 37.6%).
        List<CheckedClaim> claims = CHECKER.check(
                        "Southwest border encounters reached 252,315 in December. In January they fell to 157,358, a"
                                + " drop of 38 percent after the administration expanded its parole programs.",
                        LocalDate.of(2023, 2, 21))
                .claims();
        assertThat(claims).hasSize(3);
        assertThat(claims).allSatisfy(c -> assertThat(c.verdict()).as(c.text()).isEqualTo(Verdict.ACCURATE));
        // Parole itself is still not counted.
        assertThat(CHECKER.check("CBP paroled about 30,000 people at the border in January.", LocalDate.of(2023, 2, 21))
                        .claims())
                .allSatisfy(c -> assertThat(c.verdict()).isEqualTo(Verdict.UNVERIFIABLE));
    }
}
