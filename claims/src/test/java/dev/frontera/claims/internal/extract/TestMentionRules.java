package dev.frontera.claims.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontera.claims.internal.numbers.Quantity;
import dev.frontera.claims.internal.numbers.QuantityFinder;
import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.period.Period;
import dev.frontera.core.query.Measure;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mention rules added for the candidate readings: each fires on its wording and not on the look-alike. */
class TestMentionRules {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 20);
    private final PeriodRule periods = new PeriodRule();
    private final QuantityFinder quantities = new QuantityFinder();

    /** The first period the sentence names, read on another date. */
    private String label(String sentence, LocalDate published) {
        return periods.mentions(sentence, published)
                .get(0)
                .mention()
                .periods()
                .get(0)
                .label();
    }

    private List<String> labels(String sentence) {
        return periods.mentions(sentence, PUBLISHED).stream()
                .map(l -> l.mention().partial().isPresent()
                        ? "window"
                        : l.mention().periods().get(0).label())
                .toList();
    }

    @Test
    void a_sentence_names_one_component_or_none() {
        assertThat(MeasureRule.componentNamed("Border Patrol agents expelled 197,043 migrants under Title 42."))
                .contains(Measure.USBP_ENCOUNTERS);
        assertThat(MeasureRule.componentNamed("Officers at ports of entry expelled 7,700 people."))
                .contains(Measure.OFO_ENCOUNTERS);
        // "Between ports of entry" is the Border Patrol's ground, not the ports'.
        assertThat(MeasureRule.componentNamed("Agents expelled 150,000 migrants caught between ports of entry."))
                .contains(Measure.USBP_ENCOUNTERS);
        assertThat(MeasureRule.componentNamed("The Border Patrol and officers at ports of entry expelled 200,000."))
                .isEmpty();
        assertThat(MeasureRule.componentNamed("U.S. Customs and Border Patrol expelled 200,000."))
                .isEmpty();
    }

    @Test
    void a_sign_before_a_figure_is_its_direction() {
        assertThat(List.of("+12%", "-12%", "\u221212%", "\u201312%", "12%").stream()
                        .map(text -> new Quantity(0, text.length(), text, 12, 1, Quantity.Form.PERCENT).sign()))
                .containsExactly(1, -1, -1, -1, 0);
    }

    @Test
    void fiscal_year_to_date_wordings_end_at_the_month_named_or_run_to_date() {
        assertThat(labels("As of June 30, 57,000 had been apprehended since Oct. 1."))
                .contains("2023-06", "FY2023-YTD..2023-06");
        PeriodMention since = periods.mentions(
                        "Agents apprehended 50,000 since the start of fiscal year 2019.", PUBLISHED)
                .get(0)
                .mention();
        assertThat(since.periods().get(0).label()).isEqualTo("FY2019");
        assertThat(since.toDate()).isTrue();
        assertThat(labels("By February 29, that number rose.")).containsExactly("2024-02");
        // "By the end of March 2019 ... in a fiscal year to date": the fiscal year through March.
        assertThat(labels("By the end of March 2019, agents had apprehended the most in a fiscal year to date."))
                .contains("FY2019-YTD..2019-03");
        assertThat(labels("By February 12, that number rose.")).containsExactly("window");
    }

    @Test
    void a_list_of_years_names_each_of_them_and_bare_years_keep_their_calendar_reading() {
        for (String sentence : List.of(
                "Encounters were 1.7 million, 2.4 million and 2.5 million in fiscal years 2021, 2022 and 2023.",
                "Encounters were 1.7 million, 2.4 million and 2.5 million in FY21, FY22, and FY23.",
                "Encounters were 1.7 million, 2.4 million and 2.5 million in the 2021, 2022 and 2023 fiscal years.")) {
            PeriodMention fiscal = periods.mentions(sentence, PUBLISHED).get(0).mention();
            assertThat(fiscal.periods())
                    .as(sentence)
                    .containsExactly(Period.fiscalYear(2021), Period.fiscalYear(2022), Period.fiscalYear(2023));
            assertThat(fiscal.calendarReading(Period.fiscalYear(2022)))
                    .as(sentence)
                    .isEmpty();
        }
        List<PeriodRule.Located> bare =
                periods.mentions("Encounters topped 2 million in both 2022 and 2023.", PUBLISHED);
        assertThat(bare).hasSize(1);
        PeriodMention both = bare.get(0).mention();
        assertThat(both.periods()).containsExactly(Period.fiscalYear(2022), Period.fiscalYear(2023));
        assertThat(both.calendarReading(Period.fiscalYear(2023))).contains(Period.calendarYear(2023));
        // One year alone keeps its one calendar reading; "2022 and 2023 fiscal years" are no bare years.
        assertThat(periods.mentions("Encounters topped 2 million in 2023.", PUBLISHED)
                        .get(0)
                        .mention()
                        .calendarReading(Period.fiscalYear(2023)))
                .contains(Period.calendarYear(2023));
    }

    @Test
    void runs_of_fiscal_years_months_until_an_event_and_a_president_s_two_terms_are_one_period() {
        assertThat(labels("Single adults made up 78% of apprehensions in FY2012 through FY2016."))
                .containsExactly("FY2012..FY2016");
        assertThat(labels("Apprehensions rose from FY12-FY16.")).containsExactly("FY2012..FY2016");
        assertThat(labels("Expulsions totaled 2.9 million from March 2020 until the policy ended in May 2023."))
                .containsExactly("2020-03..2023-05");
        assertThat(labels("Expulsions totaled 2.9 million from March 2020 until May 2023."))
                .containsExactly("2020-03..2023-05");
        assertThat(labels("Over Obama's two terms, agents apprehended about 3.3 million people."))
                .containsExactly("2009-02..2017-01");
    }

    @Test
    void a_year_earlier_counts_back_from_the_period_written_before_it() {
        assertThat(labels("In fiscal year 2022, agents recorded 2.2 million apprehensions, up from 1.7 million the year"
                        + " before."))
                .containsExactly("FY2022", "FY2021");
        assertThat(labels("In May 2023, agents made 169,000 arrests, compared with 172,000 a year earlier."))
                .containsExactly("2023-05", "2022-05");
        assertThat(labels("In 2022 there were more crossings than the previous year."))
                .containsExactly("FY2022", "FY2021");
        assertThat(labels("Agents made 2,045,838 arrests in fiscal 2023, five times as many as a decade earlier."))
                .containsExactly("FY2023", "FY2013");
        assertThat(labels("Since October, agents made 753,810 arrests, against 764,345 in the same months last year."))
                .containsExactly("2023-10..2024-03", "2022-10..2023-03");
        // With nothing written before it, a year earlier is a change's base, read by the change words.
        assertThat(labels("Arrests were up 20% from a year earlier.")).isEmpty();
        assertThat(labels("In May 2023, arrests were twice those of the year before last."))
                .containsExactly("2023-05");
    }

    @Test
    void since_a_month_runs_from_it_to_date_with_or_without_its_year() {
        for (String sentence : List.of(
                "Agents have recorded more than 6 million encounters since February 2021.",
                "Agents have recorded more than 6 million encounters since February.")) {
            PeriodMention since = periods.mentions(sentence, PUBLISHED).get(0).mention();
            assertThat(since.toDate()).as(sentence).isTrue();
            assertThat(since.periods().get(0).first())
                    .as(sentence)
                    .isEqualTo(java.time.YearMonth.of(sentence.contains("2021") ? 2021 : 2024, 2));
        }
        assertThat(labels("Agents recorded 97,000 encounters in February 2021."))
                .containsExactly("2021-02");
    }

    @Test
    void the_month_a_year_ends_or_begins_in_is_no_period() {
        assertThat(labels("In fiscal year 2019, which ends in September, agents apprehended 164,000."))
                .containsExactly("FY2019");
        assertThat(labels("The fiscal year, which began Oct. 1, has seen 57,000 apprehensions."))
                .isEmpty();
        assertThat(labels("Fiscal 2024, which ended Sept. 30, saw 2 million encounters."))
                .containsExactly("FY2024");
        // Where the year runs through is not where a count to date ends.
        assertThat(labels("So far this fiscal year, which runs through Sept. 30, agents apprehended 500,000."))
                .doesNotContain("FY2023", "FY2023-YTD..2023-09");
        // A month of its own stays: "ended in September" of a count is that count's month.
        assertThat(labels("Apprehensions ended in September at 41,486.")).containsExactly("2023-09");
    }

    @Test
    void so_far_this_year_is_the_fiscal_year_to_date_with_the_calendar_year_as_the_other_reading() {
        PeriodMention soFar = periods.mentions("So far this year, 82,834 single adults crossed.", PUBLISHED)
                .get(0)
                .mention();
        assertThat(soFar.periods().get(0).label()).isEqualTo("FY2024-YTD..2024-03");
        assertThat(soFar.calendarAlternative().orElseThrow().label()).isEqualTo("2024-01..2024-03");
        assertThat(soFar.toDate()).isTrue();
        PeriodMention calendar = periods.mentions("So far this calendar year, 82,834 crossed.", PUBLISHED)
                .get(0)
                .mention();
        assertThat(calendar.periods().get(0).label()).isEqualTo("2024-01..2024-03");
        assertThat(calendar.calendarAlternative()).isEmpty();
        // "June of this year" dates the month: it is no year-to-date mention.
        assertThat(labels("between January and June of this year")).doesNotContain("FY2024-YTD..2024-03");
    }

    @Test
    void a_part_of_the_border_named_by_the_land_is_one_of_the_sectors_there() {
        PlaceRule places = new PlaceRule();
        assertThat(places.mentions("Agents in this part of South Texas came across migrants 35,108 times.").stream()
                        .map(m -> m.slug() + (m.oneOf() ? " (one of)" : "")))
                .containsExactly("rio-grande-valley (one of)", "laredo (one of)");
        assertThat(places.mentions("Crossings in deep South Texas fell.").stream()
                        .map(PlaceMention::slug))
                .containsExactly("rio-grande-valley");
        assertThat(places.mentions("Crossings along the southwest border fell.").stream()
                        .map(PlaceMention::slug))
                .doesNotContain("rio-grande-valley", "laredo");
    }

    @Test
    void british_copy_names_the_south_west_border_and_the_year_to_a_month() {
        assertThat(new PlaceRule()
                        .mentions("Officials recorded 302k encounters at the south-west border.").stream()
                                .map(PlaceMention::slug))
                .containsExactly("southwest");
        assertThat(labels("Agents made about 2.2m arrests in the year to September 2022."))
                .containsExactly("FY2022");
        assertThat(labels("Arrests rose by 12 to September.")).containsExactly("2023-09");
        assertThat(labels("Encounters this year through June totaled 1.2 million."))
                .doesNotContain("2022-07..2023-06");
    }

    @Test
    void a_state_whose_count_is_given_and_a_field_office_after_the_are_places() {
        PlaceRule places = new PlaceRule();
        assertThat(places.mentions("Arizona saw 91,353 migrant encounters in December 2023.").stream()
                        .map(m -> m.kind() + " " + m.slug()))
                .containsExactly("STATE AZ");
        assertThat(places.mentions("Arizona lawmakers said 91,353 was too many."))
                .isEmpty();
        assertThat(places.mentions("The Laredo Field Office processed 215,060 migrants.").stream()
                        .map(PlaceMention::slug))
                .containsExactly("laredo-field-office");
    }

    @Test
    void airports_and_seaports_away_from_the_land_borders_are_the_other_region() {
        PlaceRule places = new PlaceRule();
        assertThat(places.mentions("including 567,208 at airports and seaports away from the land borders").stream()
                        .map(PlaceMention::region)
                        .distinct())
                .containsExactly(dev.frontera.core.dimension.Region.OTHER);
        assertThat(places.mentions("Officials said airport security was tight."))
                .isEmpty();
    }

    @Test
    void this_time_last_year_is_a_base_a_year_back_not_last_year() {
        assertThat(labels("Agents reported 54,000 apprehensions, a 140% increase compared to this time last year."))
                .isEmpty();
        assertThat(labels("Agents reported 54,000 apprehensions last year.")).containsExactly("FY2023");
    }

    @Test
    void a_year_after_from_is_a_period() {
        assertThat(labels("The previous apprehension record was 108,747 from 2000."))
                .containsExactly("FY2000");
    }

    @Test
    void the_last_n_months_are_the_whole_months_before_publication() {
        assertThat(labels("agents apprehended nearly 209,000 migrants over the last four months"))
                .containsExactly("2023-11..2024-02");
        assertThat(labels("in the past 12 months")).containsExactly("2023-03..2024-02");
    }

    @Test
    void first_months_in_office_count_from_the_first_whole_month_of_the_term() {
        assertThat(labels("Biden's first full month in office")).containsExactly("2021-02");
        assertThat(labels("during the first two months of the Obama administration"))
                .containsExactly("2009-02..2009-03");
        // Before 2025 a Trump administration is the first term; after, the second unless "first term" is written.
        assertThat(labels("in the first three months of the Trump presidency")).containsExactly("2017-02..2017-04");
        assertThat(label("the first two months of the Trump administration", LocalDate.of(2025, 4, 17)))
                .isEqualTo("2025-02..2025-03");
    }

    @Test
    void a_president_named_after_under_or_during_is_the_presidency() {
        // Read in March 2024, the presidency runs to date.
        assertThat(labels("Under President Biden, there were nearly 7 million encounters"))
                .containsExactly("2021-02..2024-03");
        assertThat(labels("during the Biden administration")).containsExactly("2021-02..2024-03");
        assertThat(labels("under Obama")).containsExactly("2009-02..2017-01");
        // Read in 2025, Trump is the second term, to date.
        assertThat(label("under President Trump", LocalDate.of(2025, 6, 2))).isEqualTo("2025-02..2025-06");
        // A whole term by its years: Trump's four years are the first term, even read in his second.
        assertThat(label("Over Biden's four years, there were 8.7 million", LocalDate.of(2025, 6, 2)))
                .isEqualTo("2021-02..2025-01");
        assertThat(label("over Trump's four years", LocalDate.of(2025, 6, 2))).isEqualTo("2017-02..2021-01");
        // Other ways to say the presidency: presided over, on his watch, his years.
        assertThat(labels("Biden has presided over more than 7 million encounters"))
                .containsExactly("2021-02..2024-03");
        assertThat(labels("On Trump's watch, apprehensions fell")).containsExactly("2017-02..2021-01");
        assertThat(labels("in the Obama years")).containsExactly("2009-02..2017-01");
        assertThat(label("The Biden years saw more than 15 million encounters", LocalDate.of(2025, 3, 1)))
                .isEqualTo("2021-02..2025-01");
        assertThat(label(
                        "Over the four years of the Biden administration, there were nearly 11 million encounters",
                        LocalDate.of(2025, 3, 1)))
                .isEqualTo("2021-02..2025-01");
        // A year named as the time of an event.
        assertThat(labels("During the 2014 surge, agents caught 68,000 children"))
                .containsExactly("FY2014");
        assertThat(labels("The 2023 total was a record")).containsExactly("FY2023");
    }

    @Test
    void trump_unqualified_in_the_past_tense_of_his_second_term_may_be_his_first() {
        LocalDate november2025 = LocalDate.of(2025, 11, 20);
        PeriodMention past = periods.mentions(
                        "During the Trump administration, agents apprehended about 2.1 million migrants.", november2025)
                .get(0)
                .mention();
        assertThat(past.periods().get(0).label()).isEqualTo("2025-02..2025-11");
        assertThat(past.firstTerm().orElseThrow().label()).isEqualTo("2017-02..2021-01");
        // The present tense, or a term named, leaves no doubt.
        assertThat(periods.mentions("Under Trump, apprehensions have fallen to 8,000 a month.", november2025)
                        .get(0)
                        .mention()
                        .firstTerm())
                .isEmpty();
        assertThat(periods.mentions("Since Trump took office, apprehensions plunged 90%.", november2025)
                        .get(0)
                        .mention()
                        .firstTerm())
                .isEmpty();
        assertThat(periods.mentions("In Trump's second term, agents apprehended 70,000.", november2025)
                        .get(0)
                        .mention()
                        .firstTerm())
                .isEmpty();
        // A name alone, with no "under" or "during", is no period.
        assertThat(labels("Biden said 8.8 million were encountered")).isEmpty();
    }

    @Test
    void a_month_without_its_year_is_the_one_nearest_a_month_the_sentence_dates() {
        // Read in March 2024: July alone would be July 2023 anyway; here the dated month decides.
        assertThat(labels("Arrests rose 29% in August 2022 compared with July")).containsExactly("2022-08", "2022-07");
        assertThat(labels("In December 2022 encounters peaked, and in January they fell"))
                .containsExactly("2022-12", "2023-01");
        // Never after the article's month: read in March 2024, April is April 2023.
        assertThat(labels("In February 2024, up from 2,000, and in April")).containsExactly("2024-02", "2023-04");
        // A month not set beside the dated one is the most recent one: the dated one is history.
        assertThat(labels("less than the record of 88,857, set in May 2019, but more than the 55,805 recorded in June"))
                .containsExactly("2019-05", "2023-06");
        // A run of months through a month without its year ends at the latest such month.
        assertThat(labels("In the 12 months through June, there were about 2.5 million encounters"))
                .containsExactly("2022-07..2023-06");
        // After a colon the sentence goes on about the dated time.
        assertThat(labels("When the order ended in May 2023, encounters fell sharply: June's total was down 30%"))
                .containsExactly("2023-05", "2023-06");
        // With no dated month, a month alone is the most recent one.
        assertThat(labels("Arrests rose in July")).containsExactly("2023-07");
    }

    @Test
    void a_year_ago_after_a_dated_period_is_a_year_before_it() {
        assertThat(labels("Arrests fell in June 2022 to about 83,500, compared with about 99,500 a year ago"))
                .containsExactly("2022-06", "2021-06");
        assertThat(labels("Agents made 249,740 arrests in December 2023, up from 170,602 two years earlier"))
                .containsExactly("2023-12", "2021-12");
        // "1.5 years" is no count of years.
        assertThat(labels("Arrests in June 2022 were 10% above the level of 1.5 years earlier"))
                .containsExactly("2022-06");
    }

    @Test
    void a_month_set_beside_a_dated_base_takes_that_base_s_year_unless_it_is_a_base_too() {
        LocalDate later = LocalDate.of(2025, 6, 1);
        assertThat(
                        periods
                                .mentions("Encounters fell to 176,000 in January from 302,000 in December 2023", later)
                                .stream()
                                .map(l -> l.mention().periods().get(0).label()))
                .containsExactly("2024-01", "2023-12");
        assertThat(
                        periods
                                .mentions(
                                        "That was up about 11% from March and nearly 50% more than in April 2023",
                                        later)
                                .stream()
                                .map(l -> l.mention().periods().get(0).label()))
                .containsExactly("2025-03", "2023-04");
    }

    @Test
    void a_month_runs_a_fiscal_year_to_it_only_when_nothing_stands_between() {
        assertThat(labels("Through August, encounters in fiscal 2023 stood at about 2.3 million"))
                .containsExactly("FY2023-YTD..2023-08");
        assertThat(labels(
                        "Through August, encounters were down 40% from the 2.2 million recorded in all of fiscal 2023"))
                .contains("FY2023");
    }

    @Test
    void quarters_halves_and_last_months_of_a_year_are_its_part() {
        assertThat(labels("in the first quarter of fiscal 2022")).containsExactly("FY2022-YTD..2021-12");
        assertThat(labels("in the fourth quarter of fiscal year 2024")).containsExactly("2024-07..2024-09");
        assertThat(labels("in the second half of calendar year 2024")).containsExactly("2024-07..2024-12");
        assertThat(labels("in the first quarter of calendar 2024")).containsExactly("2024-01..2024-03");
        assertThat(labels("in Q3 FY24")).containsExactly("2024-04..2024-06");
        // Through a quarter: the year's quarters up to it.
        assertThat(labels("which totaled 25,269 through the second quarter 2007"))
                .containsExactly("FY2007-YTD..2007-03");
        // A half or the last months of a bare year are the calendar's, as news copy means them.
        assertThat(labels("in the last three months of 2024")).containsExactly("2024-10..2024-12");
        assertThat(labels("in the first half of 2023")).containsExactly("2023-01..2023-06");
        // A quarter of a bare year: the fiscal year's, the calendar year's as the other reading.
        PeriodMention quarter = periods.mentions("in the second quarter of 2023", PUBLISHED)
                .get(0)
                .mention();
        assertThat(quarter.periods().get(0).label()).isEqualTo("2023-01..2023-03");
        assertThat(quarter.calendarAlternative().orElseThrow().label()).isEqualTo("2023-04..2023-06");
        // A fifth quarter names no months.
        assertThat(labels("the 5th quarter of 2023")).doesNotContain("2023-10..2023-12");
    }

    @Test
    void months_through_a_month_and_two_months_totalled_are_runs_of_months() {
        assertThat(labels("In the 12 months through June 2024, encounters totaled 2.5 million"))
                .containsExactly("2023-07..2024-06");
        assertThat(labels("in the 12-month period ending in September 2023")).containsExactly("FY2023");
        assertThat(labels("Encounters in October and November 2024 totaled 200,525"))
                .containsExactly("2024-10..2024-11");
        // Not in a row, or no total: each month is its own.
        assertThat(labels("Encounters in March and June 2024 totaled 300,000")).doesNotContain("2024-03..2024-06");
        assertThat(labels("Encounters in October and November 2024 were 106,000 and 94,000"))
                .doesNotContain("2024-10..2024-11");
    }

    @Test
    void first_months_and_date_ranges_are_whole_months_or_windows() {
        assertThat(labels("in the first eight months of fiscal year 2019")).containsExactly("FY2019-YTD..2019-05");
        // A bare year: the fiscal year's first months, the calendar year's as the other reading.
        PeriodMention nine = periods.mentions("in the first nine months of 2023", PUBLISHED)
                .get(0)
                .mention();
        assertThat(nine.periods().get(0).label()).isEqualTo("FY2023-YTD..2023-06");
        assertThat(nine.calendarAlternative().orElseThrow().label()).isEqualTo("2023-01..2023-09");
        assertThat(labels("between Oct. 1, 2004, and Sept. 30, 2005")).containsExactly("FY2005");
        assertThat(labels("from January 1 to December, 31, 2020")).containsExactly("CY2020");
        assertThat(labels("from March 14 to March 21, 2021")).containsExactly("window");
        // The day first, as British and military copy write dates.
        assertThat(labels("between 1 October 2004 and 30 September 2005")).containsExactly("FY2005");
        assertThat(labels("from 14 March to 21 March 2021")).containsExactly("window");
        assertThat(labels("On 20 February 2024, agents apprehended 10,000 people"))
                .containsExactly("window");
        assertThat(labels("agents apprehended 10,000 people on the 5th of May")).containsExactly("window");
        // After a comma, a year-like number is a count: "On 20 February, 2000 migrants ..." is this February.
        assertThat(periods.mentions("On 20 February, 2000 migrants crossed", PUBLISHED)
                        .get(0)
                        .mention()
                        .periods())
                .containsExactly(dev.frontera.core.period.Period.month(java.time.YearMonth.of(2024, 2)));
        assertThat(labels("CBP said on 15 March 2024 that February's total was 140,641"))
                .doesNotContain("window");
        assertThat(labels("it dropped 25 percent from 2023 to 2024")).containsExactly("FY2023..FY2024");
    }

    @Test
    void weeks_are_windows_and_a_window_takes_the_month_it_qualifies() {
        assertThat(labels("During the past four weeks, agents encountered 46,000"))
                .containsExactly("window");
        assertThat(labels("for the first 15 days of December (approximately 121,000 migrants)"))
                .containsExactly("window");
        assertThat(labels("a seven-day average of 2,500")).containsExactly("window");
        assertThat(labels("in the second half of October, compared to the second half of September"))
                .containsExactly("window", "window");
        assertThat(labels("in the second half of 2023")).doesNotContain("window");
        // The window lies in the month it names, not the article's.
        assertThat(periods.mentions("in the second half of October", PUBLISHED)
                        .get(0)
                        .mention()
                        .periods())
                .extracting(Period::label)
                .containsExactly("2023-10");
        assertThat(labels("121,000 migrants in December")).containsExactly("2023-12");
        assertThat(labels("Agents took nearly 23,700 migrants into custody so far this month."))
                .containsExactly("window");
        assertThat(labels("50K migrants apprehended in Texas-based border sectors in 15 days"))
                .containsExactly("window");
        assertThat(labels("Agents apprehended 9,000 migrants a day this month."))
                .containsExactly("2024-03");
        assertThat(labels("Wednesday's meeting comes as record numbers cross")).isEmpty();
    }

    @Test
    void shares_signs_and_folds_are_quantities_and_a_bare_twice_is_not() {
        assertThat(quantities
                        .find("About half of nearly 2 million migrants")
                        .get(0)
                        .form())
                .isEqualTo(Quantity.Form.SHARE);
        assertThat(quantities.find("two-thirds of all encounters").get(0).value())
                .isEqualTo(2.0 / 3);
        assertThat(quantities.find("a majority of them were").get(0).value()).isEqualTo(0.5);
        assertThat(quantities.find("half a million people").get(0).value()).isEqualTo(500_000);
        // A stretch of time, not a share.
        assertThat(quantities.find("in the second half of October")).isEmpty();
        assertThat(quantities.find("the first quarter of fiscal 2022")).noneMatch(q -> q.form() == Quantity.Form.SHARE);
        Quantity signed = quantities.find("Mexico (-9% from 2023)").get(0);
        assertThat(signed.form()).isEqualTo(Quantity.Form.PERCENT);
        assertThat(signed.text()).startsWith("-");
        assertThat(quantities.find("a five-fold increase").get(0).value()).isEqualTo(5);
        assertThat(quantities.find("twice as many as last year").get(0).form()).isEqualTo(Quantity.Form.MULTIPLE);
        assertThat(quantities.find("the president visited the border twice")).isEmpty();
        Quantity seven = quantities.find("roughly seven times those of 2014").get(0);
        assertThat(seven.form()).isEqualTo(Quantity.Form.MULTIPLE);
        assertThat(seven.value()).isEqualTo(7);
        assertThat(quantities.find("he was arrested seven times").get(0).form()).isEqualTo(Quantity.Form.COUNT);
        assertThat(quantities
                        .find("Ecuadorian encounters nearly quintupled")
                        .get(0)
                        .value())
                .isEqualTo(5);
    }

    @Test
    void a_place_short_of_the_top_is_a_record_claim_of_that_place_never_a_record() {
        RecordRule rule = new RecordRule();
        String second = "It was the second-highest monthly total on record.";
        RecordRule.Found found = rule.find(second, PUBLISHED).orElseThrow();
        assertThat(found.place()).isEqualTo(2);
        assertThat(found.qualifier()).isEqualTo(Qualifier.RECORD_HIGH);
        assertThat(second.substring(found.start(), found.end())).startsWith("second-highest");
        assertThat(rule.find("March was the 3rd busiest month ever recorded.", PUBLISHED)
                        .orElseThrow()
                        .place())
                .isEqualTo(3);
        assertThat(rule.find("It was the fourth lowest month in history.", PUBLISHED)
                        .orElseThrow())
                .satisfies(low -> {
                    assertThat(low.place()).isEqualTo(4);
                    assertThat(low.qualifier()).isEqualTo(Qualifier.RECORD_LOW);
                });
        assertThat(rule.find("It was the highest monthly total on record.", PUBLISHED)
                        .orElseThrow()
                        .place())
                .isEqualTo(1);
        assertThat(rule.find("December was the busiest month ever recorded at the border.", PUBLISHED))
                .isPresent();
        assertThat(rule.find("It was the slowest month on record.", PUBLISHED)
                        .orElseThrow()
                        .qualifier())
                .isEqualTo(Qualifier.RECORD_LOW);
        // "Busiest" beside "in 15 years" is a sector's rank; the record is the one "record" names.
        String busiest = "making it the busiest sector in the nation and breaking its own monthly record in 15 years";
        RecordRule.Found record = rule.find(busiest, PUBLISHED).orElseThrow();
        assertThat(busiest.substring(record.start())).startsWith("record in 15 years");
    }

    @Test
    void records_are_found_in_their_other_wordings() {
        RecordRule rule = new RecordRule();
        assertThat(rule.find("the largest number in its\nhistory", PUBLISHED)).isPresent();
        assertThat(rule.find("the highest number in the agency's history", PUBLISHED))
                .isPresent();
        assertThat(rule.find("9,300, the lowest monthly total in CBP's records", PUBLISHED)
                        .orElseThrow()
                        .qualifier())
                .isEqualTo(Qualifier.RECORD_LOW);
        assertThat(rule.find("We're apprehending more people than ever apprehended before.", PUBLISHED)
                        .orElseThrow()
                        .qualifier())
                .isEqualTo(Qualifier.RECORD_HIGH);
        assertThat(rule.find("Crossings are lower than ever.", PUBLISHED)
                        .orElseThrow()
                        .qualifier())
                .isEqualTo(Qualifier.RECORD_LOW);
        assertThat(rule.find("Crossings rose more than 20 percent.", PUBLISHED)).isEmpty();
        assertThat(rule.find("300,000 were encountered in December, a record.", PUBLISHED))
                .isPresent();
        assertThat(rule.find("breaking its own monthly record in 15 years", PUBLISHED)
                        .orElseThrow()
                        .sinceAtLeast())
                .isTrue();
        assertThat(rule.find("the lowest number of U.S. Border Patrol apprehensions since 1970", PUBLISHED))
                .isPresent();
        // "At least" leaves what came before the year open: nothing lower since it is all that is claimed.
        assertThat(rule.find("the lowest tally recorded since at least fiscal year 2000", PUBLISHED)
                        .orElseThrow()
                        .sinceAtLeast())
                .isTrue();
        assertThat(rule.find("the lowest tally since fiscal year 2000", PUBLISHED)
                        .orElseThrow()
                        .sinceAtLeast())
                .isFalse();
        assertThat(rule.find("He has a criminal record, officials said.", PUBLISHED))
                .isEmpty();
        // "A four-year low" is the lowest in four years; "nearly" lets the last lower month fall some months short.
        RecordRule.Found low = rule.find("Crossings hit a four-year low in February.", PUBLISHED)
                .orElseThrow();
        assertThat(low.qualifier()).isEqualTo(Qualifier.RECORD_LOW);
        assertThat(low.since().orElseThrow().label()).isEqualTo("2020-03");
        assertThat(rule.find("Crossings hit a nearly four-year low.", PUBLISHED)
                        .orElseThrow()
                        .since()
                        .orElseThrow()
                        .label())
                .isEqualTo("2020-09");
        assertThat(rule.find("Encounters reached a 20-year high.", PUBLISHED)
                        .orElseThrow()
                        .qualifier())
                .isEqualTo(Qualifier.RECORD_HIGH);
    }

    @Test
    void a_list_of_countries_names_each_of_them_and_a_background_phrase_none() {
        GroupRule rule = new GroupRule();
        assertThat(rule.find("600,000 migrants from Guatemala, Honduras and El Salvador were encountered"))
                .containsEntry(Dimension.CITIZENSHIP, java.util.Set.of("guatemala", "honduras", "el-salvador"));
        assertThat(rule.find("Guatemala, Honduras and El Salvador signed the accord"))
                .doesNotContainKey(Dimension.CITIZENSHIP);

        String sentence = "May was the third month in a row that more than 100,000 migrants were detained, amid a surge"
                + " of families from Guatemala, Honduras and El Salvador.";
        ClauseGroups clauses = new ClauseGroups(sentence, rule.mentions(sentence), quantities.find(sentence));
        assertThat(clauses.of(quantities.find(sentence).get(0))).isEmpty();
        assertThat(clauses.sentenceWide()).containsKeys(Dimension.CITIZENSHIP, Dimension.DEMOGRAPHIC);

        String listed = "Agents encountered 600,000 migrants from Guatemala, Honduras and El Salvador in 2019 and 1,000"
                + " from Canada.";
        ClauseGroups list = new ClauseGroups(listed, rule.mentions(listed), quantities.find(listed));
        assertThat(list.of(quantities.find(listed).get(0)))
                .containsEntry(Dimension.CITIZENSHIP, java.util.Set.of("guatemala", "honduras", "el-salvador"));

        // "... and Nicaraguans for about 164,000": a name that leads, past a preposition and a qualifier, into the
        // next number is that number's.
        String elided = "Cubans accounted for roughly 221,000 encounters and Nicaraguans for about 164,000.";
        List<Quantity> figures = quantities.find(elided);
        ClauseGroups pairs = new ClauseGroups(elided, rule.mentions(elided), figures);
        assertThat(pairs.of(figures.get(0))).containsEntry(Dimension.CITIZENSHIP, java.util.Set.of("cuba"));
        assertThat(pairs.of(figures.get(1))).containsEntry(Dimension.CITIZENSHIP, java.util.Set.of("nicaragua"));
    }

    @Test
    void groups_read_children_families_and_countries_beside_figures() {
        GroupRule rule = new GroupRule();
        assertThat(rule.find("19,000 children and teenagers"))
                .containsEntry(Dimension.DEMOGRAPHIC, java.util.Set.of("unaccompanied-children"));
        assertThat(rule.find("7,410 for single adults with children"))
                .containsEntry(Dimension.DEMOGRAPHIC, java.util.Set.of("family-units"));
        assertThat(rule.find("agents apprehended 99,901 FMUAs"))
                .containsEntry(Dimension.DEMOGRAPHIC, java.util.Set.of("family-units"));
        assertThat(rule.find("El Salvador trailed with 56,897"))
                .containsEntry(Dimension.CITIZENSHIP, java.util.Set.of("el-salvador"));
        assertThat(rule.find("Mexico (-9% from 2023)"))
                .containsEntry(Dimension.CITIZENSHIP, java.util.Set.of("mexico"));
        // A nationality before a demographic is a group too.
        assertThat(rule.find("82,834 Mexican single adults crossed"))
                .containsEntry(Dimension.CITIZENSHIP, java.util.Set.of("mexico"))
                .containsEntry(Dimension.DEMOGRAPHIC, java.util.Set.of("single-adults"));
        assertThat(rule.find("one in three migrants encountered was Mexican."))
                .containsEntry(Dimension.CITIZENSHIP, java.util.Set.of("mexico"));
        assertThat(rule.find("migrants crossed from Mexico into Texas")).doesNotContainKey(Dimension.CITIZENSHIP);
        assertThat(rule.find("Mexico City officials said")).doesNotContainKey(Dimension.CITIZENSHIP);
        // Every citizenship but Mexico's, and not Mexico's as well.
        for (String others : java.util.List.of(
                "the number who were non-Mexicans",
                "apprehensions of other than Mexico nationals",
                "90 percent are from countries other than Mexico")) {
            assertThat(rule.find(others))
                    .as(others)
                    .containsEntry(Dimension.CITIZENSHIP, java.util.Set.of("not-mexico"));
        }
    }

    @Test
    void title_8_is_a_group_and_title_42_is_left_to_the_measure() {
        GroupRule rule = new GroupRule();
        assertThat(rule.find("1.91 million were processed under Title 8"))
                .containsEntry(Dimension.TITLE, java.util.Set.of("title-8"));
        assertThat(rule.find("Title VIII apprehensions rose"))
                .containsEntry(Dimension.TITLE, java.util.Set.of("title-8"));
        assertThat(rule.find("half were expelled under Title 42")).doesNotContainKey(Dimension.TITLE);
        // The 8 of "Title 8" is the law's name, so it stands between no figure and the place after it.
        String sentence = "About 1.91 million were processed under Title 8 at the southwest border in fiscal 2023.";
        SentenceMentions mentions =
                new ClaimExtractor().mentions(new dev.frontera.text.Sentence(sentence, 0), PUBLISHED);
        assertThat(mentions.countBetween(sentence.indexOf("million"), sentence.indexOf("southwest")))
                .isFalse();
    }

    @Test
    void counts_after_averaged_are_statistics_and_residents_are_not() {
        NotStatisticRule rule = new NotStatisticRule();
        String averaged = "Encounters averaged 9,000 each day.";
        assertThat(rule.find(averaged, quantities.find(averaged).get(0))).isEmpty();
        String aged = "children aged 12 and under";
        assertThat(rule.find(aged, quantities.find(aged).get(0))).isPresent();
        String residents = "The border city has 680,000 residents.";
        assertThat(rule.find(residents, quantities.find(residents).get(0))).isPresent();
        String slots = "About 1,450 CBP One appointments are available each day.";
        assertThat(rule.find(slots, quantities.find(slots).get(0))).isPresent();
        // Migrants who came with appointments are still counted.
        String came = "Migrants at ports of entry, most with CBP One appointments, numbered 604,482.";
        Quantity numbered = quantities.find(came).stream()
                .filter(q -> q.value() == 604_482)
                .findFirst()
                .orElseThrow();
        assertThat(rule.find(came, numbered)).isEmpty();
        String app = "CBP One appointments were capped at 1,450 a day.";
        assertThat(rule.find(app, quantities.find(app).get(0))).contains("a name (CBP One)");
        assertThat(rule.find(app, quantities.find(app).get(1))).isEmpty();
    }

    @Test
    void place_rule_reads_lists_of_sectors_and_the_frontier_with_mexico() {
        PlaceRule rule = new PlaceRule();
        assertThat(
                        rule
                                .mentions(
                                        "agents in the El Paso, Big Bend, Del Rio, Laredo, and Rio Grande Valley Sectors")
                                .stream()
                                .map(PlaceMention::slug)
                                .toList())
                .contains("el-paso", "big-bend", "del-rio", "laredo", "rio-grande-valley");
        // In a sentence about sectors a name alone is one; a town or a port by its name is not.
        assertThat(rule.mentions("The El Paso sector led with 427,470, ahead of Del Rio with 393,240."))
                .extracting(PlaceMention::slug)
                .containsExactly("el-paso", "del-rio");
        assertThat(rule.mentions("The Laredo sector caught 9,000, and the Del Rio port of entry 2,000."))
                .extracting(PlaceMention::slug)
                .containsExactly("laredo");
        assertThat(rule.mentions("Del Rio saw 393,240 crossings."))
                .extracting(PlaceMention::slug)
                .containsExactly("del-rio");
        assertThat(rule.mentions("Del Rio has 35,000 residents.")).isEmpty();
        // Beside a sector the sentence names as one, the names of a list are sectors too.
        assertThat(rule.mentions(
                        "Tucson agents made 41,940 apprehensions in March 2024, San Diego 33,780 and El Paso 30,420."))
                .extracting(PlaceMention::slug)
                .containsExactly("tucson", "san-diego", "el-paso");
        assertThat(rule.mentions("41,770 at the frontier with Mexico"))
                .extracting(PlaceMention::slug)
                .containsExactly("southwest");
    }
}
