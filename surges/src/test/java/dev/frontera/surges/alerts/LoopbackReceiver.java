package dev.frontera.surges.alerts;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP receiver on 127.0.0.1 (the JDK's server) that records what is posted to it and
 * answers with the statuses it is given, in turn (the last one repeats).
 */
final class LoopbackReceiver implements AutoCloseable {
    /** One post as received. */
    record Post(String body, String signature, String delivery, String contentType) {}

    private final HttpServer server;
    private final List<Post> posts = new CopyOnWriteArrayList<>();
    private final AtomicInteger answered = new AtomicInteger();

    LoopbackReceiver(int... statuses) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            posts.add(new Post(
                    new String(body, java.nio.charset.StandardCharsets.UTF_8),
                    exchange.getRequestHeaders().getFirst(WebhookSender.SIGNATURE_HEADER),
                    exchange.getRequestHeaders().getFirst("X-Frontera-Delivery"),
                    exchange.getRequestHeaders().getFirst("Content-Type")));
            int index = Math.min(answered.getAndIncrement(), statuses.length - 1);
            exchange.sendResponseHeaders(statuses[index], -1);
            exchange.close();
        });
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
    }

    List<Post> posts() {
        return List.copyOf(posts);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
