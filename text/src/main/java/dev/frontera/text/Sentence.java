package dev.frontera.text;

import static java.util.Objects.requireNonNull;

/** A sentence of the input and where it starts in the whole text. */
public record Sentence(String text, int offset) {
    public Sentence {
        requireNonNull(text, "text is null");
    }
}
