package dev.frontera.data.store;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.core.query.Release;
import dev.frontera.data.read.OfficialFiles;
import dev.frontera.data.read.ParsedFile;
import dev.frontera.data.read.ReadAhead;
import dev.frontera.data.source.ReleaseCatalog;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Stores a set of official files, as {@code frontera ingest} and {@code frontera serve} do. Files
 * go in publication order, so each release's revisions are measured against the vintage
 * published just before it, whatever the order the files were given in. A file whose published
 * bytes the store already holds is recognised by its SHA-256 and not read again, so running the
 * same ingest twice, or after an interruption, only reads what is missing. Every other file is
 * read (the next one on a second thread, see {@link ReadAhead}) and stored in its own
 * transaction; a file that cannot be read is rejected with the reason, and the others still go in.
 * A failure of the store itself (a full disk, a lock held elsewhere) stops the ingest with its
 * cause: it is no file's fault, and no later file could go in either.
 */
public final class Ingestion {

    /** Told what happens to each file, in order. {@code position} counts from 1 over {@code count} files. */
    public interface Listener {
        /** The store already holds the file's exact bytes: nothing was read or changed. */
        default void alreadyStored(int position, int count, Path file, Release release) {}

        /** The rows of {@code file} are about to be stored: where to report their progress. */
        default IngestProgress storing(ParsedFile file) {
            return IngestProgress.none();
        }

        void stored(int position, int count, Path file, IngestResult result);

        void rejected(int position, int count, Path file, FronteraException reason);

        /**
         * The store itself failed on {@code file} (a full disk, a lock, a fault): no later file could
         * go in either, so the ingest stops here, after {@code stored} new releases, and throws {@code reason}.
         */
        default void stopped(int position, int count, Path file, int stored, FronteraException reason) {}
    }

    /** A file that could not be stored, and why; the store holds nothing of it. */
    public record Rejection(Path file, FronteraException reason) {}

    /** What an ingest did to each of its files. */
    public record Outcome(List<IngestResult> stored, List<Release> alreadyStored, List<Rejection> rejected) {
        public Outcome {
            stored = List.copyOf(stored);
            alreadyStored = List.copyOf(alreadyStored);
            rejected = List.copyOf(rejected);
        }

        /** Whether every file is now in the store. */
        public boolean complete() {
            return rejected.isEmpty();
        }

        public int files() {
            return stored.size() + alreadyStored.size() + rejected.size();
        }
    }

    private Ingestion() {}

    /** Stores every file of {@code files} that {@code store} lacks, in publication order, telling {@code listener}. */
    public static Outcome run(Store store, List<Path> files, Listener listener) {
        requireNonNull(store, "store is null");
        requireNonNull(files, "files is null");
        requireNonNull(listener, "listener is null");
        Map<String, Release> held =
                store.releases().stream().collect(Collectors.toMap(Release::sha256, Function.identity(), (a, b) -> a));
        List<Path> ordered = inPublicationOrder(files);
        List<IngestResult> stored = new ArrayList<>();
        List<Release> already = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        List<Path> toRead = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            Path file = ordered.get(i);
            Optional<Release> release = sha256(file).map(held::get);
            if (release.isPresent()) {
                already.add(release.get());
                listener.alreadyStored(i + 1, ordered.size(), file, release.get());
            } else {
                toRead.add(file);
                positions.add(i + 1);
            }
        }
        try (ReadAhead reading = ReadAhead.of(toRead)) {
            int next = 0;
            while (reading.hasNext()) {
                ReadAhead.Result read = reading.next();
                int position = positions.get(next++);
                try {
                    ParsedFile parsed =
                            read.parsed().orElseThrow(() -> read.failure().orElseThrow());
                    IngestResult result =
                            store.ingest(parsed, ReleaseMetadata.fromCatalog(parsed), listener.storing(parsed));
                    if (result.status() == IngestResult.Status.STORED) {
                        stored.add(result);
                    } else {
                        already.add(result.release());
                    }
                    listener.stored(position, ordered.size(), read.file(), result);
                } catch (FronteraException e) {
                    if (e.code().type() != ErrorCode.Type.USER_ERROR) {
                        // Not the file's fault: calling it and every later file "rejected" would hide the cause.
                        listener.stopped(position, ordered.size(), read.file(), stored.size(), e);
                        throw e;
                    }
                    rejected.add(new Rejection(read.file(), e));
                    listener.rejected(position, ordered.size(), read.file(), e);
                }
            }
        }
        return new Outcome(stored, already, rejected);
    }

    /** The files whose published bytes {@code store} does not hold, in publication order. */
    public static List<Path> missing(Store store, List<Path> files) {
        requireNonNull(store, "store is null");
        Set<String> held = store.releases().stream().map(Release::sha256).collect(Collectors.toUnmodifiableSet());
        return inPublicationOrder(files).stream()
                .filter(file -> sha256(file).map(hash -> !held.contains(hash)).orElse(true))
                .toList();
    }

    /**
     * Oldest publication first, as the release catalog dates each file by its name; files it
     * cannot date from the name alone come last, by name.
     */
    static List<Path> inPublicationOrder(List<Path> files) {
        return files.stream().sorted(publicationOrder()).toList();
    }

    /** Files by publication date as {@link #inPublicationOrder} sorts them. */
    public static Comparator<Path> publicationOrder() {
        ReleaseCatalog catalog = ReleaseCatalog.official();
        Comparator<Path> byDate = Comparator.comparing((Path file) ->
                catalog.publishedByName(file.getFileName().toString()).orElse(LocalDate.MAX));
        return byDate.thenComparing(file -> file.getFileName().toString());
    }

    // Only regular files are hashed ahead: anything else (a missing file, a pipe) goes to the
    // reader, which reports it with the file's name.
    private static Optional<String> sha256(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(OfficialFiles.publishedSha256(file));
        } catch (UncheckedIOException e) {
            return Optional.empty();
        }
    }
}
