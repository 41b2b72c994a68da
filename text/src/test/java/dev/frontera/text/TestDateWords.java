package dev.frontera.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TestDateWords {
    private static final LocalDate PUBLISHED = LocalDate.of(2023, 12, 28); // a Thursday

    @Test
    void christmas_eve_is_the_latest_one_on_or_before_publication() {
        assertThat(DateWords.find("On Christmas Eve, the caravan departed", PUBLISHED))
                .contains(LocalDate.of(2023, 12, 24));
        assertThat(DateWords.find("On Christmas Eve, the caravan departed", LocalDate.of(2024, 1, 3)))
                .contains(LocalDate.of(2023, 12, 24));
    }

    @Test
    void a_weekday_is_the_last_such_day_up_to_publication() {
        assertThat(DateWords.find("stated on Friday that", PUBLISHED)).contains(LocalDate.of(2023, 12, 22));
        assertThat(DateWords.find("left on Thursday", PUBLISHED)).contains(PUBLISHED);
    }

    @Test
    void a_month_and_day_from_a_later_month_means_last_year() {
        assertThat(DateWords.find("set out December 30 from", LocalDate.of(2024, 1, 5)))
                .contains(LocalDate.of(2023, 12, 30));
        assertThat(DateWords.find("set out on 2 January", LocalDate.of(2024, 1, 5)))
                .contains(LocalDate.of(2024, 1, 2));
    }

    @Test
    void reads_abbreviated_months_but_not_the_verb_may() {
        assertThat(DateWords.find("The group set out Dec. 24 from Tapachula", LocalDate.of(2024, 1, 5)))
                .contains(LocalDate.of(2023, 12, 24));
        assertThat(DateWords.find("Officials said 15 may join the caravan", PUBLISHED))
                .isEmpty();
        assertThat(DateWords.find("They left on 15 May", PUBLISHED)).contains(LocalDate.of(2023, 5, 15));
    }

    @Test
    void yesterday_is_the_day_before_publication() {
        assertThat(DateWords.find("Yesterday the group left", PUBLISHED)).contains(LocalDate.of(2023, 12, 27));
    }

    @Test
    void finds_nothing_in_a_sentence_without_a_day() {
        assertThat(DateWords.find("The caravan departed from Tapachula.", PUBLISHED))
                .isEmpty();
    }
}
