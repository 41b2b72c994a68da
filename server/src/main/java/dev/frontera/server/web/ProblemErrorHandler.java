package dev.frontera.server.web;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.Excerpt;
import dev.frontera.server.api.Problem;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own errors (a request it refuses before the application sees it: a {@code %00} in the
 * path, an address or headers over its limits) as problem documents in UTF-8 with the security
 * headers, like every other answer, instead of Jetty's HTML page.
 */
public final class ProblemErrorHandler extends ErrorHandler {

    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(
            Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        headers(response.getHeaders());
        response.write(true, ByteBuffer.wrap(problem(code, message).json()), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        headers(fields);
        return ByteBuffer.wrap(problem(status, reason).json());
    }

    /** The problem for a status Jetty chose, with its reason quoted briefly (it never names a file). */
    static Problem problem(int status, String reason) {
        String why = reason == null || reason.isBlank() ? "" : ": " + Excerpt.quoted(reason);
        return switch (status) {
            case 404 -> new Problem(404, ErrorCode.NOT_FOUND, "Not found", "nothing is served at this address");
            case 405 -> new Problem(405, "method-not-allowed", "Method not allowed", "this method is not allowed here");
            case 413 ->
                new Problem(
                        413,
                        ErrorCode.TOO_LARGE,
                        "Request too large",
                        "the request body is larger than the server accepts");
            case 414 ->
                new Problem(
                        414,
                        ErrorCode.TOO_LARGE,
                        "URI too long",
                        "the address is longer than the server accepts (8 KB); send large input in a POST body");
            case 431 ->
                new Problem(
                        431,
                        ErrorCode.TOO_LARGE,
                        "Request header fields too large",
                        "the request's headers are larger than the server accepts (8 KB)");
            default ->
                status >= 500
                        ? Problem.internal()
                        : new Problem(
                                status,
                                ErrorCode.INVALID_ARGUMENT,
                                "Bad request",
                                "the request could not be read" + why);
        };
    }

    private static void headers(HttpFields.Mutable headers) {
        headers.put(HttpHeader.CONTENT_TYPE, Problem.CONTENT_TYPE);
        headers.put(HttpHeader.CACHE_CONTROL, "no-store");
        SecurityHeaders.HEADERS.forEach(headers::put);
    }
}
