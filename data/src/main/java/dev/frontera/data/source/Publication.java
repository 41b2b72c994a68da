package dev.frontera.data.source;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When and where a release was published, and how we know.
 *
 * @param published the publication date, known or estimated
 * @param basis whether the date is a recorded fact or an estimate, and from what
 * @param sourceUrl the file's own URL when recorded, else the family's landing page
 */
public record Publication(LocalDate published, Basis basis, Optional<String> sourceUrl) {

    /** How a publication date was found. */
    public enum Basis {
        /** A recorded fact about this exact file. */
        KNOWN,
        /** Estimated from the {@code fyAA-fyBB[-mmm]} pattern in the file name. */
        FILE_NAME,
        /** Estimated from the last month of data: about the 15th of the month after it. */
        LAST_MONTH,
        /** Estimated by us and recorded in the catalog: the publisher prints no date (the Border Patrol PDFs). */
        CATALOG_ESTIMATE
    }

    public Publication {
        requireNonNull(published, "published is null");
        requireNonNull(basis, "basis is null");
        requireNonNull(sourceUrl, "sourceUrl is null");
    }

    public boolean estimated() {
        return basis != Basis.KNOWN;
    }
}
