package dev.frontera.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontera.claims.internal.verify.Evaluated;
import dev.frontera.core.Verdict;
import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.period.Period;
import dev.frontera.data.PublishedRecord;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A count run "to date" is read as the months published by the article's day, even for an article
 * older than every release kept here, and a lower bound on it is refuted by those months only when
 * the days after them could not make up the gap.
 */
class TestArticleDateOnPublishedRecord {
    private static final ClaimChecker CHECKER = ClaimChecker.create(PublishedRecord.full());
    // Yuma sector, October 2018 to April 2019: 40,685 in the Border Patrol's monthly tables.
    private static final LocalDate MAY_22_2019 = LocalDate.of(2019, 5, 22);

    private static CheckedClaim check(String sentence) {
        return CHECKER.check(sentence, MAY_22_2019).claims().get(0);
    }

    @Test
    void a_fiscal_year_still_running_at_an_old_articles_date_is_read_to_date() {
        CheckedClaim claim = check(
                "Border Patrol agents in the Yuma Sector have apprehended 40,685 migrants since the start of fiscal year 2019.");

        assertThat(Readings.of(claim).period()).isEqualTo(Period.fiscalYearToDate(2019, YearMonth.of(2019, 4)));
        assertThat(claim.verdict()).isEqualTo(Verdict.ACCURATE);
    }

    @Test
    void complete_months_confirm_a_lower_bound_they_reach() {
        CheckedClaim claim = check(
                "Border Patrol agents in the Yuma Sector have apprehended more than 40,000 migrants since the start of fiscal year 2019.");

        assertThat(claim.verdict()).isEqualTo(Verdict.ACCURATE);
    }

    @Test
    void complete_months_short_of_a_lower_bound_do_not_refute_it() {
        // May 1 to 22 are not in the record: 50,000 may have been passed in them.
        CheckedClaim claim = check(
                "Border Patrol agents in the Yuma Sector have apprehended more than 50,000 migrants since the start of fiscal year 2019.");

        assertThat(claim.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    }

    @Test
    void complete_months_too_far_short_for_the_days_after_them_refute_it() {
        // 40,685 through April: May 1 to 22 at twice the pace of any month counted add nowhere near 40,000 more.
        String sentence = "Border Patrol agents in the Yuma Sector have apprehended more than 80,000 migrants since the"
                + " start of fiscal year 2019.";
        Period toApril = Period.fiscalYearToDate(2019, YearMonth.of(2019, 4));
        List<Evaluated> yuma = CHECKER.read(sentence, MAY_22_2019).stream()
                .flatMap(figure -> figure.evaluated().stream())
                .filter(e -> e.candidate().reading().period().equals(toApril)
                        && e.candidate().reading().filters().containsKey(Dimension.AREA))
                .toList();

        assertThat(yuma).isNotEmpty().allSatisfy(e -> {
            assertThat(e.answered()).isTrue();
            assertThat(e.fits()).isFalse();
        });
    }

    @Test
    void early_in_a_month_the_month_before_may_already_be_out() {
        // On May 8 the schedule had published March; April's figures may have been out already.
        CheckedClaim claim = CHECKER.check(
                        "Border Patrol agents in the Yuma Sector have apprehended 40,685 migrants since the start of"
                                + " fiscal year 2019.",
                        LocalDate.of(2019, 5, 8))
                .claims()
                .get(0);

        java.util.List<Period> weighed = java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(claim.subject()),
                        claim.alternatives().stream().map(Alternative::subject))
                .flatMap(subject -> subject.statisticReading().stream())
                .map(dev.frontera.claims.reading.Reading::period)
                .toList();
        assertThat(weighed)
                .contains(
                        Period.fiscalYearToDate(2019, YearMonth.of(2019, 4)),
                        Period.fiscalYearToDate(2019, YearMonth.of(2019, 3)));
    }

    @Test
    void this_year_before_any_month_of_the_new_fiscal_year_is_out_is_the_year_just_ended() {
        // Border Patrol at the southwest border, FY2016: 408,870; on October 20, 2016 no month of FY2017 was out.
        CheckedClaim claim = CHECKER.check(
                        "This year alone, the Border Patrol caught more than 408,000 people at the southern border.",
                        LocalDate.of(2016, 10, 20))
                .claims()
                .get(0);
        assertThat(Readings.of(claim).period().label()).isEqualTo("FY2016");
        assertThat(claim.verdict()).isEqualTo(Verdict.ACCURATE);
    }
}
