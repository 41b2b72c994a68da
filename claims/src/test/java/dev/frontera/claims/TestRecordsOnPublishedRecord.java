package dev.frontera.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontera.claims.internal.verify.Evaluated;
import dev.frontera.claims.reading.Aggregate;
import dev.frontera.core.Verdict;
import dev.frontera.core.dimension.Region;
import dev.frontera.core.period.Period;
import dev.frontera.core.query.Measure;
import dev.frontera.data.PublishedRecord;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Records and changes judged the way the labelling standard reads them: a month's record reaches
 * back through the yearly totals, a record said of a count holds only where the count does, a
 * running total "by the end of" a month is the fiscal year through it, and a change written as a
 * fraction gets no wider band than one written in digits.
 */
class TestRecordsOnPublishedRecord {
    private static final ClaimChecker CHECKER = ClaimChecker.create(PublishedRecord.full());

    private static Evaluated reading(
            String sentence, LocalDate published, Aggregate aggregate, Measure measure, String period) {
        List<ReadFigure> figures = CHECKER.read(sentence, published);
        return figures.stream()
                .flatMap(figure -> figure.evaluated().stream())
                .filter(e -> e.candidate().reading().aggregate() == aggregate
                        && e.candidate().reading().measure() == measure
                        && e.candidate().reading().period().label().equals(period)
                        && e.candidate().reading().region() == Region.SOUTHWEST)
                .min(Comparator.comparingInt(e -> e.candidate().features().size()))
                .orElseThrow();
    }

    @Test
    void a_records_since_is_its_baseline_not_the_period_of_the_figure_beside_it() {
        // Title 42 expulsions at the southwest border: May 2023, 32,446.
        String sentence = "In May 2023, Title 42 expulsions rose to about 50,000, the most since January.";
        List<ReadFigure> figures = CHECKER.read(sentence, LocalDate.of(2023, 6, 15));
        ReadFigure figure = figures.stream()
                .filter(f -> f.claim().phrase().equals("about 50,000"))
                .findFirst()
                .orElseThrow();

        assertThat(figure.evaluated())
                .extracting(e -> e.candidate().reading().period().label())
                .contains("2023-05")
                .doesNotContain("2023-01..2023-05");
        // A figure after "when" is the month's own: "the lowest since July, when agents reported 39,215".
        String when = "Apprehensions fell in December to 41,000, the lowest since July, when agents reported 39,215.";
        assertThat(CHECKER.read(when, LocalDate.of(2023, 1, 15)).stream()
                        .filter(f -> f.claim().phrase().equals("39,215"))
                        .flatMap(f -> f.evaluated().stream())
                        .map(e -> e.candidate().reading().period().label()))
                .contains("2022-07");
    }

    @Test
    void a_record_in_apposition_to_a_base_is_said_of_the_base() {
        // Border Patrol, southwest border: September 2024 53,858; December 2023 249,740, the highest month on record.
        List<CheckedClaim> claims = CHECKER.check(
                        "Border Patrol recorded about 54,000 apprehensions at the southwest border in September, down"
                                + " from nearly 250,000 in December 2023, the highest monthly total on record.",
                        LocalDate.of(2024, 10, 30))
                .claims();
        assertThat(claims).hasSize(3);
        assertThat(Readings.of(claims.get(2)).period()).isEqualTo(Period.month(YearMonth.of(2023, 12)));
        assertThat(claims).allSatisfy(c -> assertThat(c.verdict()).as(c.text()).isEqualTo(Verdict.ACCURATE));
    }

    @Test
    void a_month_is_no_record_low_when_a_year_before_the_monthly_series_averaged_less() {
        // February 2025 (8,353) is the lowest month since FY2000, but FY1960-FY1968 averaged fewer a month.
        String sentence = "Border Patrol apprehensions at the southwest border in February were the lowest ever.";
        Evaluated low =
                reading(sentence, LocalDate.of(2025, 3, 20), Aggregate.RECORD_LOW, Measure.USBP_ENCOUNTERS, "2025-02");

        assertThat(low.fits()).isFalse();
        assertThat(low.detail()).startsWith("it was not a record: FY19").contains("before the monthly series begins");
        // "Lowest since 1965" fails too: FY1968, after 1965, averaged 8,053 a month.
        Evaluated since = reading(
                "Border Patrol apprehensions at the southwest border in February were the lowest since 1965.",
                LocalDate.of(2025, 3, 20),
                Aggregate.RECORD_LOW,
                Measure.USBP_ENCOUNTERS,
                "2025-02");
        assertThat(since.fits()).isFalse();
        assertThat(since.detail()).startsWith("FY1968, after CY1965, averaged 8,053 a month");
    }

    @Test
    void a_record_said_of_a_count_holds_only_in_the_readings_that_count_it() {
        LocalDate published = LocalDate.of(2025, 4, 17);
        String sentence = "In February, the administration reported a record low of 8,346 migrant arrests along the"
                + " southwest border with Mexico.";
        // All encounters (11,710) were a record low of their series (from FY2014), but 8,346 is not their count.
        Evaluated all = reading(sentence, published, Aggregate.RECORD_LOW, Measure.ENCOUNTERS, "2025-02");
        assertThat(all.fits()).isFalse();
        assertThat(all.detail()).isEqualTo("8,346 is not the 11,710 this reading counts");
        // Border Patrol counted 8,353, and FY1968 averaged fewer a month.
        Evaluated patrol = reading(sentence, published, Aggregate.RECORD_LOW, Measure.USBP_ENCOUNTERS, "2025-02");
        assertThat(patrol.fits()).isFalse();
        assertThat(CHECKER.check(sentence, published).claims().stream()
                        .filter(c -> c.qualifier().equals("record_low"))
                        .map(CheckedClaim::verdict))
                .doesNotContain(Verdict.ACCURATE);

        // The count belongs to the record, so the region named after it is the record's own, not left open.
        assertThat(CHECKER.read(sentence, published).stream()
                        .filter(f -> f.claim().qualifier().isRecord())
                        .flatMap(f -> f.evaluated().stream())
                        .filter(e -> e.candidate().reading().region() == Region.NATIONWIDE))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.candidate().confused()).isTrue());

        // Named, the agency states the scope, and the record is judged there on its own.
        String named = "Customs and Border Protection agents encountered 8,346 migrants at the southwest border in"
                + " February, a record low.";
        assertThat(reading(named, published, Aggregate.RECORD_LOW, Measure.ENCOUNTERS, "2025-02")
                        .fits())
                .isTrue();
    }

    @Test
    void a_running_total_by_the_end_of_a_month_is_the_fiscal_year_through_it() {
        String sentence = "By the end of March 2019, the Border Patrol apprehended more than 135,000 single adults"
                + " — the highest number in a fiscal year to date since 2014.";
        // 135,747 single adults in October 2018-March 2019, more than the same months of FY2015-FY2018.
        Evaluated record = reading(
                sentence,
                LocalDate.of(2019, 5, 15),
                Aggregate.RECORD_HIGH,
                Measure.USBP_ENCOUNTERS,
                "FY2019-YTD..2019-03");

        assertThat(record.fits()).isTrue();
        assertThat(record.judged().orElseThrow().value()).isEqualTo(135_747);
    }

    @Test
    void a_change_written_as_a_fraction_gets_the_two_point_band_of_any_change() {
        LocalDate published = LocalDate.of(2023, 7, 18);
        // June 2023 against May 2023: 144,556 against 206,690, -30.1%.
        String third = "Southwest border encounters in June 2023 fell, dropping nearly a third from May.";
        assertThat(reading(third, published, Aggregate.PERCENT_CHANGE, Measure.ENCOUNTERS, "2023-06")
                        .fits())
                .isFalse();
        String digits = "Southwest border encounters in June 2023 fell, dropping nearly 31 percent from May.";
        assertThat(reading(digits, published, Aggregate.PERCENT_CHANGE, Measure.ENCOUNTERS, "2023-06")
                        .fits())
                .isTrue();
    }

    @Test
    void a_place_short_of_the_top_counts_the_periods_before_the_articles_month() {
        // Southwest encounters: April 2022, 235,785, was below only May 2022 (241,136) of the months to June 2022.
        LocalDate published = LocalDate.of(2022, 6, 20);
        String sentence = "April 2022 was the %s month on record for encounters at the southwest border.";

        Evaluated second = reading(
                sentence.formatted("second-highest"), published, Aggregate.RECORD_HIGH, Measure.ENCOUNTERS, "2022-04");
        assertThat(second.fits()).isTrue();
        assertThat(second.detail())
                .isEqualTo("it was the 2nd highest of 104 comparable periods from 2013-10 to the article's date;"
                        + " higher: 2022-05");

        Evaluated third = reading(
                sentence.formatted("third-highest"), published, Aggregate.RECORD_HIGH, Measure.ENCOUNTERS, "2022-04");
        assertThat(third.fits()).isFalse();
        // Read as a plain record, "second-highest" would have been called wrong: May was higher.
        assertThat(CHECKER.check(sentence.formatted("second-highest"), published)
                        .claims())
                .singleElement()
                .satisfies(claim -> assertThat(claim.verdict()).isNotEqualTo(Verdict.INACCURATE));
    }

    @Test
    void a_figure_for_the_year_before_is_that_years_not_the_articles() {
        // Border Patrol, southwest: FY2022 2,206,436; FY2021 1,659,206.
        String sentence = "In fiscal year 2022, Border Patrol recorded 2.2 million apprehensions along the southwest"
                + " border, up from 1.7 million the year before.";
        LocalDate published = LocalDate.of(2025, 3, 20);

        Evaluated before = reading(sentence, published, Aggregate.TOTAL, Measure.USBP_ENCOUNTERS, "FY2021");
        assertThat(before.fits()).isTrue();
        assertThat(CHECKER.check(sentence, published).claims())
                .hasSize(2)
                .allSatisfy(claim -> assertThat(claim.verdict()).isEqualTo(Verdict.ACCURATE));
    }

    @Test
    void a_record_low_the_yearly_totals_refute_is_flagged_though_all_encounters_reach_it() {
        // Border Patrol, southwest: July 2025 4,596, the lowest month since FY2000; FY1960 averaged 1,752 a month.
        // All encounters (monthly from FY2014) were at their lowest in July 2025 (7,822): a confused scope fits, the
        // one the sentence names does not, so the claim is not right as written.
        List<CheckedClaim> claims = CHECKER.check(
                        "Border Patrol apprehensions at the southwest border sank to 4,596 in July, the fewest in any"
                                + " month on record.",
                        LocalDate.of(2025, 8, 25))
                .claims();
        assertThat(claims).extracting(CheckedClaim::verdict).containsExactly(Verdict.ACCURATE, Verdict.INACCURATE);
    }
}
