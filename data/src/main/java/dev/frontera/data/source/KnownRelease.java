package dev.frontera.data.source;

import java.time.LocalDate;
import java.util.Optional;

/** A release whose publication date (and perhaps direct URL) is recorded, or estimated when {@code estimated}. */
record KnownRelease(String name, LocalDate published, Optional<String> directUrl, boolean estimated) {

    static KnownRelease of(String name, String published) {
        return new KnownRelease(name, LocalDate.parse(published), Optional.empty(), false);
    }

    static KnownRelease of(String name, String published, String directUrl) {
        return new KnownRelease(name, LocalDate.parse(published), Optional.of(directUrl), false);
    }

    /** A file whose publication date is not recorded anywhere: our estimate, marked as such. */
    static KnownRelease estimated(String name, String published, String directUrl) {
        return new KnownRelease(name, LocalDate.parse(published), Optional.of(directUrl), true);
    }
}
