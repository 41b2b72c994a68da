package dev.frontera.server.api;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;

/**
 * Lets a write through only with {@code Authorization: Bearer TOKEN} matching the admin token
 * configured at start. Without one configured every write is 403 (the server is read-only);
 * with one, a missing or wrong token is 401.
 */
final class AdminGate {
    static final String HOW_TO_ENABLE = "this server does not accept writes: start it with 'frontera serve"
            + " --admin-token-file FILE' (FILE holding a secret of at least %d characters) or with the"
            + " environment variable FRONTERA_ADMIN_TOKEN set, then send 'Authorization: Bearer <token>'"
                    .formatted(AdminToken.MIN_LENGTH);
    private static final String BEARER = "bearer ";

    private final Optional<AdminToken> token;

    AdminGate(Optional<AdminToken> token) {
        this.token = token;
    }

    /** Whether an admin token was configured at start. */
    boolean configured() {
        return token.isPresent();
    }

    /** Returns when the request carries the admin token; otherwise throws the 401 or 403 to answer. */
    void require(Context context) {
        if (token.isEmpty()) {
            throw new ProblemException(Problem.forbidden(HOW_TO_ENABLE));
        }
        String header = context.header("Authorization");
        if (header == null || !header.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            context.header("WWW-Authenticate", "Bearer realm=\"frontera\"");
            throw new ProblemException(
                    Problem.unauthorized("writes need the admin token: send 'Authorization: Bearer <token>'"));
        }
        if (!token.get().matches(header.substring(BEARER.length()).strip())) {
            context.header("WWW-Authenticate", "Bearer realm=\"frontera\", error=\"invalid_token\"");
            throw new ProblemException(Problem.unauthorized("the admin token sent does not match the server's"));
        }
    }
}
