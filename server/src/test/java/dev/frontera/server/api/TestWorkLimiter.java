package dev.frontera.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TestWorkLimiter {

    @Test
    void runs_at_most_the_permitted_work_at_once_and_refuses_beyond_the_queue() throws Exception {
        WorkLimiter limiter = new WorkLimiter(1, 1, 60_000);
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<String> first = threads.submit(() -> limiter.run(() -> {
                running.countDown();
                await(release);
                return "first";
            }));
            assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
            Future<String> queued = threads.submit(() -> limiter.run(() -> "queued"));
            waitUntilQueued(limiter);

            assertThatThrownBy(() -> limiter.run(() -> "third"))
                    .isInstanceOf(FronteraException.class)
                    .extracting(e -> ((FronteraException) e).code())
                    .isEqualTo(ErrorCode.RATE_LIMITED);
            release.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
            assertThat(queued.get(10, TimeUnit.SECONDS)).isEqualTo("queued");
            assertThat(limiter.run(() -> "after")).isEqualTo("after");
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void a_queued_request_gives_up_after_its_wait() {
        WorkLimiter limiter = new WorkLimiter(1, 4, 50);
        assertThatThrownBy(() -> limiter.run(() -> limiter.run(() -> "nested never runs")))
                .isInstanceOf(FronteraException.class)
                .hasMessageContaining("try again");
        assertThat(limiter.run(() -> "free again")).isEqualTo("free again");
    }

    @Test
    void a_failing_task_frees_its_slot() {
        WorkLimiter limiter = new WorkLimiter(1, 0, 0);
        assertThatThrownBy(() -> limiter.run(() -> {
                    throw new IllegalStateException("boom");
                }))
                .isInstanceOf(IllegalStateException.class);
        assertThat(limiter.run(() -> "next")).isEqualTo("next");
    }

    private static void waitUntilQueued(WorkLimiter limiter) throws InterruptedException {
        for (int i = 0; i < 1000 && limiter.waiting() == 0; i++) {
            Thread.sleep(5);
        }
        assertThat(limiter.waiting()).isEqualTo(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
