package dev.frontera.server.api;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Bounds the costly work (checking a text) the whole server does at once, whoever asks: at most
 * {@code running} at a time, at most {@code waiting} more queued for up to {@code maxWaitMillis};
 * anything beyond is refused at once with 429 and {@code Retry-After}. So a burst of large texts
 * from one client or many costs a bounded amount of CPU and memory, and the rest of the API keeps
 * its share of the machine.
 */
final class WorkLimiter {
    /** Seconds a refused client is told to wait. */
    static final long RETRY_AFTER_SECONDS = 1;

    private final Semaphore permits;
    private final int maxWaiting;
    private final long maxWaitMillis;
    private final AtomicInteger waiting = new AtomicInteger();

    WorkLimiter(int running, int maxWaiting, long maxWaitMillis) {
        this.permits = new Semaphore(running, true);
        this.maxWaiting = maxWaiting;
        this.maxWaitMillis = maxWaitMillis;
    }

    /** Runs {@code work} once a slot is free; throws {@link ErrorCode#RATE_LIMITED} when none frees in time. */
    <T> T run(Supplier<T> work) {
        if (!permits.tryAcquire()) {
            acquireWaiting();
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }

    /** Requests waiting for a slot now. */
    int waiting() {
        return waiting.get();
    }

    private void acquireWaiting() {
        if (waiting.incrementAndGet() > maxWaiting) {
            waiting.decrementAndGet();
            throw busy();
        }
        try {
            if (!permits.tryAcquire(maxWaitMillis, TimeUnit.MILLISECONDS)) {
                throw busy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        } finally {
            waiting.decrementAndGet();
        }
    }

    private static FronteraException busy() {
        return new FronteraException(
                ErrorCode.RATE_LIMITED,
                ("the server is checking as many texts as it can at once;" + " try again in %d second(s)")
                        .formatted(RETRY_AFTER_SECONDS));
    }
}
