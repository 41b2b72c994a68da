package dev.frontera.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * An RFC 9457 problem document: {@code type, title, status, detail}, plus {@code code} (the
 * stable {@link ErrorCode} slug). Every error the API returns is one of these.
 *
 * <p>{@code NOT_COVERED} is a 404, not a 422: the request is well formed and means something,
 * but the official record holds no such figure (yet) - the figure is a resource that does not
 * exist, and may exist once a release covers it. 422 would tell the client to fix its request.
 */
public record Problem(int status, String code, String title, String detail) {
    /**
     * RFC 9457's media type, which takes no charset parameter: it is JSON, so UTF-8, and the body
     * is always written as UTF-8 bytes (never a string left to the server's default Latin-1).
     */
    public static final String CONTENT_TYPE = "application/problem+json";
    /** Longer details are cut: a message quotes values briefly, this only guards against a mistake. */
    static final int MAX_DETAIL_CHARS = 2000;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public Problem {
        if (detail.length() > MAX_DETAIL_CHARS) {
            detail = String.format(
                    Locale.ROOT,
                    "%s... (cut at %,d of %,d characters)",
                    detail.substring(0, MAX_DETAIL_CHARS),
                    MAX_DETAIL_CHARS,
                    detail.length());
        }
    }

    /** A problem named by an {@link ErrorCode}. */
    public Problem(int status, ErrorCode code, String title, String detail) {
        this(status, code.slug(), title, detail);
    }

    /** 401: writes need {@code Authorization: Bearer TOKEN}, and none or a wrong one was sent. */
    public static Problem unauthorized(String detail) {
        return new Problem(401, "unauthorized", "Unauthorized", detail);
    }

    /** 403: this server does not accept writes at all. */
    public static Problem forbidden(String detail) {
        return new Problem(403, "forbidden", "Forbidden", detail);
    }

    /** The problem for an exception Frontera threw on purpose: its message is written for the caller. */
    public static Problem of(FronteraException exception) {
        ErrorCode code = exception.code();
        return switch (code) {
            case INVALID_ARGUMENT, UNKNOWN_VALUE, MALFORMED_FILE, UNSUPPORTED_FILE, INVALID_TEXT ->
                new Problem(400, code, "Bad request", exception.getMessage());
            case NOT_FOUND -> new Problem(404, code, "Not found", exception.getMessage());
            case CONFLICT -> new Problem(409, code, "Conflict", exception.getMessage());
            case NOT_COVERED -> new Problem(404, code, "Not covered by the official record", exception.getMessage());
            case TOO_LARGE -> new Problem(413, code, "Request too large", exception.getMessage());
            case RATE_LIMITED -> new Problem(429, code, "Too many requests", exception.getMessage());
            case BUSY, DISK_FULL -> new Problem(503, code, "Service unavailable", exception.getMessage());
            case NETWORK, STORE, INTERNAL -> internal();
        };
    }

    /** What a client sees of a bug: never the exception, its message or a stack trace. */
    public static Problem internal() {
        return new Problem(
                500,
                ErrorCode.INTERNAL,
                "Internal error",
                "The server failed to answer; the error is logged on the server.");
    }

    /** A URI reference naming the kind of problem, documented on the API page. */
    public String type() {
        return "/api/#problem-" + code;
    }

    /** The same problem with every mention of {@code text} (the store's path on disk) replaced by {@code with}. */
    Problem without(String text, String with) {
        return text.isEmpty() || !detail.contains(text)
                ? this
                : new Problem(status, code, title, detail.replace(text, with));
    }

    /** The document, {@code type, title, status, detail, code} in that order, as UTF-8. */
    public byte[] json() {
        ObjectNode body = MAPPER.createObjectNode();
        body.put("type", type());
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        body.put("code", code);
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    void send(Context context) {
        context.status(status).contentType(CONTENT_TYPE).result(json());
    }
}
