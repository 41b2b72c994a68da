package dev.frontera.server.api;

import static java.util.Objects.requireNonNull;

import dev.frontera.claims.ClaimChecker;
import dev.frontera.core.FronteraException;
import dev.frontera.core.query.Family;
import dev.frontera.data.query.QueryEngine;
import dev.frontera.data.store.FamilyCoverage;
import dev.frontera.data.store.Store;
import dev.frontera.movements.Movements;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The JSON API under {@code /api/v1}: its routes and its error handling. Every error leaves as
 * {@code application/problem+json}; internal errors are logged here and never shown.
 */
public final class Api implements AutoCloseable {
    /** Every API route, as {@code METHOD path}: kept in step with {@code /api/openapi.json} by a test. */
    public static final List<String> ROUTES = List.of(
            "GET /api/v1/query",
            "GET /api/v1/series",
            "GET /api/v1/breakdowns",
            "GET /api/v1/dimensions",
            "GET /api/v1/releases",
            "GET /api/v1/releases/{id}/revisions",
            "GET /api/v1/coverage",
            "POST /api/v1/check",
            "GET /api/v1/movements",
            "POST /api/v1/movements",
            "GET /api/v1/movements/{id}",
            "DELETE /api/v1/movements/{id}",
            "POST /api/v1/movements/{id}/sightings",
            "POST /api/v1/movements/{id}/status",
            "PUT /api/v1/movements/{id}/sightings/{sid}",
            "POST /api/v1/movements/proposals",
            "GET /api/v1/admin",
            "GET /api/v1/digest",
            "GET /api/v1/forecast");

    private static final Logger LOG = Logger.getLogger(Api.class.getName());
    /** Checks that may wait for a free slot, per slot; more are refused at once. */
    private static final int MAX_WAITING_PER_CHECK = 8;
    /** How long a check waits for a slot before it is refused with 429. */
    private static final long MAX_WAIT_MILLIS = 10_000;

    private final QueryEndpoints queries;
    private final SeriesEndpoint series;
    private final RecordEndpoints record;
    private final CheckEndpoint check;
    private final MovementRecords movementRecords;
    private final MovementEndpoints movements;
    private final SurgeEndpoints surges;
    private final String storePath;

    private Api(QueryEngine engine, Store store, ApiLimits apiLimits, Optional<AdminToken> adminToken) {
        ResponseCache cache = new ResponseCache(store.fingerprint());
        List<FamilyCoverage> families = store.coverage().families();
        // A yearly table's first figure (stored at its September) covers the fiscal year from October.
        List<YearMonth> starts = families.stream()
                .map(family -> family.family().granularity() == Family.Granularity.FISCAL_YEAR
                        ? family.firstMonth().minusMonths(11)
                        : family.firstMonth())
                .distinct()
                .sorted()
                .toList();
        List<YearMonth> ends = families.stream()
                .map(FamilyCoverage::lastMonth)
                .distinct()
                .sorted(Comparator.reverseOrder())
                .toList();
        RequestLimits limits = new RequestLimits(
                new TokenBuckets(apiLimits.checkRate(), apiLimits.checkBurst(), System::nanoTime),
                new TokenBuckets(apiLimits.queryRate(), apiLimits.queryBurst(), System::nanoTime),
                new WorkLimiter(
                        apiLimits.maxConcurrentChecks(),
                        MAX_WAITING_PER_CHECK * apiLimits.maxConcurrentChecks(),
                        MAX_WAIT_MILLIS),
                apiLimits.maxBodyBytes());
        this.queries = new QueryEndpoints(engine, cache, limits);
        this.series = new SeriesEndpoint(engine, cache, starts, ends, limits);
        this.record = new RecordEndpoints(engine, store, cache, limits);
        this.check = new CheckEndpoint(ClaimChecker.create(engine), limits);
        Movements front = Movements.create();
        this.movementRecords = MovementRecords.open(store, front, Clock.systemUTC());
        this.movements = new MovementEndpoints(front, movementRecords, engine, new AdminGate(adminToken), limits);
        this.surges = new SurgeEndpoints(engine, store, cache, limits);
        this.storePath = store.path().toString();
    }

    /**
     * The API over a warmed engine and its store, with {@code limits}; with an admin token,
     * movement writes are allowed to holders of it, which needs the store open read-write.
     */
    public static Api create(QueryEngine engine, Store store, ApiLimits limits, Optional<AdminToken> adminToken) {
        requireNonNull(store, "store is null");
        requireNonNull(limits, "limits is null");
        requireNonNull(adminToken, "adminToken is null");
        if (adminToken.isPresent() && store.readOnly()) {
            throw new IllegalArgumentException("an admin token allows writes, but the store " + store.path()
                    + " is open read-only: prepare it writable");
        }
        return new Api(requireNonNull(engine, "engine is null"), store, limits, adminToken);
    }

    /** Adds the routes and the error handlers to a Javalin configuration. */
    public void register(JavalinConfig config) {
        config.routes.get("/api/v1/query", queries::query);
        config.routes.get("/api/v1/series", series::series);
        config.routes.get("/api/v1/breakdowns", queries::breakdowns);
        config.routes.get("/api/v1/dimensions", record::dimensions);
        config.routes.get("/api/v1/releases", record::releases);
        config.routes.get("/api/v1/releases/{id}/revisions", record::revisions);
        config.routes.get("/api/v1/coverage", record::coverage);
        config.routes.post("/api/v1/check", check::check);
        config.routes.get("/api/v1/movements", movements::list);
        config.routes.post("/api/v1/movements", movements::create);
        config.routes.post("/api/v1/movements/proposals", movements::propose);
        config.routes.get("/api/v1/movements/{id}", movements::show);
        config.routes.delete("/api/v1/movements/{id}", movements::delete);
        config.routes.post("/api/v1/movements/{id}/sightings", movements::sight);
        config.routes.post("/api/v1/movements/{id}/status", movements::status);
        config.routes.put("/api/v1/movements/{id}/sightings/{sid}", movements::correct);
        config.routes.get("/api/v1/admin", movements::admin);
        config.routes.get("/api/v1/digest", surges::digest);
        config.routes.get("/api/v1/forecast", surges::forecast);
        config.routes.get("/feeds/alerts.atom", surges::alertsFeed);
        config.routes.get("/feeds/digest.atom", surges::digestFeed);
        config.routes.exception(
                ProblemException.class,
                (exception, context) -> exception.problem().send(context));
        config.routes.exception(FronteraException.class, (exception, context) -> {
            if (exception.code() == dev.frontera.core.ErrorCode.RATE_LIMITED
                    && context.res().getHeader("Retry-After") == null) {
                context.header("Retry-After", Long.toString(WorkLimiter.RETRY_AFTER_SECONDS));
            }
            // A message is written for the caller, but the store's place on disk is none of its business.
            Problem.of(exception).without(storePath, "the store").send(context);
        });
        config.routes.exception(HttpResponseException.class, (exception, context) -> fromHttp(exception, context));
        config.routes.exception(Exception.class, (exception, context) -> {
            LOG.log(Level.SEVERE, "internal error answering " + context.method() + " " + context.path(), exception);
            Problem.internal().send(context);
        });
        config.routes.error(404, context -> {
            if (!isProblem(context) && context.path().startsWith("/api/")) {
                new Problem(
                                404,
                                dev.frontera.core.ErrorCode.NOT_FOUND,
                                "Not found",
                                "no API route %s %s; see /api/openapi.json"
                                        .formatted(context.method(), dev.frontera.core.Excerpt.quoted(context.path())))
                        .send(context);
            }
        });
        config.routes.error(405, context -> {
            if (!isProblem(context)) {
                new Problem(
                                405,
                                "method-not-allowed",
                                "Method not allowed",
                                "%s is not allowed on %s%s"
                                        .formatted(
                                                context.method(),
                                                dev.frontera.core.Excerpt.quoted(context.path()),
                                                allowed(context)))
                        .send(context);
            }
        });
    }

    /** Releases the connections the movement and surge endpoints hold. */
    @Override
    public void close() {
        try {
            movementRecords.close();
        } finally {
            surges.close();
        }
    }

    private static boolean isProblem(Context context) {
        String type = context.res().getContentType();
        return type != null && type.startsWith(Problem.CONTENT_TYPE);
    }

    private static String allowed(Context context) {
        String allow = context.res().getHeader("Allow");
        return allow == null || allow.isBlank() ? "" : "; allowed: " + allow;
    }

    /** Javalin's own refusals (a body over the size limit, a bad request line) as problems too. */
    private static void fromHttp(HttpResponseException exception, Context context) {
        int status = exception.getStatus();
        dev.frontera.core.ErrorCode code = switch (status) {
            case 413 -> dev.frontera.core.ErrorCode.TOO_LARGE;
            case 404 -> dev.frontera.core.ErrorCode.NOT_FOUND;
            default ->
                status >= 500 ? dev.frontera.core.ErrorCode.INTERNAL : dev.frontera.core.ErrorCode.INVALID_ARGUMENT;
        };
        if (status >= 500) {
            Problem.internal().send(context);
            return;
        }
        if (status == 405) {
            // Javalin names the methods the path does accept in the exception's details.
            String allow = String.join(", ", exception.getDetails().values()).replaceAll("[\\[\\]]", "");
            if (!allow.isBlank()) {
                context.header("Allow", allow);
            }
            new Problem(
                            405,
                            "method-not-allowed",
                            "Method not allowed",
                            "%s is not allowed on %s%s"
                                    .formatted(
                                            context.method(),
                                            dev.frontera.core.Excerpt.quoted(context.path()),
                                            allow.isBlank() ? "" : "; allowed: " + allow))
                    .send(context);
            return;
        }
        String detail = switch (status) {
            case 413 -> "the request body is larger than the server accepts";
            case 404 ->
                "no API route %s %s; see /api/openapi.json"
                        .formatted(context.method(), dev.frontera.core.Excerpt.quoted(context.path()));
            default -> dev.frontera.core.Excerpt.quoted(String.valueOf(exception.getMessage()));
        };
        String title = switch (status) {
            case 413 -> "Request too large";
            case 404 -> "Not found";
            default -> "Bad request";
        };
        new Problem(status, code, title, detail).send(context);
    }
}
