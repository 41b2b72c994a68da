package dev.frontera.data.store;

/** Lets tests fail an ingest at a chosen row, to prove the transaction leaves nothing behind. */
@FunctionalInterface
interface IngestHook {
    void beforeRow(long index);

    static IngestHook none() {
        return index -> {};
    }
}
