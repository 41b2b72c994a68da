package dev.frontera.claims.internal.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontera.claims.internal.numbers.Quantity;
import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.period.Period;
import dev.frontera.text.Sentence;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestRankAndComparisonRules {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 10, 23);
    private final RankRule ranks = new RankRule();
    private final ComparisonRule comparisons = new ComparisonRule();
    private final ClaimExtractor extractor = new ClaimExtractor();

    private SentenceMentions mentions(String sentence) {
        return extractor.mentions(new Sentence(sentence, 0), PUBLISHED);
    }

    private List<ExtractedClaim> claims(String sentence) {
        return extractor.extract(mentions(sentence), PUBLISHED);
    }

    @Test
    void an_ordinal_superlative_of_a_named_kind_of_peer_is_a_rank() {
        List<RankRule.Found> sector =
                ranks.find("Yuma also remained the 3rd busiest border sector when it comes to arrests.", true);
        assertThat(sector).singleElement().satisfies(found -> {
            assertThat(found.words()).isEqualTo(new RankWords(3, true, Dimension.AREA));
            assertThat(found.end() - found.start()).isEqualTo("the 3rd busiest border sector".length());
        });
        assertThat(ranks.find("Venezuelans were the second-largest nationality encountered.", true))
                .singleElement()
                .satisfies(found -> assertThat(found.words()).isEqualTo(new RankWords(2, true, Dimension.CITIZENSHIP)));
        assertThat(ranks.find(
                        "Venezuelans topped Mexicans for the largest group of nationals arrested in September.", true))
                .singleElement()
                .satisfies(found -> assertThat(found.words()).isEqualTo(new RankWords(1, true, Dimension.CITIZENSHIP)));
        // A superlative of a period ranks periods: a record claim, not a rank among sectors.
        assertThat(ranks.find("December brought 55,770, the busiest month in the sector's history.", true))
                .isEmpty();
        assertThat(ranks.find("Big Bend was the least busy sector in May.", true))
                .singleElement()
                .satisfies(found -> assertThat(found.words()).isEqualTo(new RankWords(1, false, Dimension.AREA)));
    }

    @Test
    void more_than_any_other_peer_is_first_place() {
        assertThat(ranks.find(
                        "Rio Grande Valley agents apprehended more migrants than any other Border Patrol sector.",
                        true))
                .singleElement()
                .satisfies(found -> assertThat(found.words()).isEqualTo(new RankWords(1, true, Dimension.AREA)));
        assertThat(ranks.find("Tucson recorded the most apprehensions of any sector.", true))
                .singleElement()
                .satisfies(found -> assertThat(found.words().place()).isEqualTo(1));
    }

    @Test
    void the_largest_group_ranks_nationalities_only_when_the_sentence_names_one() {
        assertThat(ranks.find("Venezuelans were the third-largest group encountered in fiscal 2024.", true))
                .singleElement()
                .satisfies(found -> assertThat(found.words()).isEqualTo(new RankWords(3, true, Dimension.CITIZENSHIP)));
        assertThat(ranks.find("Single adults were the largest group encountered in fiscal 2024.", false))
                .isEmpty();
    }

    @Test
    void ranks_among_periods_or_within_a_group_of_peers_are_not_ranks_of_a_place() {
        assertThat(ranks.find("May was the busiest month on record.", true)).isEmpty();
        assertThat(ranks.find("Tucson is one of the busiest sectors.", true)).isEmpty();
        assertThat(ranks.find("El Paso is one of the busiest sector headquarters.", true))
                .isEmpty();
    }

    @Test
    void a_comparative_naming_its_base_period_with_no_number_is_a_comparison() {
        List<ComparisonRule.Found> found =
                comparisons.find(mentions("Apprehensions in May were slightly lower than in April 2024."));
        assertThat(found).singleElement().satisfies(comparison -> {
            assertThat(comparison.direction()).isEqualTo(-1);
            assertThat(comparison.close()).isTrue();
            assertThat(comparison.bases()).containsExactly(Period.month(YearMonth.of(2024, 4)));
        });
        assertThat(comparisons.find(mentions("Encounters in June were higher than in May 2024.")))
                .singleElement()
                .satisfies(comparison -> {
                    assertThat(comparison.direction()).isEqualTo(1);
                    assertThat(comparison.close()).isFalse();
                });
    }

    @Test
    void a_number_before_or_after_the_comparative_makes_it_the_numbers_claim() {
        assertThat(comparisons.find(mentions("It was 78 percent less than the record-setting month of December 2023.")))
                .isEmpty();
        assertThat(comparisons.find(mentions("Agents made 2,300 fewer arrests than in June 2024.")))
                .isEmpty();
        assertThat(comparisons.find(mentions("Agents made more than 50,000 arrests in June 2024.")))
                .isEmpty();
        assertThat(comparisons.find(mentions("Crossings were higher than ever in December 2023.")))
                .isEmpty();
    }

    @Test
    void a_multiples_base_is_the_period_after_as_or_straight_after_the_multiple() {
        Period december2024 = Period.month(YearMonth.of(2024, 12));
        assertThat(multipleBases("Encounters in December 2023 were roughly three times the level of December 2024."))
                .containsExactly(december2024);
        assertThat(multipleBases("Encounters in December 2023 were triple those of December 2024."))
                .containsExactly(december2024);
        assertThat(multipleBases("Encounters in December 2023 were triple the December 2024 total."))
                .containsExactly(december2024);
        // "As many ... as in": the period after the second "as", past the year of the period claimed.
        assertThat(multipleBases("Agents apprehended four times as many migrants in fiscal 2022 as in fiscal 2020."))
                .containsExactly(Period.fiscalYear(2020));
        // The period claimed, after other words, is no base.
        assertThat(multipleBases("Encounters doubled at the southwest border in December 2023."))
                .isEmpty();
        assertThat(multipleBases("Crossings at the southern border doubled in December."))
                .isEmpty();
        assertThat(multipleBases("Apprehensions in fiscal 2021 were quadruple those of 2020."))
                .hasSize(1);
        assertThat(multipleBases("Apprehensions rose to 23,760 in fiscal 2024, more than double the year before."))
                .containsExactly(Period.fiscalYear(2023));
        assertThat(multipleBases("In fiscal 2024 apprehensions rose to 23,760; they had doubled the year before."))
                .isEmpty();
    }

    private List<Period> multipleBases(String sentence) {
        return claims(sentence).stream()
                .filter(c -> c.quantity()
                        .map(q -> q.form() == Quantity.Form.MULTIPLE)
                        .orElse(false))
                .findFirst()
                .orElseThrow()
                .change()
                .bases();
    }

    @Test
    void every_period_after_a_comparing_word_is_a_base_not_the_period_claimed() {
        String sentence = "That is similar to July and August, slightly less than September 2020 when Donald Trump"
                + " was president, and 78 percent less than the record-setting month of December 2023.";
        ExtractedClaim comparison = claims(sentence).stream()
                .filter(c -> c.qualifier() == Qualifier.COMPARISON)
                .findFirst()
                .orElseThrow();

        assertThat(comparison.phrase()).isEqualTo("slightly less than September 2020");
        assertThat(comparison.bound()).isEqualTo(Qualifier.ABOUT);
        assertThat(comparison.change().bases()).containsExactly(Period.month(YearMonth.of(2020, 9)));
        // July, August, September 2020 and December 2023 all stand after a comparing word.
        assertThat(comparison.baseMentions()).hasSize(4);
    }

    @Test
    void a_sector_name_the_sentence_calls_a_sector_is_a_place() {
        assertThat(new PlaceRule().mentions("Yuma also remained the 3rd busiest border sector."))
                .singleElement()
                .satisfies(place -> assertThat(place.slug()).isEqualTo("yuma"));
        assertThat(new PlaceRule().mentions("The Rio Grande Valley, once the busiest sector, recorded 135,000."))
                .singleElement()
                .satisfies(place -> assertThat(place.slug()).isEqualTo("rio-grande-valley"));
        // A share of a whole only a sector is part of.
        assertThat(new PlaceRule().mentions("Tucson accounted for about 30% of all Border Patrol apprehensions."))
                .singleElement()
                .satisfies(place -> assertThat(place.slug()).isEqualTo("tucson"));
        // A city named alone is no sector.
        assertThat(new PlaceRule().mentions("El Paso opened a new shelter for 300 migrants."))
                .isEmpty();
    }

    @Test
    void a_rank_held_once_is_no_rank_now() {
        assertThat(ranks.find("The Rio Grande Valley, once the busiest sector, recorded 135,000.", true))
                .isEmpty();
        assertThat(ranks.find("The Rio Grande Valley, the busiest sector, recorded 135,000.", true))
                .hasSize(1);
    }

    @Test
    void any_window_of_a_few_days_is_partial() {
        assertThat(mentions("During the 15-day period, agents apprehended 50,000 migrants.")
                        .periods())
                .anySatisfy(located -> assertThat(located.mention().partial()).isPresent());
    }
}
