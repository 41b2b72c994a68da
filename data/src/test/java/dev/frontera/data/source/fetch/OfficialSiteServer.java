package dev.frontera.data.source.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A stand-in for the official sites on loopback: listing pages, files with ETags, a 404, a move, a truncation. */
final class OfficialSiteServer implements AutoCloseable {
    private final HttpServer server;
    private final Map<String, Response> responses = new ConcurrentHashMap<>();
    /** Every request, as "path status", in order. */
    final List<String> log = new CopyOnWriteArrayList<>();

    private sealed interface Response {}

    private record Page(String html) implements Response {}

    private record FileBody(byte[] bytes, String etag, String contentType) implements Response {}

    private record Truncated(byte[] bytes, int sent) implements Response {}

    private record Moved(String location) implements Response {}

    private OfficialSiteServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    static OfficialSiteServer start() {
        try {
            return new OfficialSiteServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    OfficialSiteServer page(String path, String html) {
        responses.put(path, new Page(html));
        return this;
    }

    OfficialSiteServer file(String path, String content, String etag) {
        responses.put(path, new FileBody(content.getBytes(StandardCharsets.UTF_8), etag, "text/csv"));
        return this;
    }

    OfficialSiteServer htmlInsteadOfFile(String path) {
        responses.put(
                path,
                new FileBody(
                        "<html>Access Denied</html>".getBytes(StandardCharsets.UTF_8),
                        null,
                        "text/html; charset=utf-8"));
        return this;
    }

    OfficialSiteServer truncated(String path, String content, int sent) {
        responses.put(path, new Truncated(content.getBytes(StandardCharsets.UTF_8), sent));
        return this;
    }

    OfficialSiteServer moved(String path, String location) {
        responses.put(path, new Moved(location));
        return this;
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            respond(exchange, path, responses.get(path));
        }
    }

    private void respond(HttpExchange exchange, String path, Response response) throws IOException {
        if (response == null) {
            log.add(path + " 404");
            send(exchange, 404, "text/html", "<html>Page not found</html>".getBytes(StandardCharsets.UTF_8));
        } else if (response instanceof Page page) {
            log.add(path + " 200");
            send(exchange, 200, "text/html; charset=utf-8", page.html().getBytes(StandardCharsets.UTF_8));
        } else if (response instanceof Moved moved) {
            log.add(path + " 301");
            exchange.getResponseHeaders().set("Location", moved.location());
            exchange.sendResponseHeaders(301, -1);
        } else if (response instanceof FileBody file) {
            String asked = exchange.getRequestHeaders().getFirst("If-None-Match");
            if (file.etag() != null) {
                exchange.getResponseHeaders().set("ETag", file.etag());
                if (file.etag().equals(asked)) {
                    log.add(path + " 304");
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
            }
            log.add(path + " 200");
            send(exchange, 200, file.contentType(), file.bytes());
        } else if (response instanceof Truncated truncated) {
            log.add(path + " 200 truncated");
            exchange.getResponseHeaders().set("Content-Type", "text/csv");
            exchange.sendResponseHeaders(200, truncated.bytes().length);
            OutputStream body = exchange.getResponseBody();
            body.write(truncated.bytes(), 0, truncated.sent());
            body.flush();
            // Closing short of Content-Length makes the server drop the connection, as a broken transfer does.
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
