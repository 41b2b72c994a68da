package dev.frontera.data.source.fetch;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.query.Release;
import dev.frontera.data.read.OfficialFiles;
import dev.frontera.data.read.ParsedFile;
import dev.frontera.data.source.Publication;
import dev.frontera.data.source.ReleaseCatalog;
import dev.frontera.data.store.IngestProgress;
import dev.frontera.data.store.IngestResult;
import dev.frontera.data.store.ReleaseMetadata;
import dev.frontera.data.store.Store;
import java.util.Optional;

/**
 * Stores downloaded files as releases, as {@code frontera ingest} does, with the URL each file
 * was downloaded from as its source. The publication date comes from the {@link ReleaseCatalog}
 * (recorded, or estimated from the name and marked so).
 */
public final class FetchedReleases {
    private FetchedReleases() {}

    /** The release already stored with the downloaded file's exact bytes, if any: no need to read the file again. */
    public static Optional<Release> stored(Store store, Download download) {
        requireNonNull(store, "store is null");
        requireNonNull(download, "download is null");
        return store.release(download.sha256());
    }

    /**
     * Reads the downloaded file and stores it; a file whose bytes are already stored changes nothing.
     *
     * @throws dev.frontera.core.FronteraException as {@link OfficialFiles#read} and {@link Store#ingest} do
     */
    public static IngestResult ingest(Store store, Download download, IngestProgress progress) {
        requireNonNull(store, "store is null");
        requireNonNull(download, "download is null");
        requireNonNull(progress, "progress is null");
        ParsedFile parsed = OfficialFiles.read(download.file());
        return store.ingest(parsed, metadata(parsed, download), progress);
    }

    static ReleaseMetadata metadata(ParsedFile parsed, Download download) {
        Publication publication =
                ReleaseCatalog.official().describe(parsed.name(), parsed.family(), parsed.lastMonth());
        return new ReleaseMetadata(
                publication.published(),
                publication.estimated(),
                Optional.of(download.source().toString()));
    }
}
