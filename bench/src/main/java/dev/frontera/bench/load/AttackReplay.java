package dev.frontera.bench.load;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Replays issue 12's memory attack against a server on this machine, for a bounded time, while
 * another client asks ordinary questions: every round, one client sends 20 texts to
 * {@code POST /api/v1/check} at once (the 693 KB article repeating one sentence, a text just
 * under the length limit with too many figures, a text of a few hundred figures: the largest answer
 * allowed) and 20 to {@code POST /api/v1/movements/proposals} (700 KB and 99 KB), then waits for the
 * next round (4 s: the default rate of 5 per second refills the burst of 20). The other client asks
 * cached and uncached questions in turn, one at a time, and its latencies are what the replay
 * measures. Only the JDK: run it as {@code java AttackReplay.java} (bench/scripts/attack-replay.sh).
 *
 * <p>Arguments: {@code PORT SECONDS BODIES_DIR}; the bodies are JSON files made by the script.
 * Prints a summary; exits 1 when any answer was a 5xx, the other client went unanswered, or its p99
 * reached 1 s.
 */
public final class AttackReplay {
    private static final String HOST = "127.0.0.1"; // loopback only, never another machine
    private static final Duration ROUND = Duration.ofSeconds(4);
    private static final List<String> QUESTIONS = List.of(
            "/api/v1/query?region=southwest&period=FY2024&group-by=month",
            "/api/v1/query?region=southwest&period=2023-12&per-day=true",
            "/api/v1/query?region=southwest&period=FY2023&group-by=citizenship&top=10",
            "/api/v1/coverage",
            "/api/v1/query?region=southwest&period=%s");

    private AttackReplay() {}

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Duration length = Duration.ofSeconds(Long.parseLong(args[1]));
        Path bodies = Path.of(args[2]);
        List<Attack> attacks = List.of(
                new Attack("/api/v1/check", Files.readAllBytes(bodies.resolve("check-original.json"))),
                new Attack("/api/v1/check", Files.readAllBytes(bodies.resolve("check-over-claims.json"))),
                new Attack("/api/v1/check", Files.readAllBytes(bodies.resolve("check-largest-answer.json"))),
                new Attack("/api/v1/movements/proposals", Files.readAllBytes(bodies.resolve("proposal-original.json"))),
                new Attack("/api/v1/movements/proposals", Files.readAllBytes(bodies.resolve("proposal-long.json"))));
        Result result = replay(port, length, attacks);
        result.print(System.out);
        System.exit(
                result.serverErrors() == 0 && result.otherFailures() == 0 && result.otherP99Millis() < 1000 ? 0 : 1);
    }

    private record Attack(String path, byte[] body) {}

    private static Result replay(int port, Duration length, List<Attack> attacks) throws Exception {
        HttpClient attacker = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        HttpClient other = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        Map<String, Integer> attackStatuses = Collections.synchronizedMap(new TreeMap<>());
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        Map<Integer, Integer> otherStatuses = Collections.synchronizedMap(new TreeMap<>());
        AtomicBoolean running = new AtomicBoolean(true);
        long[] largestAnswer = {0};

        ExecutorService clients = Executors.newFixedThreadPool(41);
        Future<?> asker = clients.submit(() -> {
            int turn = 0;
            while (running.get()) {
                String path = QUESTIONS.get(turn % QUESTIONS.size());
                // The last question changes month each time: an answer not cached yet, which does work.
                String target = path.contains("%s")
                        ? path.formatted("20%02d-%02d".formatted(20 + turn / 60 % 4, 1 + turn % 12))
                        : path;
                long start = System.nanoTime();
                int status = send(other, get(port, target));
                latencies.add((System.nanoTime() - start) / 1_000_000);
                otherStatuses.merge(status, 1, Integer::sum);
                turn++;
                sleep(100);
            }
        });
        long end = System.nanoTime() + length.toNanos();
        int rounds = 0;
        while (System.nanoTime() < end) {
            long roundStart = System.nanoTime();
            List<Future<HttpResponse<byte[]>>> round = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Attack check = attacks.get(i % 3);
                round.add(clients.submit(
                        () -> attacker.send(post(port, check), HttpResponse.BodyHandlers.ofByteArray())));
                Attack proposal = attacks.get(3 + i % 2);
                round.add(clients.submit(
                        () -> attacker.send(post(port, proposal), HttpResponse.BodyHandlers.ofByteArray())));
            }
            for (Future<HttpResponse<byte[]>> answer : round) {
                String key;
                try {
                    HttpResponse<byte[]> response = answer.get();
                    key = Integer.toString(response.statusCode());
                    synchronized (largestAnswer) {
                        largestAnswer[0] = Math.max(largestAnswer[0], response.body().length);
                    }
                } catch (java.util.concurrent.ExecutionException e) {
                    key = "failed: " + e.getCause().getClass().getSimpleName();
                }
                attackStatuses.merge(key, 1, Integer::sum);
            }
            rounds++;
            sleep(ROUND.toMillis() - (System.nanoTime() - roundStart) / 1_000_000);
        }
        running.set(false);
        asker.get();
        clients.shutdown();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Result(rounds, Map.copyOf(attackStatuses), largestAnswer[0], sorted, Map.copyOf(otherStatuses));
    }

    private record Result(
            int rounds,
            Map<String, Integer> attackStatuses,
            long largestAnswer,
            List<Long> latencies,
            Map<Integer, Integer> otherStatuses) {
        long serverErrors() {
            long attack = attackStatuses.entrySet().stream()
                    .filter(e -> e.getKey().startsWith("5"))
                    .mapToLong(Map.Entry::getValue)
                    .sum();
            long asked = otherStatuses.entrySet().stream()
                    .filter(e -> e.getKey() >= 500)
                    .mapToLong(Map.Entry::getValue)
                    .sum();
            return attack + asked;
        }

        /** The other client's requests that got no answer at all (refused connection, time-out). */
        long otherFailures() {
            return otherStatuses.getOrDefault(-1, 0);
        }

        long otherP99Millis() {
            return percentile(0.99);
        }

        long percentile(double share) {
            return latencies.isEmpty()
                    ? -1
                    : latencies.get((int) Math.min(latencies.size() - 1, Math.ceil(share * latencies.size()) - 1));
        }

        void print(PrintStream out) {
            int attackRequests =
                    attackStatuses.values().stream().mapToInt(Integer::intValue).sum();
            out.printf(
                    Locale.ROOT,
                    "attack: %d rounds, %d requests, answers by status %s, largest answer %,d bytes%n",
                    rounds,
                    attackRequests,
                    new TreeMap<>(attackStatuses),
                    largestAnswer);
            out.printf(
                    Locale.ROOT,
                    "other client: %d requests, answers by status %s, latency p50 %d ms, p99 %d ms," + " max %d ms%n",
                    latencies.size(),
                    new TreeMap<>(otherStatuses),
                    percentile(0.5),
                    percentile(0.99),
                    latencies.isEmpty() ? -1 : latencies.get(latencies.size() - 1));
            out.printf(Locale.ROOT, "5xx answers: %d%n", serverErrors());
        }
    }

    private static HttpRequest get(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://" + HOST + ":" + port + path))
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build();
    }

    private static HttpRequest post(int port, Attack attack) {
        return HttpRequest.newBuilder(URI.create("http://" + HOST + ":" + port + attack.path()))
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(attack.body()))
                .build();
    }

    private static int send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static void sleep(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
