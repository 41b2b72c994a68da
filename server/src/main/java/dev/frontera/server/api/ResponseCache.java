package dev.frontera.server.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers kept by request, each with an ETag made from the store's fingerprint and the bytes of
 * the answer itself: the store is read-only while served, so an answer never goes stale, and the
 * same bytes get the same ETag in every run of the server (a new version that writes different
 * bytes gets a new one). Lock-free on hits (the hot path of a load test); when full, it starts
 * again empty rather than tracking use on every hit. The work of a miss is done by the caller's
 * supplier, which is where the caller's rate limit applies: a cached answer costs nothing.
 */
final class ResponseCache {
    private static final int MAX_ENTRIES = 4096;

    private final String fingerprint;
    private final ConcurrentHashMap<String, CachedResponse> entries = new ConcurrentHashMap<>();

    ResponseCache(String fingerprint) {
        this.fingerprint = fingerprint;
    }

    /** The cached response for this request, computing it once (errors are thrown, not cached). */
    CachedResponse get(
            String endpoint, Map<String, List<String>> parameters, String format, Supplier<Rendered> render) {
        String key = key(endpoint, parameters, format);
        CachedResponse cached = entries.get(key);
        if (cached != null) {
            return cached;
        }
        Rendered rendered = render.get();
        CachedResponse response =
                new CachedResponse(etag(rendered), rendered.contentType(), rendered.body(), rendered.headers());
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, response);
        return response;
    }

    /** A rendered body, its content type and any other headers it is sent with. */
    record Rendered(String contentType, byte[] body, Map<String, String> headers) {
        Rendered {
            headers = Map.copyOf(headers);
        }

        static Rendered utf8(String contentType, String text) {
            return new Rendered(contentType, text.getBytes(StandardCharsets.UTF_8), Map.of());
        }
    }

    /** Parameters in a canonical order, so {@code ?a=1&b=2} and {@code ?b=2&a=1} share an entry. */
    private static String key(String endpoint, Map<String, List<String>> parameters, String format) {
        StringBuilder key = new StringBuilder(endpoint).append('|').append(format);
        new TreeMap<>(parameters)
                .forEach((name, values) -> values.forEach(
                        value -> key.append('|').append(name).append('=').append(value)));
        return key.toString();
    }

    private String etag(Rendered rendered) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(rendered.contentType().getBytes(StandardCharsets.UTF_8));
            byte[] hash = digest.digest(rendered.body());
            return "\"" + fingerprint + "-" + HexFormat.of().formatHex(hash, 0, 8) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
