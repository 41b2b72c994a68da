package dev.frontera.claims.internal.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestSpelledNumbers {
    @Test
    void a_count_or_place_in_one_word_is_read_in_digits_or_words() {
        assertThat(SpelledNumbers.count("3")).isEqualTo(3);
        assertThat(SpelledNumbers.count("3rd")).isEqualTo(3);
        assertThat(SpelledNumbers.count("12th")).isEqualTo(12);
        assertThat(SpelledNumbers.count("three")).isEqualTo(3);
        assertThat(SpelledNumbers.count("Third")).isEqualTo(3);
        assertThat(SpelledNumbers.count("twelfth")).isEqualTo(12);
    }

    @Test
    void a_word_that_is_no_number_counts_nothing() {
        assertThat(SpelledNumbers.count("the")).isZero();
        assertThat(SpelledNumbers.count("3x")).isZero();
        assertThat(SpelledNumbers.count("12345")).isZero();
    }

    @Test
    void spelled_out_amounts_are_read_whole_or_not_at_all() {
        assertThat(SpelledNumbers.parse("two million")).contains(2_000_000.0);
        assertThat(SpelledNumbers.parse("one hundred twenty-five thousand")).contains(125_000.0);
        assertThat(SpelledNumbers.parse("two million migrants")).isEmpty();
    }
}
