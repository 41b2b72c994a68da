package dev.frontera.surges.alerts;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Posts fired alerts to their webhooks in the background, so an ingest never waits on a
 * receiver: a JSON body signed with HMAC-SHA256 ({@code X-Frontera-Signature-256: sha256=HEX}),
 * retried with exponential backoff on network errors, timeouts, 408, 429 and 5xx answers, at most
 * {@value #ATTEMPTS} attempts; every attempt's outcome goes to the {@link DeliveryLog}.
 */
public final class WebhookSender implements AutoCloseable {
    public static final int ATTEMPTS = 4;
    public static final String SIGNATURE_HEADER = "X-Frontera-Signature-256";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final ScheduledExecutorService scheduler;
    private final Duration firstBackoff;
    private final Duration timeout;
    private final DeliveryLog log;
    private final List<CompletableFuture<Boolean>> pending = new CopyOnWriteArrayList<>();

    /** Where attempts are recorded (the alert history). */
    @FunctionalInterface
    public interface DeliveryLog {
        void attempted(FiredAlert alert, int attempt, boolean delivered, String outcome);
    }

    /**
     * @param firstBackoff the wait before the second attempt; each later wait doubles it
     * @param timeout how long one attempt may take
     */
    public WebhookSender(Duration firstBackoff, Duration timeout, DeliveryLog log) {
        this.firstBackoff = requireNonNull(firstBackoff, "firstBackoff is null");
        this.timeout = requireNonNull(timeout, "timeout is null");
        this.log = requireNonNull(log, "log is null");
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "frontera-webhooks");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The defaults: 2 s before the first retry (then 4 s, 8 s), 10 s per attempt. */
    public static WebhookSender standard(DeliveryLog log) {
        return new WebhookSender(Duration.ofSeconds(2), Duration.ofSeconds(10), log);
    }

    /** Queues a post; the future completes with whether a receiver accepted it. Never blocks. */
    public CompletableFuture<Boolean> send(FiredAlert alert, Webhook webhook) {
        byte[] body = body(alert);
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        pending.add(result);
        scheduler.execute(() -> attempt(alert, webhook, body, 1, result));
        return result;
    }

    /** Waits up to {@code limit} for the posts still in flight; returns how many are still pending after it. */
    public int await(Duration limit) {
        CompletableFuture<?> all = CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new));
        try {
            all.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            // reported through the count below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            // each delivery records its own failure
        }
        return (int) pending.stream().filter(future -> !future.isDone()).count();
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }

    /** The signature a receiver recomputes: {@code sha256=} and the hex HMAC-SHA256 of the body with the secret. */
    public static String signature(String secret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }

    static byte[] body(FiredAlert alert) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("id", alert.id());
        document.put("rule", alert.ruleId());
        document.put("rule_name", alert.ruleName());
        document.put("series", alert.series());
        document.put("month", alert.month().toString());
        document.put("value", alert.value());
        document.put("sentence", alert.sentence());
        document.put("query", alert.query());
        document.put("release", Map.of("id", alert.releaseId(), "name", alert.releaseName()));
        document.put("fired_at", alert.firedAt().toString());
        try {
            return JSON.writeValueAsBytes(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings and numbers is always JSON", e);
        }
    }

    private void attempt(
            FiredAlert alert, Webhook webhook, byte[] body, int attempt, CompletableFuture<Boolean> result) {
        HttpRequest request = HttpRequest.newBuilder(webhook.url())
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "Frontera alerts")
                .header("X-Frontera-Event", "alert")
                .header("X-Frontera-Delivery", Long.toString(alert.id()))
                .header(SIGNATURE_HEADER, signature(webhook.secret(), body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            boolean delivered = failure == null && response.statusCode() / 100 == 2;
            boolean retry = failure != null
                    || response.statusCode() == 408
                    || response.statusCode() == 429
                    || response.statusCode() >= 500;
            String outcome =
                    failure != null ? "no answer (" + describe(failure) + ")" : "HTTP " + response.statusCode();
            record(alert, attempt, delivered, outcome);
            if (delivered) {
                result.complete(true);
            } else if (retry && attempt < ATTEMPTS && !scheduler.isShutdown()) {
                long wait = firstBackoff.toMillis() << (attempt - 1);
                scheduler.schedule(
                        () -> attempt(alert, webhook, body, attempt + 1, result), wait, TimeUnit.MILLISECONDS);
            } else {
                result.complete(false);
            }
        });
    }

    private void record(FiredAlert alert, int attempt, boolean delivered, String outcome) {
        try {
            log.attempted(alert, attempt, delivered, outcome);
        } catch (RuntimeException e) {
            // The post's outcome stands even if the store cannot note it (closed at exit).
            java.util.logging.Logger.getLogger(WebhookSender.class.getName())
                    .warning("cannot record webhook attempt for alert " + alert.id() + ": " + e.getMessage());
        }
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
        return cause instanceof IOException || cause instanceof java.net.http.HttpTimeoutException
                ? cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage())
                : cause.toString();
    }
}
