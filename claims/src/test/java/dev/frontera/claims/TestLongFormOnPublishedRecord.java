package dev.frontera.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontera.core.Verdict;
import dev.frontera.data.PublishedRecord;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sentences in the voice of a long-form history of the border and of a broadcast, written for these tests and checked
 * against the record first (Border Patrol at the southwest border: FY1986 1,615,844, FY2000 1,643,679, FY2003 905,065,
 * FY2011 327,577).
 */
class TestLongFormOnPublishedRecord {
    private static final ClaimChecker CHECKER = ClaimChecker.create(PublishedRecord.full());
    private static final LocalDate PUBLISHED = LocalDate.of(2020, 2, 10);

    private static List<CheckedClaim> claims(String text, LocalDate published) {
        return CHECKER.check(text, published).claims();
    }

    @Test
    void that_peak_is_the_last_period_lent_and_an_event_named_by_its_date_is_no_day() {
        List<CheckedClaim> claims = claims(
                "In fiscal 1986, Border Patrol agents apprehended more than 1.6 million people along the southwest"
                        + " border.\n\n"
                        + "The arrests kept coming, peaking at 1,643,679 in fiscal 2000.\n\n"
                        + "Then the numbers broke.\n\n"
                        + "By fiscal 2003, in the shadow of the September 11 attacks, Border Patrol apprehensions had"
                        + " fallen about 45 percent from that peak.",
                PUBLISHED);
        CheckedClaim fall = claims.get(claims.size() - 1);
        assertThat(fall.text()).isEqualTo("about 45 percent");
        assertThat(Readings.of(fall).base().orElseThrow().label()).isEqualTo("FY2000");
        assertThat(fall.verdict()).isEqualTo(Verdict.ACCURATE);
    }

    @Test
    void a_question_heading_a_paragraph_does_not_cut_it_from_the_period_before() {
        // Southwest encounters, December 2023: 302,034; Mexicans 69,042, Venezuelans 57,869. January 2024 was not
        // yet published on February 10, 2024.
        String filler = "Officials and advocates read these figures in very different ways, and both sides say the"
                + " numbers prove their point about what the border needs next. ";
        String text = "The border in numbers\n\n" + filler.repeat(4) + "\n\nCBP recorded 302,034 encounters along the"
                + " southwest border in December.\n\nWho is coming?\nMexicans remained the largest single group, with"
                + " about 69,000 encounters, followed by Venezuelans at nearly 58,000.";
        List<CheckedClaim> claims =
                CHECKER.check(text, LocalDate.of(2024, 2, 10)).claims();
        assertThat(claims).hasSize(4); // the count, the rank of Mexicans and the two nationalities
        assertThat(claims).allSatisfy(c -> assertThat(c.verdict()).as(c.text()).isEqualTo(Verdict.ACCURATE));
    }

    @Test
    void what_the_clause_before_a_colon_blames_is_not_what_the_figure_counts() {
        List<CheckedClaim> claims = claims(
                "The Great Recession, thousands of new agents and the rise of routine deportation did the rest:"
                        + " apprehensions along the southwest border fell below 330,000 in fiscal 2011.",
                PUBLISHED);
        assertThat(claims)
                .singleElement()
                .satisfies(c -> assertThat(c.verdict()).isEqualTo(Verdict.ACCURATE));
    }

    @Test
    void a_count_on_one_day_is_beyond_the_monthly_record() {
        List<CheckedClaim> claims = claims(
                "And on one day last week, agents in the Rio Grande Valley encountered more than seven thousand"
                        + " people.",
                LocalDate.of(2021, 8, 13));
        assertThat(claims)
                .singleElement()
                .satisfies(c -> assertThat(c.verdict()).isEqualTo(Verdict.UNVERIFIABLE));
    }

    @Test
    void an_average_a_year_is_the_total_over_the_years_written() {
        // Border Patrol at the southwest border, FY2001-FY2008: 8,016,885, or 1,002,111 a year.
        List<CheckedClaim> claims = claims(
                "From fiscal 2001 through fiscal 2008, Border Patrol agents at the southwest border apprehended about 1"
                        + " million people a year.",
                PUBLISHED);
        assertThat(claims).hasSize(1);
        assertThat(Readings.of(claims.get(0)).aggregate())
                .isEqualTo(dev.frontera.claims.reading.Aggregate.YEARLY_AVERAGE);
        assertThat(Readings.of(claims.get(0)).period().length()).isEqualTo(96);
        assertThat(claims.get(0).verdict()).isEqualTo(Verdict.ACCURATE);
        CheckedClaim high = claims(
                        "From fiscal 2001 through fiscal 2008, Border Patrol agents at the southwest border apprehended"
                                + " more than 1.1 million people a year.",
                        PUBLISHED)
                .get(0);
        assertThat(high.verdict()).isEqualTo(Verdict.INACCURATE);
    }
}
