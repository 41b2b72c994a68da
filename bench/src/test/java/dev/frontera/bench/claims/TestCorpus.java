package dev.frontera.bench.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TestCorpus {
    @Test
    void sameSeedGivesTheSameArticles() {
        List<Article> first = Corpus.generate(50, 7L, Optional.empty());
        List<Article> second = Corpus.generate(50, 7L, Optional.empty());

        assertThat(first).hasSize(50).isEqualTo(second);
    }

    @Test
    void anotherSeedGivesOtherArticles() {
        assertThat(Corpus.generate(20, 7L, Optional.empty())).isNotEqualTo(Corpus.generate(20, 8L, Optional.empty()));
    }

    @Test
    void articlesAreDatedWithinThePublishedRecordAndMentionBorderFigures() {
        List<Article> articles = Corpus.generate(200, 11L, Optional.empty());

        assertThat(articles).allSatisfy(article -> {
            assertThat(article.published()).isBetween(LocalDate.of(2020, 12, 1), LocalDate.of(2024, 11, 30));
            assertThat(article.text()).isNotBlank();
        });
        assertThat(articles).anySatisfy(article -> assertThat(article.text()).contains("border"));
    }

    @Test
    void withoutFixturesEveryFigureComesFromOurOwnTemplates() {
        List<Article> articles = Corpus.generate(100, 3L, Optional.empty());

        assertThat(articles).noneSatisfy(article -> assertThat(article.text()).contains("10,000 people a day"));
    }

    @Test
    void fixtureDatedByMonthOnlyIsReadAsTheMonthsLastDay() {
        assertThat(Corpus.date("2024-09")).hasValue(LocalDate.of(2024, 9, 30));
        assertThat(Corpus.date("2023-12-28")).hasValue(LocalDate.of(2023, 12, 28));
        assertThat(Corpus.date("late 2023")).isEmpty();
    }
}
