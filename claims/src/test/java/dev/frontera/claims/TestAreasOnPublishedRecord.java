package dev.frontera.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontera.core.Verdict;
import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.dimension.Region;
import dev.frontera.core.query.Measure;
import dev.frontera.data.PublishedRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Claims about one sector are read and explained in the region the record puts that sector in. */
class TestAreasOnPublishedRecord {
    private static final ClaimChecker CHECKER = ClaimChecker.create(PublishedRecord.full());

    @Test
    void a_claim_about_the_livermore_sector_is_explained_off_the_southwest_border() {
        // The Border Patrol's own tables count Livermore with the coastal sectors (716 in October 1999).
        CheckedClaim claim = CHECKER.check(
                        "Border Patrol agents in the Livermore Sector apprehended 716 migrants in October 1999.",
                        LocalDate.of(2005, 3, 1))
                .claims()
                .get(0);

        assertThat(Readings.of(claim).filters()).containsEntry(Dimension.AREA, Set.of("livermore"));
        assertThat(Readings.of(claim).region()).isEqualTo(Region.OTHER);
        assertThat(claim.verdict()).isEqualTo(Verdict.ACCURATE);
        assertThat(claim.explanation()).contains("Livermore").doesNotContain("southwest");
    }

    @Test
    void a_claim_about_a_southwest_sector_is_explained_at_the_southwest_border() {
        CheckedClaim claim = CHECKER.check(
                        "Border Patrol agents in the Tucson Sector apprehended 716 migrants in October 1999.",
                        LocalDate.of(2005, 3, 1))
                .claims()
                .get(0);

        assertThat(Readings.of(claim).region()).isEqualTo(Region.SOUTHWEST);
    }

    @Test
    void each_figure_of_a_list_by_sector_is_read_in_its_own_sector() {
        // Border Patrol, December 2023: Tucson 80,180; Del Rio 71,050; San Diego 34,370 (DHS OHSS, rounded to 10).
        LocalDate published = LocalDate.of(2024, 4, 20);
        for (String sentence : java.util.List.of(
                "In December 2023, Border Patrol apprehensions by sector were: Tucson, 80,180; Del Rio, 71,050;"
                        + " San Diego, 34,370.",
                "Border Patrol recorded 80,180 apprehensions in Tucson and 71,050 in Del Rio in December 2023.")) {
            java.util.List<CheckedClaim> claims =
                    CHECKER.check(sentence, published).claims();
            assertThat(claims).as(sentence).allSatisfy(claim -> {
                assertThat(claim.verdict()).isEqualTo(Verdict.ACCURATE);
                assertThat(Readings.of(claim).filters().get(Dimension.AREA)).hasSize(1);
            });
            assertThat(Readings.of(claims.get(1)).filters()).containsEntry(Dimension.AREA, Set.of("del-rio"));
        }
        CheckedClaim apposition = CHECKER
                .check("Tucson, the busiest sector in December 2023, saw about 2,600 apprehensions a day.", published)
                .claims()
                .stream()
                .filter(c -> c.text().contains("2,600"))
                .findFirst()
                .orElseThrow();
        assertThat(Readings.of(apposition).filters()).containsEntry(Dimension.AREA, Set.of("tucson"));
        assertThat(apposition.verdict()).isEqualTo(Verdict.ACCURATE);
    }

    @Test
    void a_state_with_no_border_named_is_the_whole_state_and_an_office_counts_its_ports() {
        // CBP by state: Texas 1,390,714 in FY2023 (1,315,332 at the southwest border); Arizona 91,353 in December 2023.
        // DHS OHSS: the Laredo Field Office, 215,060 in FY2023.
        LocalDate published = LocalDate.of(2025, 2, 20);
        for (String sentence : java.util.List.of(
                "In Texas, authorities recorded about 1.39 million encounters in fiscal 2023.",
                "Arizona saw 91,353 migrant encounters in December 2023.",
                "The Laredo Field Office processed 215,060 migrants in fiscal 2023.")) {
            CheckedClaim claim = CHECKER.check(sentence, published).claims().get(0);
            assertThat(claim.verdict()).as(sentence).isEqualTo(Verdict.ACCURATE);
        }
        CheckedClaim texas = CHECKER.check(
                        "In Texas, about 1.39 million encounters were recorded in fiscal 2023.", published)
                .claims()
                .get(0);
        assertThat(Readings.of(texas).region()).isEqualTo(Region.NATIONWIDE);
        assertThat(texas.explanation()).contains("in Texas").doesNotContain("nationwide in Texas");
    }

    @Test
    void a_state_that_is_the_subject_of_a_count_is_its_place() {
        // CBP by state, FY2024: Texas 991,149 (34.2% of 2,901,142), Florida 289,413, Arizona 564,215, California
        // 562,124; New York 4,442 in December 2024.
        LocalDate published = LocalDate.of(2025, 12, 20);
        java.util.Map<String, Set<String>> states = java.util.Map.of(
                "Texas accounted for roughly a third of all CBP encounters nationwide in fiscal 2024.", Set.of("TX"),
                "Florida, where many migrants arrive by air and sea, logged about 289,000 encounters in fiscal 2024.",
                        Set.of("FL"),
                "New York State recorded about 4,400 encounters in December 2024.", Set.of("NY"),
                "Arizona and California each saw roughly 560,000 encounters in fiscal 2024.", Set.of("AZ"));
        states.forEach((sentence, state) -> {
            CheckedClaim claim = CHECKER.check(sentence, published).claims().get(0);
            assertThat(claim.verdict()).as(sentence).isEqualTo(Verdict.ACCURATE);
            assertThat(Readings.of(claim).filters()).as(sentence).containsEntry(Dimension.STATE, state);
        });
        // "Each": either state alone, never the two added up (1,126,339).
        String twice = "Arizona and California each saw roughly 1.1 million encounters in fiscal 2024.";
        assertThat(CHECKER.read(twice, published).get(0).evaluated())
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.candidate().reading().filters().getOrDefault(Dimension.STATE, Set.of()))
                        .hasSizeLessThan(2));
        assertThat(CHECKER.check(twice, published).claims().get(0).verdict()).isNotEqualTo(Verdict.ACCURATE);
    }

    @Test
    void a_border_states_count_may_be_its_stretch_of_the_border_and_a_sector_in_a_state_is_the_sectors() {
        // CBP by state, February 2024 (as published in March 2024): Texas 72,698 at the southwest border of 189,922
        // (78,131 in all of Texas); California 47,362 at the southwest border (50,230 in all). Border Patrol, February
        // 2024: El Paso sector 23,920; Rio Grande Valley sector 11,950.
        LocalDate published = LocalDate.of(2024, 3, 20);
        for (String sentence : List.of(
                "Texas accounted for 72,698 of the 189,922 encounters at the southwest border in February.",
                "Arizona recorded more than 58,000 encounters in February. California logged 47,362.",
                "In Texas, the El Paso sector recorded 23,920 apprehensions in February.",
                "The Rio Grande Valley, for years the epicenter of crossings, had fewer than 12,000 apprehensions in"
                        + " February.")) {
            List<CheckedClaim> claims = CHECKER.check(sentence, published).claims();
            assertThat(claims)
                    .allSatisfy(c -> assertThat(c.verdict()).as(c.text()).isEqualTo(Verdict.ACCURATE));
        }
        CheckedClaim texas = CHECKER.check(
                        "Texas accounted for 72,698 of the 189,922 encounters at the southwest border in February.",
                        published)
                .claims()
                .get(0);
        assertThat(Readings.of(texas).region()).isEqualTo(Region.SOUTHWEST);
        assertThat(Readings.of(texas).filters()).containsEntry(Dimension.STATE, Set.of("TX"));
        // A wrong count is wrong for the state and for its stretch of the border.
        CheckedClaim wrong = CHECKER.check("California logged 62,000 encounters in February.", published)
                .claims()
                .get(0);
        assertThat(wrong.verdict()).isEqualTo(Verdict.INACCURATE);
    }

    @Test
    void the_northern_triangle_is_guatemala_honduras_and_el_salvador() {
        // Southwest encounters, FY2021: Guatemala, Honduras and El Salvador together 701,049.
        CheckedClaim claim = CHECKER.check(
                        "Together, the three countries of Central America's Northern Triangle accounted for about"
                                + " 700,000 encounters in fiscal 2021.",
                        LocalDate.of(2021, 11, 10))
                .claims()
                .get(0);
        assertThat(Readings.of(claim).filters())
                .containsEntry(Dimension.CITIZENSHIP, Set.of("guatemala", "honduras", "el-salvador"));
        assertThat(claim.verdict()).isEqualTo(Verdict.ACCURATE);
    }

    @Test
    void a_measure_the_words_do_not_name_and_the_record_never_publishes_there_is_no_reading() {
        // Texas: 1,390,714 encounters in FY2023, 991,149 in FY2024 (-28.7%); CBP publishes no Border Patrol count by
        // state, so "Border Patrol encounters in Texas" could never answer "encounters in Texas".
        LocalDate published = LocalDate.of(2024, 10, 25);
        String sentence = "In Texas, encounters fell by nearly half in fiscal 2024, to 991,000.";
        List<ReadFigure> figures = CHECKER.read(sentence, published);
        assertThat(figures.get(0).evaluated())
                .isNotEmpty()
                .noneMatch(e -> e.candidate().reading().measure() == Measure.USBP_ENCOUNTERS
                        && e.candidate().reading().filters().containsKey(Dimension.STATE));
        assertThat(CHECKER.check(sentence, published).claims().get(0).verdict()).isEqualTo(Verdict.INACCURATE);
        // Named, the measure stays a reading the record cannot answer.
        CheckedClaim named = CHECKER.check(
                        "In Texas, Border Patrol apprehensions fell by nearly half in fiscal 2024.", published)
                .claims()
                .get(0);
        assertThat(named.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    }

    @Test
    void a_figure_for_a_list_of_countries_is_their_sum() {
        // Southwest encounters, FY2019: El Salvador, Guatemala and Honduras together 623,671.
        CheckedClaim claim = CHECKER.check(
                        "More than 600,000 migrants from Guatemala, Honduras and El Salvador were encountered at the"
                                + " southwest border in fiscal 2019.",
                        LocalDate.of(2024, 4, 20))
                .claims()
                .get(0);

        assertThat(Readings.of(claim).filters())
                .containsEntry(Dimension.CITIZENSHIP, Set.of("guatemala", "honduras", "el-salvador"));
        assertThat(claim.verdict()).isEqualTo(Verdict.ACCURATE);
    }

    @Test
    void a_sector_a_list_names_before_its_figure_is_that_figures() {
        // Border Patrol, November 2022: El Paso 53,530, Del Rio 48,200.
        List<CheckedClaim> claims = CHECKER.check(
                        "Border Patrol agents in the El Paso Sector apprehended 53,530 migrants in November.\n\n"
                                + "Next on the list were Del Rio (48,200) and Tucson (32,400).",
                        LocalDate.of(2022, 12, 22))
                .claims();
        assertThat(claims.get(1).text()).isEqualTo("48,200");
        assertThat(Readings.of(claims.get(1)).filters()).containsEntry(Dimension.AREA, Set.of("del-rio"));
        assertThat(claims.get(1).verdict()).isEqualTo(Verdict.ACCURATE);
    }

    @Test
    void the_sector_after_a_sentence_naming_two_is_one_of_them_not_both() {
        // San Diego sector: FY2024 324,260; April 2024 37,370 (its busiest month since FY2000, but FY1986 averaged
        // 52,471 a month). Tucson FY2024: 463,570.
        List<CheckedClaim> claims = CHECKER.check(
                        "Border Patrol agents in the San Diego Sector made 324,260 apprehensions in fiscal 2024.\n\n"
                                + "San Diego ranked second among the nine southwest sectors, behind only Tucson"
                                + " (463,570).\n\n"
                                + "April, with 37,370 apprehensions, was the busiest month the sector has ever"
                                + " recorded.",
                        LocalDate.of(2024, 11, 20))
                .claims();
        List<CheckedClaim> april = claims.subList(claims.size() - 2, claims.size());
        assertThat(Readings.of(april.get(0)).filters()).containsEntry(Dimension.AREA, Set.of("san-diego"));
        assertThat(april).extracting(CheckedClaim::verdict).containsExactly(Verdict.ACCURATE, Verdict.INACCURATE);
    }

    @Test
    void the_agency_and_region_of_the_figure_before_are_not_those_of_a_figure_with_its_own_noun() {
        // February 2021 to January 2025: Border Patrol at the southwest border 7,336,908; all encounters nationwide
        // 10,931,383.
        List<CheckedClaim> claims = CHECKER.check(
                        "From February 2021 through January 2025 there were 7.3 million Border Patrol apprehensions at"
                                + " the southwest border and nearly 11 million encounters nationwide.",
                        LocalDate.of(2025, 10, 10))
                .claims();
        assertThat(claims).hasSize(2);
        assertThat(Readings.of(claims.get(1)).measure()).isEqualTo(Measure.ENCOUNTERS);
        assertThat(Readings.of(claims.get(1)).region()).isEqualTo(Region.NATIONWIDE);
        assertThat(claims).allSatisfy(c -> assertThat(c.verdict()).as(c.text()).isEqualTo(Verdict.ACCURATE));
    }

    @Test
    void an_offices_name_alone_is_an_office_beside_another_office() {
        // Southwest ports of entry, March 2024 (DHS tables, rounded to 10): Laredo 24,580, San Diego 15,460.
        List<CheckedClaim> claims = CHECKER.check(
                        "At southwest ports of entry in March 2024, the Laredo field office handled about 24,600"
                                + " people, and San Diego ranked second with roughly 15,500.",
                        LocalDate.of(2024, 4, 20))
                .claims();
        assertThat(claims).hasSize(2);
        assertThat(Readings.of(claims.get(1)).filters())
                .containsEntry(Dimension.AREA, Set.of("san-diego-field-office"));
        assertThat(claims).allSatisfy(c -> assertThat(c.verdict()).as(c.text()).isEqualTo(Verdict.ACCURATE));
    }

    @Test
    void the_northern_total_is_the_northern_borders_and_a_state_after_a_sector_only_says_where_it_lies() {
        // Border Patrol, FY2024: Swanton 19,410; the northern border 23,760; Miami 1,460; Ramey 890.
        List<CheckedClaim> northern = CHECKER.check(
                        "Border Patrol agents in the Swanton sector apprehended 19,410 people in fiscal 2024; the"
                                + " northern total, 23,760, was the highest on record.",
                        LocalDate.of(2024, 12, 20))
                .claims();
        assertThat(northern).extracting(CheckedClaim::text).contains("23,760");
        CheckedClaim total = northern.stream()
                .filter(c -> c.text().equals("23,760"))
                .findFirst()
                .orElseThrow();
        assertThat(Readings.of(total).region()).isEqualTo(Region.NORTHERN);
        assertThat(Readings.of(total).filters()).doesNotContainKey(Dimension.AREA);
        assertThat(total.verdict()).isEqualTo(Verdict.ACCURATE);
        CheckedClaim ramey = CHECKER.check(
                        "In fiscal 2024, Border Patrol agents in the Ramey sector in Puerto Rico apprehended about 890"
                                + " people.",
                        LocalDate.of(2024, 12, 20))
                .claims()
                .get(0);
        assertThat(Readings.of(ramey).filters()).doesNotContainKey(Dimension.STATE);
        assertThat(ramey.verdict()).isEqualTo(Verdict.ACCURATE);
    }

    @Test
    void a_nationality_naming_a_past_surge_is_no_filter_and_the_texas_border_is_the_southwest_borders_stretch() {
        // Border Patrol in the Del Rio sector, July 2024: 7,240 (233.5 a day). Southwest encounters in Texas: July
        // 2023 92,435, July 2024 46,242 (a fall of 50.0%; all of Texas, airports included, fell 47.3%).
        LocalDate published = LocalDate.of(2024, 8, 20);
        CheckedClaim delRio = CHECKER.check(
                        "The Del Rio Sector, epicenter of the 2021 Haitian migrant surge, averaged about 230"
                                + " apprehensions per day in July.",
                        published)
                .claims()
                .get(0);
        assertThat(Readings.of(delRio).filters()).doesNotContainKey(Dimension.CITIZENSHIP);
        assertThat(delRio.verdict()).isEqualTo(Verdict.ACCURATE);
        CheckedClaim texas = CHECKER.check(
                        "Total CBP encounters along the Texas border were cut in half from July 2023.", published)
                .claims()
                .get(0);
        assertThat(Readings.of(texas).region()).isEqualTo(Region.SOUTHWEST);
        assertThat(Readings.of(texas).filters()).containsEntry(Dimension.STATE, Set.of("TX"));
        assertThat(texas.verdict()).isEqualTo(Verdict.ACCURATE);
    }

    @Test
    void a_country_that_takes_a_place_with_a_figure_is_its_citizens() {
        // Southwest encounters, May 2025: Guatemala 972.
        CheckedClaim guatemala = CHECKER
                .check(
                        "Most migrants at the southwest border in May 2025 were Mexican; Guatemala occupied the second"
                                + " place with 972.",
                        LocalDate.of(2025, 6, 20))
                .claims()
                .stream()
                .filter(c -> c.text().equals("972"))
                .findFirst()
                .orElseThrow();
        assertThat(Readings.of(guatemala).filters()).containsEntry(Dimension.CITIZENSHIP, Set.of("guatemala"));
        assertThat(guatemala.verdict()).isEqualTo(Verdict.ACCURATE);
    }
}
