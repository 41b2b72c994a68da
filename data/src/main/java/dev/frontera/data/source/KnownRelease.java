package dev.frontera.data.source;

import java.time.LocalDate;
import java.util.Optional;

/** A release whose publication date (and perhaps direct URL) is a recorded fact. */
record KnownRelease(String name, LocalDate published, Optional<String> directUrl) {

    static KnownRelease of(String name, String published) {
        return new KnownRelease(name, LocalDate.parse(published), Optional.empty());
    }

    static KnownRelease of(String name, String published, String directUrl) {
        return new KnownRelease(name, LocalDate.parse(published), Optional.of(directUrl));
    }
}
