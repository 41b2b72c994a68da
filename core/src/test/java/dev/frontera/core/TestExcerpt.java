package dev.frontera.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestExcerpt {

    @Test
    void quotes_short_values_whole_and_long_ones_by_their_start_and_length() {
        assertThat(Excerpt.quoted("mexico")).isEqualTo("'mexico'");
        assertThat(Excerpt.quoted("x".repeat(50_000))).isEqualTo("'" + "x".repeat(60) + "...' (50,000 characters)");
        assertThat(Excerpt.quoted("a\u0000b\u202Ec")).isEqualTo("'a\\u0000b\\u202Ec'");
    }

    @Test
    void a_message_quoting_a_huge_field_stays_short_and_keeps_its_place() {
        FronteraException e = new FronteraException(
                ErrorCode.MALFORMED_FILE,
                "big.csv: line 2, column 9 (Encounter Count): '%s' is not a whole number"
                        .formatted("9".repeat(50_000_000)));

        assertThat(e.getMessage())
                .hasSizeLessThan(300)
                .startsWith("big.csv: line 2, column 9 (Encounter Count): '999")
                .contains("(50,000,000 characters)")
                .endsWith("is not a whole number");
        assertThat(new FronteraException(ErrorCode.INTERNAL, "z".repeat(20_000)).getMessage())
                .hasSizeLessThan(10_100)
                .endsWith("(message cut at 10,000 of 20,000 characters)");
        assertThat(new FronteraException(ErrorCode.INTERNAL, "short 'value'").getMessage())
                .isEqualTo("short 'value'");
    }
}
