package dev.frontera.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.frontera.claims.internal.verify.Evaluated;
import dev.frontera.claims.reading.Aggregate;
import dev.frontera.claims.reading.Reading;
import dev.frontera.core.Verdict;
import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.dimension.Region;
import dev.frontera.data.PublishedRecord;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Rank and comparison claims answered from the official record: a sector ranked in the Border
 * Patrol's sector breakdown, a nationality in the citizenship breakdown, two months of one series
 * compared, and the JSON a reader sees.
 */
class TestRankAndComparisonOnPublishedRecord {
    private static final ClaimChecker CHECKER = ClaimChecker.create(PublishedRecord.full());
    // April 2022, Border Patrol at the southwest border: Rio Grande Valley 41,920; Del Rio 40,930; El Paso 29,870;
    // Yuma 28,680 (DHS OHSS, rounded to 10), so Yuma was 4th of the 9 sectors.
    private static final LocalDate MAY_17_2022 = LocalDate.of(2022, 5, 17);
    private static final String YUMA =
            "Yuma also remained the %s busiest border sector when it comes to apprehensions.";

    private static Evaluated reading(String sentence, LocalDate published, Aggregate aggregate, String period) {
        List<ReadFigure> figures = CHECKER.read(sentence, published);
        return figures.stream()
                .flatMap(figure -> figure.evaluated().stream())
                .filter(e -> e.candidate().reading().aggregate() == aggregate
                        && e.candidate().reading().period().label().equals(period)
                        && e.candidate().reading().region() == Region.SOUTHWEST
                        && e.candidate().features().keySet().stream()
                                .noneMatch(f -> f.name().startsWith("MEASURE_")))
                .min(Comparator.comparingInt(e -> e.candidate().features().size()))
                .orElseThrow();
    }

    @Test
    void a_change_whose_base_count_is_written_is_read_only_against_bases_with_that_count() {
        // December 2023 at the southwest border: 302,034 encounters against 252,315 a year earlier (+19.7%), as
        // published in January 2024; other readings of the same words (Border Patrol alone, the nation, lent
        // groups) have other bases, and one of them could fit a wrong change by chance.
        String sentence = "Encounters at the southwest border in December 2023 were about %s higher than the 252,315"
                + " recorded a year earlier.";
        LocalDate published = LocalDate.of(2024, 1, 26);
        for (String change : List.of("20%", "30%")) {
            List<ReadFigure> figures = CHECKER.read(sentence.formatted(change), published);
            ReadFigure figure = figures.get(0);
            assertThat(figure.claim()
                            .change()
                            .baseCount()
                            .orElseThrow()
                            .quantity()
                            .value())
                    .isEqualTo(252_315);
            assertThat(figure.evaluated())
                    .isNotEmpty()
                    .allSatisfy(e -> assertThat(
                                    e.candidate().reading().base().orElseThrow().label())
                            .isEqualTo("2022-12"))
                    .allSatisfy(
                            e -> assertThat(e.candidate().reading().region()).isEqualTo(Region.SOUTHWEST));
        }
        assertThat(CHECKER.check(sentence.formatted("30%"), published)
                        .claims()
                        .get(0)
                        .verdict())
                .isEqualTo(dev.frontera.core.Verdict.INACCURATE);
    }

    @Test
    void a_sector_is_ranked_among_the_sectors_of_its_region_with_those_ahead_named() {
        Evaluated third = reading(YUMA.formatted("3rd"), MAY_17_2022, Aggregate.RANK_HIGH, "2022-04");

        Reading read = third.candidate().reading();
        assertThat(read.filters()).containsEntry(Dimension.AREA, Set.of("yuma"));
        assertThat(third.fits()).isFalse();
        assertThat(third.judged().orElseThrow().value()).isEqualTo(4);
        assertThat(third.detail())
                .isEqualTo("Yuma was 4th of 9 sectors at the southwest border in April 2022,"
                        + " behind Rio Grande Valley, Del Rio and El Paso");
        // A made-up place among nine would fit about one time in nine.
        assertThat(third.fit().orElseThrow().chance()).isCloseTo(1 / 9.0, org.assertj.core.data.Offset.offset(1e-9));

        assertThat(reading(YUMA.formatted("4th"), MAY_17_2022, Aggregate.RANK_HIGH, "2022-04")
                        .fits())
                .isTrue();
    }

    @Test
    void the_places_a_rank_is_set_against_are_never_the_one_ranked() {
        String yuma = "In April, Yuma was the third busiest border sector, behind only Rio Grande Valley and Del Rio.";
        assertThat(rankedAreas(yuma, MAY_17_2022)).containsOnly(Set.of("yuma"));
        assertThat(verdict(yuma, MAY_17_2022)).isEqualTo("inaccurate");
        String elPaso =
                "In April, El Paso was the third busiest border sector, behind only Rio Grande Valley and Del Rio.";
        assertThat(verdict(elPaso, MAY_17_2022)).isEqualTo("accurate");
        String ahead = "Del Rio was the busiest border sector in April, ahead of Rio Grande Valley.";
        assertThat(rankedAreas(ahead, MAY_17_2022)).containsOnly(Set.of("del-rio"));
        assertThat(verdict(ahead, MAY_17_2022)).isEqualTo("inaccurate");

        // A list runs on only through a last "and": here Del Rio, after the comma, is the one ranked.
        String opening = "Behind Rio Grande Valley, Del Rio was the second-busiest border sector in April.";
        assertThat(rankedAreas(opening, MAY_17_2022)).contains(Set.of("del-rio"));
        assertThat(verdict(opening, MAY_17_2022)).isEqualTo("accurate");
    }

    @Test
    void the_nationalities_a_rank_is_set_against_are_never_the_one_ranked() {
        // FY2023, all encounters at the southwest border: Mexico 717,333; Venezuela 266,071; Guatemala 220,085;
        // Honduras 213,686, so Hondurans were fourth.
        LocalDate published = LocalDate.of(2024, 1, 20);
        String hondurans = "In fiscal 2023, Hondurans were the third-largest nationality at the southwest border,"
                + " after Mexicans and Venezuelans.";
        List<ReadFigure> figures = CHECKER.read(hondurans, published);
        assertThat(figures.get(0).evaluated())
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.candidate().reading().filters())
                        .containsEntry(Dimension.CITIZENSHIP, Set.of("honduras")));
        assertThat(verdict(hondurans, published)).isEqualTo("inaccurate");

        // FY2024: Mexico 653,684; Venezuela 261,045; Guatemala 204,252; Cuba 150,995. The one overtaken is a peer.
        LocalDate later = LocalDate.of(2025, 12, 20);
        String overtook = "%s overtook Guatemalans as the second-largest nationality at the southwest border in fiscal"
                + " 2024.";
        assertThat(verdict(overtook.formatted("Venezuelans"), later)).isEqualTo("accurate");
        List<ReadFigure> cubans = CHECKER.read(overtook.formatted("Cubans"), later);
        assertThat(cubans.get(0).evaluated())
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.candidate().reading().filters())
                        .containsEntry(Dimension.CITIZENSHIP, Set.of("cuba")));
        assertThat(verdict(overtook.formatted("Cubans"), later)).isEqualTo("inaccurate");
    }

    @Test
    void a_multiple_of_another_sector_or_group_is_said_to_be_beyond_the_readings_not_misread() {
        // December 2023: Tucson 80,180, El Paso 33,970 (2.36 times). No reading compares two sectors; one against
        // a year earlier must not judge it.
        LocalDate published = LocalDate.of(2024, 1, 30);
        CheckedClaim sectors = CHECKER.check(
                        "Tucson agents apprehended more than twice as many migrants as the El Paso sector did in"
                                + " December 2023.",
                        published)
                .claims()
                .get(0);
        assertThat(sectors.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(sectors.explanation()).contains("compares one sector or group with another");
        // Against a period, the multiple is read: Tucson's December 2022 was 22,130 (3.6 times fewer).
        assertThat(verdict(
                        "Tucson agents apprehended more than twice as many migrants in December 2023 as in December"
                                + " 2022.",
                        published))
                .isEqualTo("accurate");
    }

    private static Set<Set<String>> rankedAreas(String sentence, LocalDate published) {
        return CHECKER.read(sentence, published).stream()
                .flatMap(figure -> figure.evaluated().stream())
                .map(e -> e.candidate().reading().filters().getOrDefault(Dimension.AREA, Set.of()))
                .collect(java.util.stream.Collectors.toSet());
    }

    private static String verdict(String sentence, LocalDate published) {
        return CHECKER.check(sentence, published).claims().get(0).verdict().slug();
    }

    @Test
    void a_nationality_is_ranked_among_the_nationalities_leaving_out_other_countries() {
        Evaluated second = reading(
                "In March, Venezuelans were the second-largest nationality encountered at the southwest border.",
                LocalDate.of(2024, 4, 20),
                Aggregate.RANK_HIGH,
                "2024-03");

        assertThat(second.fits()).isTrue();
        assertThat(second.detail()).startsWith("Venezuela was 2nd of ").endsWith("behind Mexico");
        assertThat(second.detail()).doesNotContain("Other");
    }

    @Test
    void a_comparison_holds_when_the_direction_does_and_slightly_when_the_two_are_within_five_percent() {
        LocalDate published = LocalDate.of(2024, 10, 23);
        String slightly = "Border Patrol apprehensions at the southwest border in September 2024 were slightly"
                + " less than in September 2020.";
        // 53,858 against 54,771: 1.7% lower.
        Evaluated close = reading(slightly, published, Aggregate.COMPARISON, "2024-09");
        assertThat(close.fits()).isTrue();
        assertThat(close.detail()).isEqualTo("53,858 against 54,771 in September 2020 (-1.7%)");
        assertThat(close.fit().orElseThrow().chance()).isLessThan(0.05);

        // 53,858 against 249,740 in December 2023 is lower, but not slightly.
        String far = "Border Patrol apprehensions at the southwest border in September 2024 were slightly"
                + " less than in December 2023.";
        assertThat(reading(far, published, Aggregate.COMPARISON, "2024-09").fits())
                .isFalse();
        String lower = "Border Patrol apprehensions at the southwest border in September 2024 were lower"
                + " than in December 2023.";
        Evaluated direction = reading(lower, published, Aggregate.COMPARISON, "2024-09");
        assertThat(direction.fits()).isTrue();
        assertThat(direction.fit().orElseThrow().chance()).isEqualTo(0.5);
        String higher = "Border Patrol apprehensions at the southwest border in September 2024 were higher"
                + " than in December 2023.";
        assertThat(reading(higher, published, Aggregate.COMPARISON, "2024-09").fits())
                .isFalse();
    }

    @Test
    void the_json_carries_the_rank_claimed_its_reading_and_the_breakdown_that_answers_it() throws Exception {
        CheckResult result = CHECKER.check(YUMA.formatted("3rd"), MAY_17_2022);
        JsonNode claim = new ObjectMapper()
                .readTree(ClaimJson.create().write(result))
                .get("claims")
                .get(0);

        assertThat(claim.get("qualifier").asText()).isEqualTo("rank");
        assertThat(claim.get("value").asDouble()).isEqualTo(3);
        assertThat(claim.get("verdict").asText()).isNotEqualTo("accurate");
        JsonNode reading = claim.get("reading");
        assertThat(reading.get("aggregate").asText()).isEqualTo("rank-high");
        assertThat(reading.get("queries").get(0).asText())
                .contains("--group-by sector")
                .doesNotContain("yuma");
        assertThat(claim.get("explanation").asText()).contains("Yuma was 4th of 9 sectors");
    }

    @Test
    void non_mexicans_are_every_citizenship_but_mexico_and_the_json_says_so() throws Exception {
        // FY2019, Border Patrol at the southwest border: 851,508 in all, 166,458 Mexicans, so 80.5% were not.
        CheckResult result = CHECKER.check(
                "Of those apprehended at the southwest border in fiscal year 2019, 80% were non-Mexicans.",
                LocalDate.of(2019, 11, 4));
        JsonNode claim = new ObjectMapper()
                .readTree(ClaimJson.create().write(result))
                .get("claims")
                .get(0);

        assertThat(claim.get("verdict").asText()).isEqualTo("accurate");
        assertThat(claim.get("official").get("value").asDouble())
                .isCloseTo(0.805, org.assertj.core.data.Offset.offset(0.001));
        assertThat(claim.get("reading").get("filters").get("citizenship").toString())
                .contains("not-mexico");
        assertThat(claim.get("reading").get("queries").get(0).asText()).contains("--citizenship not-mexico");
        assertThat(claim.get("explanation").asText()).contains("countries other than Mexico");
    }

    @Test
    void the_sector_that_has_overtaken_another_is_the_one_ranked() {
        // Border Patrol, May 2019: Rio Grande Valley 49,821, El Paso 38,640 (second): the claim is not true.
        CheckedClaim claim = CHECKER.check(
                        "El Paso has now overtaken the Rio Grande Valley as the busiest Border Patrol sector on the"
                                + " border.",
                        LocalDate.of(2019, 6, 5))
                .claims()
                .get(0);
        assertThat(Readings.of(claim).filters()).containsEntry(Dimension.AREA, java.util.Set.of("el-paso"));
        assertThat(claim.verdict()).isNotEqualTo(Verdict.ACCURATE);
    }
}
