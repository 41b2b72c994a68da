package dev.frontera.core.dimension;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestSpelling {
    @Test
    void keys_ignore_case_accents_punctuation_and_spaces() {
        assertThat(Spelling.key("Ciudad Juárez")).isEqualTo("ciudadjuarez");
        assertThat(Spelling.key(" ciudad-juarez ")).isEqualTo("ciudadjuarez");
        assertThat(Spelling.key("Côte d'Ivoire")).isEqualTo(Spelling.key("Cote d Ivoire"));
    }

    @Test
    void a_swap_of_neighbouring_letters_is_one_edit() {
        assertThat(Spelling.distance("huixtla", "huixtal")).isEqualTo(1);
        assertThat(Spelling.distance("tapachula", "tapachula")).isZero();
        assertThat(Spelling.distance("kitten", "sitting")).isEqualTo(3);
    }

    @Test
    void stops_past_the_limit() {
        assertThat(Spelling.distance("tijuana", "monterrey", 2)).isEqualTo(3);
        assertThat(Spelling.distance("a", "abcdef", 2)).isEqualTo(3);
        assertThat(Spelling.distance("abc", "", 5)).isEqualTo(3);
    }
}
