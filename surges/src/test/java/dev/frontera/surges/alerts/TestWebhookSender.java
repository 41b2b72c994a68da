package dev.frontera.surges.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TestWebhookSender {
    private static final String SECRET = "a-secret-of-at-least-16";
    private static final FiredAlert ALERT = new FiredAlert(
            7,
            "southwest-daily",
            "southwest daily",
            "southwest encounters",
            YearMonth.of(2023, 12),
            302_034,
            "Encounters ... averaged 9,743 a day.",
            "frontera query --region southwest",
            "ed46dfe3f052",
            "nationwide-encounters-fy21-fy24-dec-state.csv",
            Instant.parse("2024-01-26T12:00:00Z"));

    private final List<String> attempts = new CopyOnWriteArrayList<>();

    @Test
    void posts_a_signed_json_body_the_receiver_can_verify() throws Exception {
        try (LoopbackReceiver receiver = new LoopbackReceiver(204);
                WebhookSender sender = sender()) {
            assertThat(sender.send(ALERT, new Webhook(receiver.url(), SECRET)).get(10, TimeUnit.SECONDS))
                    .isTrue();
            LoopbackReceiver.Post post = receiver.posts().get(0);
            assertThat(post.signature())
                    .isEqualTo(WebhookSender.signature(SECRET, post.body().getBytes(StandardCharsets.UTF_8)));
            assertThat(post.signature())
                    .isNotEqualTo(WebhookSender.signature(
                            "another-secret-16ch", post.body().getBytes(StandardCharsets.UTF_8)));
            assertThat(post.delivery()).isEqualTo("7");
            assertThat(post.contentType()).isEqualTo("application/json");
            JsonNode body = new ObjectMapper().readTree(post.body());
            assertThat(body.get("rule").asText()).isEqualTo("southwest-daily");
            assertThat(body.get("month").asText()).isEqualTo("2023-12");
            assertThat(body.get("value").asLong()).isEqualTo(302_034);
            assertThat(body.get("release").get("id").asText()).isEqualTo("ed46dfe3f052");
            assertThat(attempts).containsExactly("1 delivered HTTP 204");
        }
    }

    @Test
    void retries_server_errors_with_backoff_until_accepted() throws Exception {
        try (LoopbackReceiver receiver = new LoopbackReceiver(503, 500, 200);
                WebhookSender sender = sender()) {
            assertThat(sender.send(ALERT, new Webhook(receiver.url(), SECRET)).get(10, TimeUnit.SECONDS))
                    .isTrue();
            assertThat(receiver.posts()).hasSize(3);
            assertThat(attempts).containsExactly("1 failed HTTP 503", "2 failed HTTP 500", "3 delivered HTTP 200");
        }
    }

    @Test
    void gives_up_after_the_last_attempt_and_does_not_retry_a_refusal() throws Exception {
        try (LoopbackReceiver failing = new LoopbackReceiver(500);
                WebhookSender sender = sender()) {
            assertThat(sender.send(ALERT, new Webhook(failing.url(), SECRET)).get(10, TimeUnit.SECONDS))
                    .isFalse();
            assertThat(failing.posts()).hasSize(WebhookSender.ATTEMPTS);
        }
        attempts.clear();
        try (LoopbackReceiver refusing = new LoopbackReceiver(400);
                WebhookSender sender = sender()) {
            assertThat(sender.send(ALERT, new Webhook(refusing.url(), SECRET)).get(10, TimeUnit.SECONDS))
                    .isFalse();
            assertThat(refusing.posts()).hasSize(1);
            assertThat(attempts).containsExactly("1 failed HTTP 400");
        }
    }

    @Test
    void sending_never_blocks_the_caller_even_when_nobody_answers() throws Exception {
        // A port nothing listens on: the post fails in the background, the caller goes on at once.
        java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
        int port = socket.getLocalPort();
        socket.close();
        try (WebhookSender sender = sender()) {
            long start = System.nanoTime();
            var result =
                    sender.send(ALERT, new Webhook(java.net.URI.create("http://127.0.0.1:" + port + "/hook"), SECRET));
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
            assertThat(result.get(20, TimeUnit.SECONDS)).isFalse();
            assertThat(sender.await(Duration.ofSeconds(1))).isZero();
            assertThat(attempts).hasSize(WebhookSender.ATTEMPTS).allMatch(line -> line.contains("no answer"));
        }
    }

    @Test
    void webhook_urls_and_secrets_are_checked() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Webhook.of("ftp://example.org/x", SECRET))
                .hasMessageContaining("http or https");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Webhook.of("http://127.0.0.1:8485/hook", "short"))
                .hasMessageContaining("at least 16");
        assertThat(Webhook.of("http://127.0.0.1:8485/hook", SECRET).toString()).doesNotContain(SECRET);
    }

    private WebhookSender sender() {
        return new WebhookSender(
                Duration.ofMillis(20),
                Duration.ofSeconds(2),
                (alert, attempt, delivered, outcome) ->
                        attempts.add(attempt + (delivered ? " delivered " : " failed ") + outcome));
    }
}
