package dev.frontera.data.read;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads official files one or two ahead of the caller, on a background thread, so that reading
 * the next file overlaps with storing the current one (on two cores, ingest takes about as long
 * as the slower of the two, not their sum). Results come back in the order of the files; a file
 * that cannot be read comes back as its error, and the others still come.
 */
public final class ReadAhead implements Iterator<ReadAhead.Result>, AutoCloseable {
    private static final int WINDOW = 2;

    /** One file, read or refused. */
    public record Result(Path file, Optional<ParsedFile> parsed, Optional<FronteraException> failure) {}

    private final List<Path> files;
    private final ExecutorService reader = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "frontera-read-ahead");
        thread.setDaemon(true);
        return thread;
    });
    private final Deque<Future<Result>> pending = new ArrayDeque<>();
    private int submitted;

    private ReadAhead(List<Path> files) {
        this.files = List.copyOf(files);
        while (submitted < Math.min(WINDOW, this.files.size())) {
            submitNext();
        }
    }

    public static ReadAhead of(List<Path> files) {
        return new ReadAhead(files);
    }

    private void submitNext() {
        Path file = files.get(submitted++);
        pending.add(reader.submit(() -> {
            try {
                return new Result(file, Optional.of(OfficialFiles.read(file)), Optional.empty());
            } catch (FronteraException e) {
                return new Result(file, Optional.empty(), Optional.of(e));
            }
        }));
    }

    @Override
    public boolean hasNext() {
        return !pending.isEmpty();
    }

    @Override
    public Result next() {
        Future<Result> head = pending.poll();
        if (head == null) {
            throw new NoSuchElementException();
        }
        if (submitted < files.size()) {
            submitNext();
        }
        try {
            return head.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FronteraException(ErrorCode.INTERNAL, "interrupted while reading official files", e);
        } catch (ExecutionException e) {
            throw new FronteraException(ErrorCode.INTERNAL, "reading failed: " + e.getCause(), e.getCause());
        }
    }

    @Override
    public void close() {
        reader.shutdownNow();
    }
}
