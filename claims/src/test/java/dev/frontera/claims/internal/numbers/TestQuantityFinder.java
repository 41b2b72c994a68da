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
}
