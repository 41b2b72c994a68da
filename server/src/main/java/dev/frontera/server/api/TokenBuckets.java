package dev.frontera.server.api;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: each request takes a token; tokens come back at {@code rate} per
 * second up to {@code burst}. Idle full buckets are dropped so the map stays small.
 */
final class TokenBuckets {
    private static final int MAX_CLIENTS = 10_000;

    private final double rate;
    private final int burst;
    private final LongSupplier nanoTime;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    TokenBuckets(double rate, int burst, LongSupplier nanoTime) {
        this.rate = rate;
        this.burst = burst;
        this.nanoTime = nanoTime;
    }

    /** Takes a token for {@code client}; returns 0 when granted, else the seconds to wait for the next token. */
    long take(String client) {
        if (buckets.size() > MAX_CLIENTS) {
            long now = nanoTime.getAsLong();
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        return buckets.computeIfAbsent(client, key -> new Bucket()).take(nanoTime.getAsLong());
    }

    private final class Bucket {
        private double tokens = burst;
        private long updated = nanoTime.getAsLong();

        synchronized long take(long now) {
            refill(now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / rate));
        }

        synchronized boolean isFull(long now) {
            refill(now);
            return tokens >= burst;
        }

        private void refill(long now) {
            tokens = Math.min(burst, tokens + (now - updated) / 1e9 * rate);
            updated = now;
        }
    }
}
