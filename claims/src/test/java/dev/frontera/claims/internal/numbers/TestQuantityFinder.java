package dev.frontera.claims.internal.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the number finder reads as a multiple, a share or a change written in words. */
class TestQuantityFinder {
    private final QuantityFinder finder = new QuantityFinder();

    private List<Quantity.Form> forms(String sentence) {
        return finder.find(sentence).stream().map(Quantity::form).toList();
    }

    @Test
    void six_to_ten_times_are_multiples_only_before_what_they_multiply() {
        assertThat(forms("Fiscal 2021's total was nearly six times fiscal 2020's."))
                .contains(Quantity.Form.MULTIPLE);
        assertThat(forms("Encounters were seven times 2019's level.")).contains(Quantity.Form.MULTIPLE);
        // "Then", "overall" and "asking" only start like "the", "over" and "as".
        assertThat(forms("The man had been caught seven times then released.")).doesNotContain(Quantity.Form.MULTIPLE);
        assertThat(forms("He was arrested seven times overall.")).doesNotContain(Quantity.Form.MULTIPLE);
    }

    @Test
    void a_fraction_after_a_verb_of_change_is_a_change_and_a_share_may_end_its_sentence() {
        List<Quantity> third = finder.find("Cuban encounters fell by more than a third, to about 142,000.");
        assertThat(third.get(0).form()).isEqualTo(Quantity.Form.PERCENT);
        assertThat(finder.find("Families accounted for roughly a third.").get(0).form())
                .isEqualTo(Quantity.Form.SHARE);
        assertThat(finder.find("Illegal crossings were cut in half.").get(0).form())
                .isEqualTo(Quantity.Form.PERCENT);
        assertThat(forms("Crossings have fallen for a year and a half.")).doesNotContain(Quantity.Form.SHARE);
    }

    @Test
    void n_of_every_m_is_a_share_and_n_of_m_alone_is_not() {
        Quantity three = finder.find("Mexicans made up three of every four encounters in March.")
                .get(0);
        assertThat(three.form()).isEqualTo(Quantity.Form.SHARE);
        assertThat(three.value()).isEqualTo(0.75);
        assertThat(finder.find("Nearly four out of five were single adults.")
                        .get(0)
                        .value())
                .isEqualTo(0.8);
        assertThat(forms("Three of four sectors reported declines.")).doesNotContain(Quantity.Form.SHARE);
    }

    @Test
    void a_spread_with_two_round_ends_is_one_range_and_a_changes_two_figures_are_not() {
        Quantity between = finder.find("Agents stopped between 7,000 and 9,000 people a day.")
                .get(0);
        assertThat(between.isRange()).isTrue();
        assertThat(between.low()).isEqualTo(7_000);
        assertThat(between.value()).isEqualTo(9_000);
        Quantity millions = finder.find("They caught 1.5 to 2 million people.").get(0);
        assertThat(millions.low()).isEqualTo(1_500_000);
        assertThat(millions.value()).isEqualTo(2_000_000);
        Quantity percent = finder.find("Families were 20-30% of them.").get(0);
        assertThat(percent.form()).isEqualTo(Quantity.Form.PERCENT);
        assertThat(percent.low()).isEqualTo(20);
        assertThat(finder.find("Encounters ranged from 50,000 to 60,000 a month.")
                        .get(0)
                        .isRange())
                .isTrue();
        // A change's two figures, a move "from" one to the other, years and a broken thousands separator are not.
        assertThat(finder.find("Apprehensions rose 33 percent (99,539 to 132,652)."))
                .hasSize(3);
        assertThat(finder.find("Encounters fell from 50,000 to 40,000.")).noneMatch(Quantity::isRange);
        assertThat(finder.find("Encounters rose from 50,000 to 60,000.")).noneMatch(Quantity::isRange);
        assertThat(finder.find("Between 2019 and 2021 they doubled.")).noneMatch(Quantity::isRange);
        assertThat(finder.find("The total for the year came to 379-893.")).noneMatch(Quantity::isRange);
        assertThat(finder.find("Some 5,000 to 60,000 were expected.")).noneMatch(Quantity::isRange);
    }

    @Test
    void thousands_then_the_rest_is_one_count_as_translated_copy_writes_it() {
        List<Quantity> found = finder.find("The agents detained 8 thousand 725 persons, against 170 thousand 723.");
        assertThat(found).extracting(Quantity::value).containsExactly(8_725.0, 170_723.0);
        assertThat(found.get(0).unit()).isEqualTo(1);
    }
}
