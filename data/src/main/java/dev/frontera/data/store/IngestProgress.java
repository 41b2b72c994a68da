package dev.frontera.data.store;

/** Told how many rows of a file have been appended so far, for a progress bar. */
@FunctionalInterface
public interface IngestProgress {
    /** Called every few thousand rows and once at the end, from the ingesting thread. */
    void rowsAppended(long appended, long total);

    static IngestProgress none() {
        return (appended, total) -> {};
    }
}
