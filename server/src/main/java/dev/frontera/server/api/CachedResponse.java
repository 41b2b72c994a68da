package dev.frontera.server.api;

import static java.util.Objects.requireNonNull;

import io.javalin.http.Context;

/** A response body kept with its ETag, so a repeated query costs a map lookup. */
record CachedResponse(String etag, String contentType, byte[] body, java.util.Map<String, String> headers) {
    CachedResponse {
        requireNonNull(etag, "etag is null");
        requireNonNull(contentType, "contentType is null");
        requireNonNull(body, "body is null");
        headers = java.util.Map.copyOf(headers);
    }

    /** Sends the body, or 304 when the client already holds this version. */
    void send(Context context) {
        context.header("ETag", etag);
        context.header("Cache-Control", "no-cache");
        headers.forEach(context::header);
        if (matches(context.header("If-None-Match"))) {
            context.status(304);
            return;
        }
        context.contentType(contentType).result(body);
    }

    private boolean matches(String ifNoneMatch) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String candidate = tag.trim();
            if (candidate.startsWith("W/")) {
                candidate = candidate.substring(2);
            }
            if (candidate.equals("*") || candidate.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
