package dev.frontera.spark.record;

import dev.frontera.claims.ClaimChecker;
import dev.frontera.data.query.QueryEngine;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * One claim checker per executor JVM and broadcast record: the first task to need it decodes the
 * broadcast and builds the query engine and checker; every later task of the job on that JVM
 * reuses them. A static holder is the one way to share across tasks in Spark; it keeps only the
 * checkers of the last few broadcasts so that a long-lived executor does not hoard old records.
 */
public final class CheckerCache {
    private static final int KEEP = 2;
    private static final Map<Long, ClaimChecker> CHECKERS = new ConcurrentHashMap<>();
    private static final AtomicInteger BUILT = new AtomicInteger();

    private CheckerCache() {}

    /** The checker for broadcast {@code broadcastId}, built from {@code snapshot} on first use in this JVM. */
    public static ClaimChecker checker(long broadcastId, Supplier<byte[]> snapshot) {
        ClaimChecker checker = CHECKERS.get(broadcastId);
        if (checker != null) {
            return checker;
        }
        synchronized (CHECKERS) {
            checker = CHECKERS.get(broadcastId);
            if (checker == null) {
                CHECKERS.keySet().removeIf(id -> id < broadcastId - KEEP + 1);
                checker = ClaimChecker.create(
                        QueryEngine.over(RecordSnapshot.decode(snapshot.get())).warm());
                CHECKERS.put(broadcastId, checker);
                BUILT.incrementAndGet();
            }
            return checker;
        }
    }

    /** How many checkers this JVM has built (tests use it to see that tasks share one). */
    public static int built() {
        return BUILT.get();
    }
}
