package dev.frontera.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontera.claims.internal.verify.Evaluated;
import dev.frontera.claims.reading.Aggregate;
import dev.frontera.claims.reading.Reading;
import dev.frontera.claims.reading.ReadingQuery;
import dev.frontera.core.Verdict;
import dev.frontera.core.dimension.Region;
import dev.frontera.core.query.Measure;
import dev.frontera.data.PublishedRecord;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A bound said of every month of a run, answered month by month from the official record: the
 * run's lowest (or highest) month decides, and the reader is told which month that was.
 */
class TestStreaksOnPublishedRecord {
    private static final ClaimChecker CHECKER = ClaimChecker.create(PublishedRecord.full());

    private static Evaluated stated(String sentence, LocalDate published, Measure measure) {
        return CHECKER.read(sentence, published).stream()
                .flatMap(figure -> figure.evaluated().stream())
                .filter(e -> e.candidate().reading().measure() == measure
                        && e.candidate().reading().region() == Region.SOUTHWEST
                        && e.candidate().reading().filters().isEmpty())
                .min(Comparator.comparingInt(e -> e.candidate().features().size()))
                .orElseThrow();
    }

    @Test
    void the_third_month_in_a_row_above_a_bound_is_judged_by_the_runs_lowest_month() {
        // Southwest encounters, 2019: March 103,731, April 109,415, May 144,116 (February 76,545).
        Evaluated run = stated(
                "Southwest border encounters topped 100,000 for the third month in a row in May 2019.",
                LocalDate.of(2019, 6, 20),
                Measure.ENCOUNTERS);

        Reading reading = run.candidate().reading();
        assertThat(reading.aggregate()).isEqualTo(Aggregate.LOWEST_MONTH);
        assertThat(reading.period().label()).isEqualTo("2019-03..2019-05");
        assertThat(run.fits()).isTrue();
        assertThat(run.detail()).isEqualTo("the lowest month was March 2019, 103,731");
        assertThat(ReadingQuery.commands(reading))
                .containsExactly("frontera query --measure encounters --region southwest --period 2019-03..2019-05"
                        + " --group-by month");

        Evaluated fourth = stated(
                "Southwest border encounters topped 100,000 for the fourth month in a row in May 2019.",
                LocalDate.of(2019, 6, 20),
                Measure.ENCOUNTERS);
        assertThat(fourth.fits()).isFalse();
        assertThat(fourth.detail()).isEqualTo("the lowest month was February 2019, 76,545");
    }

    @Test
    void a_floor_denied_since_a_month_holds_only_if_no_month_after_it_fell_below() {
        // Border Patrol, southwest: January 2022 had 147,877, the lowest month from March 2021 to December 2022.
        LocalDate published = LocalDate.of(2023, 2, 13);
        String sentence = "Border Patrol agents have not apprehended fewer than %s migrants at the southwest border"
                + " since February 2021.";

        Evaluated high = stated(sentence.formatted("148,000"), published, Measure.USBP_ENCOUNTERS);
        assertThat(high.candidate().reading().period().label()).isEqualTo("2021-03..2022-12");
        assertThat(high.fits()).isFalse();
        assertThat(high.detail()).isEqualTo("the lowest month was January 2022, 147,877");
        assertThat(stated(sentence.formatted("140,000"), published, Measure.USBP_ENCOUNTERS)
                        .fits())
                .isTrue();

        List<CheckedClaim> checked =
                CHECKER.check(sentence.formatted("148,000"), published).claims();
        assertThat(checked)
                .first()
                .satisfies(claim -> assertThat(claim.verdict()).isNotEqualTo(Verdict.ACCURATE));
    }

    @Test
    void a_run_of_monthly_changes_holds_when_each_month_moved_that_way_and_names_the_month_that_did_not() {
        // Border Patrol, southwest, 2024: April 128,895, May 117,905, June 83,532, July 56,400.
        LocalDate published = LocalDate.of(2024, 8, 20);
        Evaluated fell = stated(
                "Border Patrol apprehensions at the southwest border fell for the third straight month in July.",
                published,
                Measure.USBP_ENCOUNTERS);

        assertThat(fell.candidate().reading().aggregate()).isEqualTo(Aggregate.RUN_OF_CHANGES);
        assertThat(fell.candidate().reading().period().label()).isEqualTo("2024-04..2024-07");
        assertThat(fell.fits()).isTrue();
        assertThat(fell.detail()).isEqualTo("April 2024 128,895, May 2024 117,905, June 2024 83,532, July 2024 56,400");
        // Three moves one way happen by chance one time in eight.
        assertThat(fell.fit().orElseThrow().chance()).isEqualTo(0.125);

        String rose = "Border Patrol apprehensions at the southwest border rose for the third straight month in July.";
        Evaluated wrong = stated(rose, published, Measure.USBP_ENCOUNTERS);
        assertThat(wrong.fits()).isFalse();
        assertThat(wrong.detail()).endsWith("; fell from June 2024");
        assertThat(CHECKER.check(rose, published).claims())
                .singleElement()
                .satisfies(claim -> assertThat(claim.verdict()).isNotEqualTo(Verdict.ACCURATE));
    }
}
