package dev.frontera.data.source.fetch;

/** Told how far a download has come; closed when it ends, however it ends. */
public interface DownloadProgress extends AutoCloseable {

    /** {@code bytes} of the file have arrived so far. */
    void advanced(long bytes);

    @Override
    default void close() {}

    static DownloadProgress none() {
        return bytes -> {};
    }
}
