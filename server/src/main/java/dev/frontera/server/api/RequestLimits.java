package dev.frontera.server.api;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * What one client, and all of them together, may make the server do:
 * <ul>
 * <li>texts to check (the claim checker, a caravan report): {@code checkRate} per client, bodies up
 *     to {@code maxBodyBytes}, texts up to {@link #MAX_TEXT_CHARS} characters and
 *     {@link #MAX_CLAIMS} claims, and a bounded number checked at once across all clients;</li>
 * <li>requests that compute (an answer not cached yet, a movement's distances, a write):
 *     {@code queryRate} per client; a cached answer costs no token.</li>
 * </ul>
 * Refusals are 413 (too large) or 429 with {@code Retry-After}; none is a 5xx.
 */
final class RequestLimits {
    /** About 15,000 words: longer than any news article, a few tenths of a second of checking. */
    static final int MAX_TEXT_CHARS = 100_000;
    /** Claims (or distance claims) one answer holds at most; an article holds a few dozen. */
    static final int MAX_CLAIMS = 500;

    private final TokenBuckets checks;
    private final TokenBuckets queries;
    private final WorkLimiter work;
    private final int maxBodyBytes;

    RequestLimits(TokenBuckets checks, TokenBuckets queries, WorkLimiter work, int maxBodyBytes) {
        this.checks = checks;
        this.queries = queries;
        this.work = work;
        this.maxBodyBytes = maxBodyBytes;
    }

    /** Takes a check token for the client, or throws 429 with {@code Retry-After}. */
    void takeCheck(Context context) {
        take(checks, context, "too many texts checked from this client");
    }

    /** Takes a token for a request that computes something, or throws 429 with {@code Retry-After}. */
    void takeQuery(Context context) {
        take(queries, context, "too many requests from this client");
    }

    /** Runs costly work within the server-wide bound. */
    <T> T work(Supplier<T> task) {
        return work.run(task);
    }

    /** Refuses, before reading it, a body whose declared length is over the limit. */
    void refuseLargeBody(Context context) {
        long declared = context.req().getContentLengthLong();
        if (declared > maxBodyBytes) {
            throw tooLarge(declared);
        }
    }

    /** The body, refused with 413 past the limit (whether or not a length was declared). */
    byte[] body(Context context) {
        refuseLargeBody(context);
        byte[] body = context.bodyAsBytes();
        if (body.length > maxBodyBytes) {
            throw tooLarge(body.length);
        }
        return body;
    }

    int maxBodyBytes() {
        return maxBodyBytes;
    }

    /** {@code text} when it is at most {@link #MAX_TEXT_CHARS} characters long; 413 otherwise. */
    static String text(String text) {
        if (text.length() > MAX_TEXT_CHARS) {
            throw new FronteraException(
                    ErrorCode.TOO_LARGE,
                    String.format(
                            Locale.ROOT,
                            "the text has %,d characters; the limit is %,d (about 15,000 words): send it in parts",
                            text.length(),
                            MAX_TEXT_CHARS));
        }
        return text;
    }

    private static void take(TokenBuckets buckets, Context context, String what) {
        long wait = buckets.take(context.ip());
        if (wait > 0) {
            context.header("Retry-After", Long.toString(wait));
            throw new FronteraException(ErrorCode.RATE_LIMITED, "%s; try again in %d second(s)".formatted(what, wait));
        }
    }

    private FronteraException tooLarge(long size) {
        return new FronteraException(
                ErrorCode.TOO_LARGE,
                String.format(Locale.ROOT, "the body has %,d bytes; the limit is %,d bytes", size, maxBodyBytes));
    }
}
