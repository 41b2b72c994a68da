package dev.frontera.server.web;

import io.javalin.http.Context;

/**
 * Headers on every response: a Content-Security-Policy that allows only this origin's files (no
 * inline script or style anywhere), no MIME sniffing, no referrer sent elsewhere, no framing.
 */
public final class SecurityHeaders {
    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:;"
            + " connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
            + " frame-ancestors 'none'";

    private SecurityHeaders() {}

    public static void apply(Context context) {
        context.header("Content-Security-Policy", POLICY);
        context.header("X-Content-Type-Options", "nosniff");
        context.header("Referrer-Policy", "no-referrer");
        context.header("X-Frame-Options", "DENY");
    }
}
