package dev.frontera.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TestTokenBuckets {
    private final AtomicLong now = new AtomicLong();
    private final TokenBuckets buckets = new TokenBuckets(2, 3, now::get);

    @Test
    void grants_a_burst_then_refuses_with_the_wait() {
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isEqualTo(1);
    }

    @Test
    void refills_at_the_rate() {
        for (int i = 0; i < 3; i++) {
            buckets.take("a");
        }
        now.addAndGet(500_000_000L);

        assertThat(buckets.take("a")).isZero();
        assertThat(buckets.take("a")).isPositive();
    }

    @Test
    void keeps_one_bucket_per_client() {
        for (int i = 0; i < 3; i++) {
            buckets.take("a");
        }

        assertThat(buckets.take("b")).isZero();
    }
}
