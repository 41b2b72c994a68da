package dev.frontera.movements.news;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits article text into sentences, not at titles such as "Mr." or "U.S.". */
final class Sentences {
    private static final Pattern END = Pattern.compile(
            "(?<!\\bMr)(?<!\\bMrs)(?<!\\bMs)(?<!\\bDr)(?<!\\bSt)(?<!\\bU\\.S)(?<=[.!?][\"”’]?)\\s+|\\n\\s*\\n");

    private Sentences() {}

    static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        for (String part : END.split(text)) {
            String sentence = part.strip();
            if (!sentence.isEmpty()) {
                sentences.add(sentence);
            }
        }
        return sentences;
    }
}
