package dev.frontera.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestSentenceSplitter {
    private static final SentenceSplitter SPLITTER = SentenceSplitter.english();

    private static List<String> texts(String text) {
        return SPLITTER.split(text).stream().map(Sentence::text).toList();
    }

    @Test
    void splits_sentences_and_gives_where_each_starts() {
        String text =
                "The caravan left Tapachula. It was 1,000 miles from the border!  Officials counted 7,000 migrants.";
        List<Sentence> sentences = SPLITTER.split(text);
        assertThat(sentences)
                .extracting(Sentence::text)
                .containsExactly(
                        "The caravan left Tapachula.",
                        "It was 1,000 miles from the border!",
                        "Officials counted 7,000 migrants.");
        for (Sentence sentence : sentences) {
            assertThat(text.substring(sentence.offset())).startsWith(sentence.text());
        }
    }

    @Test
    void does_not_split_after_titles_and_abbreviations() {
        assertThat(texts("Border agents in the U.S. reported 250,000 encounters in Dec. 2023, said Mr. Ortiz."))
                .containsExactly("Border agents in the U.S. reported 250,000 encounters in Dec. 2023, said Mr. Ortiz.");
    }

    @Test
    void a_line_break_ends_a_paragraph_unless_the_line_is_hard_wrapped() {
        assertThat(texts("Caravan reaches Huixtla\nThe group walked on."))
                .containsExactly("Caravan reaches Huixtla", "The group walked on.");
        assertThat(texts("The group walked on towards\nthe border."))
                .containsExactly("The group walked on towards\nthe border.");
    }

    @Test
    void skips_paragraphs_not_worth_reading() {
        assertThat(SPLITTER.split(
                        "No figures here.\nThere were 5,000 of them.", paragraph -> paragraph.matches(".*\\d.*")))
                .extracting(Sentence::text, Sentence::offset)
                .containsExactly(tuple("There were 5,000 of them.", 17));
    }

    @Test
    void cuts_run_on_text_into_bounded_pieces() {
        String runOn = "word ".repeat(SentenceSplitter.MAX_SENTENCE);
        assertThat(SPLITTER.split(runOn))
                .hasSizeGreaterThan(1)
                .allSatisfy(sentence ->
                        assertThat(sentence.text().length()).isLessThanOrEqualTo(SentenceSplitter.MAX_SENTENCE));
    }
}
