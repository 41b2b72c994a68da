package dev.frontera.data.store;

import static java.util.Objects.requireNonNull;

import dev.frontera.data.read.ParsedFile;
import dev.frontera.data.source.Publication;
import dev.frontera.data.source.ReleaseCatalog;
import java.time.LocalDate;
import java.util.Optional;

/** What the file itself does not say about a release: when and where it was published. */
public record ReleaseMetadata(LocalDate published, boolean publishedEstimated, Optional<String> sourceUrl) {

    public ReleaseMetadata {
        requireNonNull(published, "published is null");
        requireNonNull(sourceUrl, "sourceUrl is null");
    }

    public static ReleaseMetadata of(Publication publication) {
        return new ReleaseMetadata(publication.published(), publication.estimated(), publication.sourceUrl());
    }

    /** Looks the file up in the official {@link ReleaseCatalog} (estimating for unknown names). */
    public static ReleaseMetadata fromCatalog(ParsedFile file) {
        return of(ReleaseCatalog.official().describe(file.name(), file.family(), file.lastMonth()));
    }
}
