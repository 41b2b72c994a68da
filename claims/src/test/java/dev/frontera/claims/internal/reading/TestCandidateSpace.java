package dev.frontera.claims.internal.reading;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontera.claims.internal.extract.ClaimExtractor;
import dev.frontera.claims.internal.extract.ExtractedClaim;
import dev.frontera.claims.reading.Aggregate;
import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.dimension.Region;
import dev.frontera.core.period.Period;
import dev.frontera.core.query.Measure;
import dev.frontera.text.Sentence;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestCandidateSpace {
    private static final LocalDate PUBLISHED = LocalDate.of(2023, 12, 28);
    private static final ClaimContext CONTEXT =
            new ClaimContext(Optional.empty(), Optional.empty(), PUBLISHED, YearMonth.of(2023, 11));
    private final ClaimExtractor extractor = new ClaimExtractor();

    private List<Candidate> candidates(String sentence) {
        return candidates(sentence, CONTEXT);
    }

    private List<Candidate> candidates(String sentence, ClaimContext context) {
        return candidatesOf(sentence, context, 0);
    }

    /** The context of a sentence under {@code headline}, with no sentence before it. */
    private ClaimContext underHeadline(String headline, LocalDate published, YearMonth lastPublished) {
        return new ClaimContext(
                Optional.empty(),
                Optional.of(extractor.mentions(new Sentence(headline, 0), published)),
                published,
                lastPublished);
    }

    /** The context of a sentence after {@code previous}, with no headline. */
    private ClaimContext after(String previous) {
        return new ClaimContext(
                Optional.of(extractor.mentions(new Sentence(previous, 0), PUBLISHED)),
                Optional.empty(),
                PUBLISHED,
                YearMonth.of(2023, 11));
    }

    private List<Candidate> candidatesOf(String sentence, int figure) {
        return candidatesOf(sentence, CONTEXT, figure);
    }

    private List<Candidate> candidatesOf(String sentence, ClaimContext context, int figure) {
        List<ExtractedClaim> claims = extractor.extract(
                extractor.mentions(new Sentence(sentence, 0), context.published()), context.published());
        return CandidateSpace.build(claims.get(figure), context, Optional.empty());
    }

    private static Optional<Candidate> find(List<Candidate> candidates, Measure measure, Region region, String period) {
        return candidates.stream()
                .filter(c -> c.reading().measure() == measure
                        && c.reading().region() == region
                        && c.reading().period().label().equals(period)
                        && c.reading().filters().isEmpty())
                .findFirst();
    }

    @Test
    void the_reading_that_follows_the_nearest_words_assumes_nothing_and_confused_scopes_are_marked() {
        List<Candidate> all =
                candidates("Border Patrol apprehended 150,000 migrants at the southern border in November.");

        assertThat(all.get(0).features()).isEmpty();
        assertThat(all.get(0).reading().measure()).isEqualTo(Measure.USBP_ENCOUNTERS);
        assertThat(all.get(0).reading().period().label()).isEqualTo("2023-11");
        assertThat(find(all, Measure.ENCOUNTERS, Region.SOUTHWEST, "2023-11")
                        .orElseThrow()
                        .confused())
                .isTrue();
        assertThat(find(all, Measure.USBP_ENCOUNTERS, Region.NATIONWIDE, "2023-11")
                        .orElseThrow()
                        .confused())
                .isTrue();
        // Outside the Title 42 years, Title 8 apprehensions are all apprehensions: no separate reading.
        assertThat(all).noneMatch(c -> c.reading().measure() == Measure.APPREHENSIONS);
    }

    @Test
    void an_unnamed_region_is_open_and_a_named_fiscal_year_has_the_calendar_year_as_a_confused_scope() {
        List<Candidate> all = candidates("About 3.2 million migrants were encountered in fiscal year 2023.");

        assertThat(find(all, Measure.ENCOUNTERS, Region.NATIONWIDE, "FY2023")
                        .orElseThrow()
                        .features())
                .containsOnlyKeys(Feature.REGION_NATIONWIDE_UNSTATED);
        assertThat(find(all, Measure.ENCOUNTERS, Region.SOUTHWEST, "CY2023")
                        .orElseThrow()
                        .confused())
                .isTrue();
    }

    @Test
    void a_sector_narrows_the_reading_and_may_be_dropped_but_is_never_counted_at_ports() {
        List<Candidate> all = candidates("In the Rio Grande Valley sector, agents apprehended 30,000 migrants in May.");

        assertThat(all).anySatisfy(c -> {
            assertThat(c.reading().filters()).containsEntry(Dimension.AREA, java.util.Set.of("rio-grande-valley"));
            assertThat(c.features()).isEmpty();
        });
        assertThat(find(all, Measure.USBP_ENCOUNTERS, Region.SOUTHWEST, "2023-05")
                        .orElseThrow()
                        .features())
                .containsKey(Feature.AREA_DROPPED);
        assertThat(all)
                .noneMatch(c -> c.reading().filters().containsKey(Dimension.AREA)
                        && c.reading().measure() == Measure.OFO_ENCOUNTERS);
    }

    @Test
    void encounters_in_a_sector_are_the_border_patrols_and_at_a_field_office_the_ports() {
        assertThat(candidates("The Tucson sector recorded 80,000 encounters in November."))
                .filteredOn(c -> c.reading().filters().containsKey(Dimension.AREA))
                .isNotEmpty()
                .allMatch(c -> c.reading().measure() == Measure.USBP_ENCOUNTERS
                        || c.reading().measure() == Measure.APPREHENSIONS
                        || c.reading().measure() == Measure.EXPULSIONS)
                .anyMatch(c -> c.features().isEmpty());
        assertThat(candidates("The Laredo Field Office processed 21,000 migrants in November."))
                .filteredOn(c -> c.reading().filters().containsKey(Dimension.AREA))
                .isNotEmpty()
                .noneMatch(c -> c.reading().measure() == Measure.ENCOUNTERS);
    }

    @Test
    void dropping_the_group_beside_the_number_costs_more_than_dropping_one_named_elsewhere() {
        List<Candidate> beside =
                candidates("More than 19,000 unaccompanied children were encountered at the border in March.");
        List<Candidate> far = candidates(
                "More than 100,000 migrants were encountered in May, many of them traveling from Guatemala.");

        assertThat(beside).anySatisfy(c -> assertThat(c.features()).containsKey(Feature.GROUP_BESIDE_FIGURE_DROPPED));
        assertThat(far).anySatisfy(c -> assertThat(c.features()).containsKey(Feature.GROUP_DROPPED));
        assertThat(far).noneMatch(c -> c.features().containsKey(Feature.GROUP_BESIDE_FIGURE_DROPPED));
    }

    @Test
    void title_8_filters_every_measure_but_expulsions_and_those_that_are_title_8_already() {
        List<Candidate> all = candidates(
                "About 1.91 million migrants were processed under Title 8 at the southwest border in fiscal 2023.");

        assertThat(all.get(0).reading().filters()).containsEntry(Dimension.TITLE, java.util.Set.of("title-8"));
        assertThat(all.get(0).reading().measure()).isEqualTo(Measure.ENCOUNTERS);
        assertThat(all.get(0).reading().region()).isEqualTo(Region.SOUTHWEST);
        assertThat(all)
                .filteredOn(c -> c.reading().filters().containsKey(Dimension.TITLE))
                .isNotEmpty()
                .noneMatch(c -> c.reading().measure() == Measure.EXPULSIONS
                        || c.reading().measure() == Measure.APPREHENSIONS
                        || c.reading().measure() == Measure.INADMISSIBLES);
    }

    @Test
    void a_percentage_with_a_direction_and_a_base_written_is_a_change_never_a_share() {
        assertThat(candidates("Border Patrol apprehensions fell 81% in December compared to a year earlier."))
                .isNotEmpty()
                .noneMatch(c -> c.reading().aggregate() == Aggregate.SHARE);
        // With no base written, "rose 40%" may still be a share misread as a change.
        assertThat(candidates("Border Patrol apprehensions rose 40% in December."))
                .anyMatch(c -> c.reading().aggregate() == Aggregate.SHARE);
    }

    @Test
    void the_sentence_befores_base_period_is_not_lent_and_a_month_is_never_set_against_a_year() {
        List<Candidate> all = candidates(
                "That is more than triple the number in November 2022.",
                after("Apprehensions jumped 34% from October."));

        assertThat(all).isNotEmpty().noneMatch(c -> c.reading().period().label().equals("2023-10"));
        assertThat(all)
                .filteredOn(c -> c.reading().base().orElseThrow().kind() == Period.Kind.MONTH)
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.reading().period().kind()).isEqualTo(Period.Kind.MONTH));
    }

    @Test
    void a_sentence_that_names_its_own_count_takes_no_groups_from_the_one_before_unless_it_points_back() {
        String families = "Nearly two-thirds of the migrants apprehended in November were family members.";
        assertThat(candidates(
                        "Border Patrol apprehensions in November were the highest ever recorded.", after(families)))
                .isNotEmpty()
                .noneMatch(c -> c.reading().filters().containsKey(Dimension.DEMOGRAPHIC));
        assertThat(candidates("Of those, Border Patrol agents apprehended 40,000 in Texas.", after(families)))
                .anyMatch(c -> c.features().containsKey(Feature.GROUP_FROM_CONTEXT));
    }

    @Test
    void groups_set_apart_by_amid_are_the_figures_background_not_its_group() {
        List<Candidate> all = candidates(
                "More than 100,000 migrants were encountered in May amid a surge from Guatemala, Honduras and El Salvador.");

        // The figure's own reading counts every nationality; the three named are a reading from elsewhere.
        assertThat(all.get(0).reading().filters()).doesNotContainKey(Dimension.CITIZENSHIP);
        assertThat(all)
                .filteredOn(c -> c.reading().filters().containsKey(Dimension.CITIZENSHIP))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.features()).containsKey(Feature.GROUP_ELSEWHERE));
        assertThat(all).noneMatch(c -> c.features().containsKey(Feature.GROUP_DROPPED));
    }

    @Test
    void a_change_from_one_month_to_another_takes_the_first_as_its_base() {
        List<Candidate> all = candidates("Border Patrol apprehensions increased 33 percent from June to July.");

        Candidate first = all.get(0);
        assertThat(first.reading().aggregate()).isEqualTo(Aggregate.PERCENT_CHANGE);
        assertThat(first.reading().period().label()).isEqualTo("2023-07");
        assertThat(first.reading().base().orElseThrow().label()).isEqualTo("2023-06");
        assertThat(first.features()).isEmpty();
    }

    @Test
    void one_year_after_from_is_a_base_whole_not_a_range_to_split() {
        ClaimContext late =
                new ClaimContext(Optional.empty(), Optional.empty(), LocalDate.of(2024, 10, 23), YearMonth.of(2024, 9));
        List<Candidate> all = candidates(
                "The nationalities most encountered in 2024 were Mexico (-9% from 2023) and Cuba (+6%).", late);

        Candidate first = all.get(0);
        assertThat(first.reading().aggregate()).isEqualTo(Aggregate.PERCENT_CHANGE);
        assertThat(first.reading().period().label()).isEqualTo("FY2024");
        assertThat(first.reading().base().orElseThrow().label()).isEqualTo("FY2023");
        assertThat(all).noneMatch(c -> c.reading().period().kind() == Period.Kind.MONTH);
    }

    @Test
    void a_station_or_a_day_gives_a_reading_no_monthly_figure_answers() {
        assertThat(candidates("Agents at the Yuma Station apprehended 1,200 migrants in May."))
                .anySatisfy(c -> assertThat(c.unanswerable()).isPresent());
        assertThat(candidates("More than 10,000 migrants crossed the southern border on Tuesday."))
                .anySatisfy(c -> assertThat(c.unanswerable())
                        .hasValueSatisfying(why -> assertThat(why).contains("Tuesday")));
        assertThat(candidates("More than 10,000 migrants crossed the southern border in November."))
                .allSatisfy(c -> assertThat(c.unanswerable()).isEmpty());
    }

    @Test
    void a_record_with_no_period_written_reads_the_latest_months_as_now() {
        List<Candidate> all = candidates("It coincides with a record number of Mexican migrants entering the US.");

        assertThat(all.get(0).reading().aggregate()).isEqualTo(Aggregate.RECORD_HIGH);
        assertThat(all.get(0).features()).containsKey(Feature.PERIOD_NOW).containsKey(Feature.REFERS_BACK);
        assertThat(all.get(0).reading().period().label()).isEqualTo("2023-12");
    }

    @Test
    void a_figure_in_a_when_clause_after_since_is_that_months_own() {
        String sentence = "November's total was the lowest since July, when agents reported 39,215 encounters.";
        List<ExtractedClaim> claims = extractor.extract(
                extractor.mentions(new Sentence(sentence, 0), CONTEXT.published()), CONTEXT.published());
        // The record ("the lowest since July") is a claim of its own; the figure is the other.
        ExtractedClaim figure = claims.stream()
                .filter(c -> c.quantity().isPresent())
                .findFirst()
                .orElseThrow();
        List<Candidate> all = CandidateSpace.build(figure, CONTEXT, Optional.empty());

        assertThat(all).anySatisfy(c -> assertThat(c.reading().period().label()).isEqualTo("2023-07"));
    }

    @Test
    void a_claim_with_no_number_takes_its_measure_from_its_words_alone() {
        // No figure can show the writer meant the other scope: "encountered" is every encounter, "crossings" the
        // Border Patrol's.
        List<Candidate> encountered =
                candidates("The number of migrants encountered at the border in November was the most in 15 years.");
        assertThat(encountered)
                .allSatisfy(c -> assertThat(c.reading().measure()).isEqualTo(Measure.ENCOUNTERS));
        List<Candidate> crossings =
                candidates("Illegal crossings at the southern border in November were the lowest ever.");
        assertThat(crossings)
                .allSatisfy(
                        c -> assertThat(c.reading().measure()).isIn(Measure.USBP_ENCOUNTERS, Measure.APPREHENSIONS));
        // A number does leave the other scope open.
        assertThat(candidates("Migrants were encountered 150,000 times at the border in November."))
                .anySatisfy(c -> assertThat(c.reading().measure()).isEqualTo(Measure.USBP_ENCOUNTERS));
    }

    @Test
    void the_sectors_of_a_state_named_together_are_read_as_their_sum() {
        List<Candidate> all = candidates(
                "Agents assigned to the five Texas-based border sectors apprehended 128,040 migrants in June.");

        assertThat(all.get(0).reading().filters())
                .containsEntry(
                        Dimension.AREA,
                        java.util.Set.of("rio-grande-valley", "laredo", "del-rio", "big-bend", "el-paso"));
    }

    @Test
    void a_period_written_only_across_another_figure_competes_with_the_assumed_months() {
        List<Candidate> all =
                // ("... double the number from February" would make February a base, never the level's period.)
                candidates("This included nearly 19,000 unaccompanied children, double the number in February.");

        assertThat(all).anySatisfy(c -> assertThat(c.reading().period().label()).isEqualTo("2023-02"));
        assertThat(all).anySatisfy(c -> assertThat(c.features()).containsKey(Feature.PERIOD_ASSUMED));
    }

    @Test
    void a_state_sector_in_the_singular_is_one_of_its_sectors_not_their_sum() {
        List<Candidate> all = candidates("Agents apprehended 39,215 migrants in an Arizona border sector in July.");

        assertThat(all)
                .anySatisfy(c -> assertThat(c.reading().filters())
                        .isEqualTo(java.util.Map.of(Dimension.AREA, java.util.Set.of("tucson"))));
        assertThat(all)
                .anySatisfy(c -> assertThat(c.reading().filters())
                        .isEqualTo(java.util.Map.of(Dimension.AREA, java.util.Set.of("yuma"))));
        assertThat(all).noneSatisfy(c -> assertThat(c.reading().filters()).containsKey(Dimension.STATE));
        // In the same order on every run (by slug), so batch and single checks agree reading for reading.
        List<String> sectors = all.stream()
                .map(c -> c.reading().filters().getOrDefault(Dimension.AREA, java.util.Set.of()))
                .filter(areas -> areas.size() == 1)
                .map(areas -> areas.iterator().next())
                .distinct()
                .toList();
        assertThat(sectors).containsExactly("tucson", "yuma");
        assertThat(all)
                .noneSatisfy(c -> assertThat(c.reading().filters().getOrDefault(Dimension.AREA, java.util.Set.of()))
                        .hasSizeGreaterThan(1));
    }

    @Test
    void a_period_still_running_at_publication_is_read_to_date_as_a_floor_and_whole_as_beyond_publication() {
        List<Candidate> all = candidates("Border Patrol agents have apprehended 300,000 migrants in fiscal year 2024.");

        Candidate toDate = find(all, Measure.USBP_ENCOUNTERS, Region.SOUTHWEST, "FY2024-YTD..2023-11")
                .orElseThrow();
        assertThat(toDate.features()).containsKey(Feature.PERIOD_TO_ARTICLE_DATE);
        assertThat(find(all, Measure.USBP_ENCOUNTERS, Region.SOUTHWEST, "FY2024")
                        .orElseThrow()
                        .features())
                .containsKey(Feature.PERIOD_BEYOND_PUBLICATION);
    }

    @Test
    void a_count_with_no_period_written_may_be_the_fiscal_year_so_far_or_the_last_but_not_beside_a_day() {
        List<Candidate> all = candidates("Border Patrol agents apprehended 99,901 family members.");

        Candidate soFar = find(all, Measure.USBP_ENCOUNTERS, Region.SOUTHWEST, "FY2024-YTD..2023-11")
                .orElseThrow();
        assertThat(soFar.features()).containsKeys(Feature.PERIOD_ASSUMED, Feature.PERIOD_FISCAL_YEAR_SO_FAR);
        assertThat(find(all, Measure.USBP_ENCOUNTERS, Region.SOUTHWEST, "FY2023")
                        .orElseThrow()
                        .features())
                .containsKey(Feature.PERIOD_LAST_FISCAL_YEAR);
        assertThat(candidates("Border Patrol apprehended more than 7,500 migrants on Sunday alone."))
                .noneSatisfy(c -> assertThat(c.reading().period().length()).isGreaterThan(1));
        assertThat(candidates("Border Patrol agents apprehend 9,000 migrants a day."))
                .noneSatisfy(c -> assertThat(c.features()).containsKey(Feature.PERIOD_FISCAL_YEAR_SO_FAR));
        assertThat(candidates("Yuma remained the 3rd busiest border sector."))
                .noneSatisfy(c -> assertThat(c.features()).containsKey(Feature.PERIOD_FISCAL_YEAR_SO_FAR));
    }

    @Test
    void when_the_last_month_published_is_a_guess_a_count_to_date_may_also_run_to_the_month_before() {
        LocalDate early = LocalDate.of(2019, 5, 8);
        ClaimContext guessed = new ClaimContext(
                Optional.empty(), Optional.empty(), early, YearMonth.of(2019, 3), Optional.of(YearMonth.of(2019, 4)));
        List<Candidate> all =
                candidates("So far this fiscal year, Border Patrol agents apprehended 82,834 single adults.", guessed);

        assertThat(all).anySatisfy(c -> assertThat(c.reading().period().label()).isEqualTo("FY2019-YTD..2019-03"));
        assertThat(all).anySatisfy(c -> {
            assertThat(c.reading().period().label()).isEqualTo("FY2019-YTD..2019-04");
            assertThat(c.features()).containsKey(Feature.PERIOD_PUBLISHED_EARLY);
        });
        assertThat(candidates("So far this fiscal year, Border Patrol agents apprehended 82,834 single adults."))
                .noneSatisfy(c -> assertThat(c.features()).containsKey(Feature.PERIOD_PUBLISHED_EARLY));
    }

    @Test
    void a_sentence_pointing_back_to_this_period_takes_the_headlines_window() {
        LocalDate published = LocalDate.of(2023, 8, 17);
        ClaimContext context = underHeadline(
                "50K migrants apprehended in Texas-based border sectors in 15 days", published, YearMonth.of(2023, 7));

        assertThat(candidates("Agents apprehended more than 83,000 migrants during this period.", context))
                .anySatisfy(c -> assertThat(c.unanswerable()).isPresent());
        assertThat(candidates("Agents apprehended more than 83,000 migrants.", context))
                .allSatisfy(c -> assertThat(c.unanswerable()).isEmpty());
    }

    @Test
    void the_sector_a_sentence_does_not_name_is_the_one_the_sentence_before_named() {
        LocalDate published = LocalDate.of(2024, 9, 20);
        String before = "Border Patrol agents in the Tucson sector apprehended about 12,000 migrants in August 2024.";
        ClaimContext context = new ClaimContext(
                Optional.of(extractor.mentions(new Sentence(before, 0), published)),
                Optional.empty(),
                published,
                YearMonth.of(2024, 8));
        String sentence =
                "That was down from nearly 80,000 in December 2023, when the sector was the busiest on the southwest border.";

        assertThat(candidates(sentence, context)).anySatisfy(c -> {
            assertThat(c.reading().filters()).containsEntry(Dimension.AREA, java.util.Set.of("tucson"));
            assertThat(c.features()).containsKey(Feature.PLACE_FROM_CONTEXT);
        });
        // With no "the sector", the region named is the figure's.
        assertThat(candidates("That was down from nearly 300,000 in December 2023 at the southwest border.", context))
                .noneSatisfy(c -> assertThat(c.reading().filters()).containsKey(Dimension.AREA));
    }

    @Test
    void a_region_named_before_a_figure_carries_across_the_figures_between_unless_the_sentence_breaks() {
        List<Candidate> change = candidatesOf(
                "At the northern border, encounters reached 189,402 in fiscal 2023, up 73% from a year earlier.", 1);
        assertThat(change.get(0).reading().region()).isEqualTo(Region.NORTHERN);
        assertThat(change.get(0).features()).isEmpty();

        List<Candidate> contrast = candidatesOf(
                "At the northern border, encounters reached 189,402 in fiscal 2023, but overall they rose 4%.", 1);
        assertThat(contrast)
                .filteredOn(c -> c.reading().region() == Region.NORTHERN)
                .allSatisfy(c -> assertThat(c.features()).containsKey(Feature.REGION_ELSEWHERE));
    }

    @Test
    void groups_each_paired_with_another_figure_are_never_summed_with_the_figures_own() {
        List<Candidate> share = candidates(
                "Mexicans made up about 31% of southwest border encounters in fiscal 2023, followed by Venezuelans at 12%.");
        assertThat(share)
                .anySatisfy(c -> assertThat(c.reading().filters())
                        .containsEntry(Dimension.CITIZENSHIP, java.util.Set.of("mexico")));
        assertThat(share)
                .noneSatisfy(c -> assertThat(c.reading().filters())
                        .containsEntry(Dimension.CITIZENSHIP, java.util.Set.of("mexico", "venezuela")));
    }

    @Test
    void a_figure_in_a_when_clause_after_a_range_is_the_ranges_last_month() {
        List<Candidate> level =
                candidatesOf("Encounters dropped 81% from January to February 2023, when they fell to 156,000.", 1);
        assertThat(level)
                .anySatisfy(c -> assertThat(c.reading().period()).isEqualTo(Period.month(YearMonth.of(2023, 2))));
        // Or the level the change reached, written straight after it.
        assertThat(candidatesOf("Encounters dropped 81% from January to February 2023, to 156,000.", 1))
                .anySatisfy(c -> assertThat(c.reading().period()).isEqualTo(Period.month(YearMonth.of(2023, 2))));
    }

    @Test
    void a_period_after_from_or_than_past_a_level_is_a_base_not_the_levels_period() {
        List<Candidate> flat = candidates("CBP recorded 30,375 encounters nationwide, roughly flat from October.");
        assertThat(flat)
                .isNotEmpty()
                .noneSatisfy(c -> assertThat(c.reading().period().label()).isEqualTo("2023-10"));
        // Written before the figure, the base's period is the figure's own: "up from October's reported 188,780".
        assertThat(candidates("Apprehensions are up from October's reported 188,780."))
                .anySatisfy(c -> assertThat(c.reading().period().label()).isEqualTo("2023-10"));
    }

    @Test
    void a_change_against_a_written_base_is_never_read_against_an_unstated_one() {
        List<Candidate> change = candidates("Encounters fell about 50% from May to June 2023, after Title 42 expired.");
        assertThat(change)
                .filteredOn(c -> c.reading().base().isPresent())
                .isNotEmpty()
                .allSatisfy(c ->
                        assertThat(c.reading().base().orElseThrow().label()).isEqualTo("2023-05"));
        // With no base written, a year earlier and the month before are both open.
        assertThat(candidates("Encounters fell about 50% in June 2023."))
                .extracting(c -> c.reading().base().map(Period::label).orElse("-"))
                .contains("2022-06", "2023-05");
    }

    @Test
    void a_rise_written_as_exceeding_a_base_by_a_share_is_a_change_from_that_base_in_kind() {
        List<Candidate> change = candidatesOf(
                "Encounters in fiscal 2022 (2.38 million) exceeded those in fiscal 2021 (1.73 million) by about 37%.",
                2);
        assertThat(change.get(0).reading().period().label()).isEqualTo("FY2022");
        assertThat(change.get(0).reading().base().orElseThrow().label()).isEqualTo("FY2021");
        // The calendar year read for the fiscal one is set against the calendar year before.
        assertThat(change)
                .filteredOn(c -> c.reading().period().label().equals("CY2022")
                        && c.reading().base().isPresent())
                .isNotEmpty()
                .allSatisfy(c ->
                        assertThat(c.reading().base().orElseThrow().label()).isEqualTo("CY2021"));
    }

    @Test
    void a_group_behind_during_the_surge_of_is_the_figures_background() {
        assertThat(candidates("The Rio Grande Valley sector recorded 256,393 apprehensions in fiscal 2014, during the"
                        + " surge of unaccompanied children."))
                .first()
                .satisfies(c -> assertThat(c.reading().filters()).doesNotContainKey(Dimension.DEMOGRAPHIC));
    }

    @Test
    void a_name_that_leads_into_the_next_number_is_that_numbers() {
        String sentence = "Tucson agents made 41,940 apprehensions in March 2023, San Diego 33,780 and El Paso 30,420.";
        assertThat(candidatesOf(sentence, 1).get(0).reading().filters())
                .containsEntry(Dimension.AREA, java.util.Set.of("san-diego"));
        assertThat(candidatesOf(sentence, 2).get(0).reading().filters())
                .containsEntry(Dimension.AREA, java.util.Set.of("el-paso"));
        // Written after their numbers, names are the numbers before them.
        String after = "Agents made 80,180 apprehensions in Tucson and 71,050 in Del Rio in March 2023.";
        assertThat(candidatesOf(after, 0).get(0).reading().filters())
                .containsEntry(Dimension.AREA, java.util.Set.of("tucson"));
    }

    @Test
    void a_number_with_no_name_beside_it_takes_the_names_no_other_number_has() {
        List<Candidate> mexicans = candidatesOf(
                "Venezuelans made up 57,869 of the encounters in November 2023, second only to Mexicans, who accounted"
                        + " for 69,042.",
                1);
        assertThat(mexicans.get(0).reading().filters())
                .containsEntry(Dimension.CITIZENSHIP, java.util.Set.of("mexico"));
        List<Candidate> tucson = candidates("The Tucson sector remained the busiest in November 2023, with 80,180"
                + " apprehensions, followed by Del Rio with 71,050.");
        assertThat(tucson.get(0).reading().filters()).containsEntry(Dimension.AREA, java.util.Set.of("tucson"));
    }

    @Test
    void a_headlines_groups_lend_only_to_a_sentence_that_names_no_group() {
        ClaimContext context = underHeadline(
                "Border crossings hit a record as families and Venezuelans arrive in large numbers",
                PUBLISHED,
                YearMonth.of(2023, 11));
        assertThat(candidates("Of those, 123,512 were members of family units in November.", context))
                .noneSatisfy(c -> assertThat(c.reading().filters()).containsKey(Dimension.CITIZENSHIP));
        assertThat(candidates("Agents made 191,000 apprehensions in November.", context))
                .anySatisfy(c -> assertThat(c.features()).containsKey(Feature.GROUP_FROM_CONTEXT));
    }

    @Test
    void groups_a_number_includes_are_its_parts_not_its_scope() {
        assertThat(candidates(
                                "In June, Del Rio Sector agents apprehended a total of 8,083 persons, a number that includes"
                                        + " family unit apprehensions, unaccompanied alien children and single adults.")
                        .get(0)
                        .reading()
                        .filters())
                .doesNotContainKey(Dimension.DEMOGRAPHIC);
        // The part's own number keeps its group.
        List<Candidate> part = candidatesOf(
                "Agents apprehended 50,000 migrants in May, including 20,000 members of family" + " units.", 1);
        assertThat(part.get(0).reading().filters())
                .containsEntry(Dimension.DEMOGRAPHIC, java.util.Set.of("family-units"));
    }

    @Test
    void respectively_gives_the_nth_figure_the_nth_name() {
        String groups = "Venezuelans and Colombians accounted for 266,071 and 159,536 encounters in fiscal 2023,"
                + " respectively.";
        assertThat(candidatesOf(groups, 1).get(0).reading().filters())
                .containsEntry(Dimension.CITIZENSHIP, java.util.Set.of("colombia"));
        String places = "Agents in the Tucson and Yuma sectors made 80,180 and 7,140 apprehensions in November 2023,"
                + " respectively.";
        assertThat(candidatesOf(places, 0).get(0).reading().filters())
                .containsEntry(Dimension.AREA, java.util.Set.of("tucson"));
        assertThat(candidatesOf(places, 1).get(0).reading().filters())
                .containsEntry(Dimension.AREA, java.util.Set.of("yuma"));
    }

    @Test
    void the_number_of_a_group_names_what_it_counts_but_the_previous_year_alone_points_back() {
        assertThat(candidates(
                        "The number of unaccompanied children encountered at the southwest border peaked in fiscal"
                                + " 2022 at 182,057."))
                .allSatisfy(c -> assertThat(c.features()).doesNotContainKey(Feature.REFERS_BACK));
        assertThat(candidates("The number is 20% above the same month of 2022: 182,057 encounters."))
                .allSatisfy(c -> assertThat(c.features()).containsKey(Feature.REFERS_BACK));
        assertThat(candidates("Unique encounters were nearly two times the total from the previous year at 174,845."))
                .allSatisfy(c -> assertThat(c.features()).containsKey(Feature.REFERS_BACK));
    }

    @Test
    void a_sentence_that_names_nothing_it_counts_points_back_like_one_that_starts_with_this() {
        assertThat(candidates("The highest monthly total ever recorded (18,715) was in March 2021."))
                .allSatisfy(c -> assertThat(c.features()).containsKey(Feature.REFERS_BACK));
        assertThat(candidates("Border Patrol apprehended 18,715 children in March 2021."))
                .noneSatisfy(c -> assertThat(c.features()).containsKey(Feature.REFERS_BACK));
    }

    @Test
    void a_count_with_a_noun_before_than_is_a_difference_from_the_base() {
        List<Candidate> all = candidates("March's figures amount to 1,145 fewer crossings than in February.");

        assertThat(all.get(0).reading().aggregate()).isEqualTo(Aggregate.DIFFERENCE);
        assertThat(all.get(0).reading().base().orElseThrow().label()).isEqualTo("2023-02");
    }

    @Test
    void this_year_and_this_month_are_the_present_not_a_pointer_back() {
        assertThat(candidates("Border Patrol apprehended 49,000 family members between January and June of this year."))
                .noneSatisfy(c -> assertThat(c.features()).containsKey(Feature.REFERS_BACK));
        assertThat(candidates("Border Patrol apprehended 49,000 family members in that period."))
                .allSatisfy(c -> assertThat(c.features()).containsKey(Feature.REFERS_BACK));
    }

    @Test
    void a_period_ending_in_the_month_the_schedule_may_have_published_is_whole_if_it_was_out() {
        LocalDate published = LocalDate.of(2023, 1, 4);
        ClaimContext guessed = new ClaimContext(
                Optional.empty(),
                Optional.empty(),
                published,
                YearMonth.of(2022, 11),
                Optional.of(YearMonth.of(2022, 12)));
        List<Candidate> all = candidates(
                "El Paso Sector Border Patrol agents apprehended nearly 209,000 migrants over the last four months.",
                guessed);

        assertThat(all).anySatisfy(c -> {
            assertThat(c.reading().period().label()).isEqualTo("2022-09..2022-12");
            assertThat(c.features())
                    .containsKey(Feature.PERIOD_PUBLISHED_EARLY)
                    .doesNotContainKeys(Feature.PERIOD_BEYOND_PUBLICATION, Feature.PERIOD_TO_ARTICLE_DATE);
        });
        assertThat(all).noneSatisfy(c -> assertThat(c.features()).containsKey(Feature.PERIOD_BEYOND_PUBLICATION));
    }

    @Test
    void a_group_of_every_country_but_one_is_never_summed_with_a_country() {
        List<Candidate> all = candidates(
                "Border Patrol agents encountered 150,000 non-Mexican migrants and Cubans at the border in November.");

        assertThat(all)
                .anySatisfy(c -> assertThat(c.reading().filters().get(Dimension.CITIZENSHIP))
                        .isEqualTo(java.util.Set.of("not-mexico")));
        assertThat(all)
                .anySatisfy(c -> assertThat(c.reading().filters().get(Dimension.CITIZENSHIP))
                        .isEqualTo(java.util.Set.of("cuba")));
        // The sum would count the Cubans twice, and the query engine refuses an exclusion beside a country.
        assertThat(all)
                .noneSatisfy(
                        c -> assertThat(c.reading().filters().getOrDefault(Dimension.CITIZENSHIP, java.util.Set.of()))
                                .hasSizeGreaterThan(1));
    }
}
