package dev.frontera.bench.claims;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/** A generated article: its text and the date relative periods are read from. */
record Article(String text, LocalDate published) {
    public Article {
        requireNonNull(text, "text is null");
        requireNonNull(published, "published is null");
    }
}
