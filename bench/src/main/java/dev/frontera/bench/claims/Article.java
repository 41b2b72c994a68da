package dev.frontera.bench.claims;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/** A generated article: its text and the date relative periods are read from. */
public record Article(String text, LocalDate published) {
    public Article {
        requireNonNull(text, "text is null");
        requireNonNull(published, "published is null");
    }
}
