package dev.frontera.server;

import static java.util.Objects.requireNonNull;

import dev.frontera.server.api.Api;
import dev.frontera.server.web.ProblemErrorHandler;
import dev.frontera.server.web.SecurityHeaders;
import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.util.List;
import java.util.Map;

/**
 * The Frontera web server: the JSON API under {@code /api/v1}, its OpenAPI document at
 * {@code /api/openapi.json}, and the pages (overview, check an article, releases, about the
 * data, API) served from the jar with their libraries as WebJars, so they work with no internet.
 *
 * <pre>{@code
 * try (ServedStore served = ServedStore.prepare(db, Optional.of(folder), System.out::println);
 *      FronteraServer server = FronteraServer.create(served, ServerSettings.defaults()).start()) {
 *     server.join();
 * }
 * }</pre>
 */
public final class FronteraServer implements AutoCloseable {
    // Held so the level set below sticks (java.util.logging keeps loggers weakly).
    private static final java.util.logging.Logger JAVALIN_LOG = java.util.logging.Logger.getLogger("io.javalin");
    private static final java.util.logging.Logger JETTY_LOG = java.util.logging.Logger.getLogger("org.eclipse.jetty");

    private static final List<String> PAGES = List.of("check", "releases", "movements", "about");

    private final Javalin app;
    private final Api api;
    private final ServerSettings settings;

    private FronteraServer(Javalin app, Api api, ServerSettings settings) {
        this.app = app;
        this.api = api;
        this.settings = settings;
    }

    /**
     * A server over a prepared store (its engine already warm); not listening until {@link #start()}.
     * Settings with an admin token need a store prepared writable.
     */
    public static FronteraServer create(ServedStore served, ServerSettings settings) {
        requireNonNull(served, "served is null");
        requireNonNull(settings, "settings is null");
        Api api = Api.create(served.engine(), served.store(), settings.apiLimits(), settings.adminToken());
        // Javalin and Jetty describe their start at INFO; the serve command says what matters itself.
        JAVALIN_LOG.setLevel(java.util.logging.Level.WARNING);
        JETTY_LOG.setLevel(java.util.logging.Level.WARNING);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.maxRequestSize = settings.maxBodyBytes();
            // A known path with the wrong method is 405 with Allow, not 404.
            config.http.prefer405over404 = true;
            // Requests Jetty refuses before Javalin sees them get problem documents with the security headers too.
            ProblemErrorHandler errors = new ProblemErrorHandler();
            config.jetty.modifyServer(server -> server.setErrorHandler(errors));
            config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(errors));
            // API answers carry their own ETags (store fingerprint + query); hashing every body again would cost.
            config.http.generateEtags = false;
            config.staticFiles.enableWebjars();
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", "no-cache");
            });
            config.routes.before(SecurityHeaders::apply);
            // People type the page's name without .html (GET /check from a browser): send them to the page.
            for (String page : PAGES) {
                config.routes.get("/" + page, context -> context.redirect("/" + page + ".html", HttpStatus.SEE_OTHER));
            }
            api.register(config);
        });
        return new FronteraServer(app, api, settings);
    }

    /**
     * Starts listening on the configured host and port. A host that is not this machine's is a
     * user error; a port in use is {@link dev.frontera.core.ErrorCode#BUSY}.
     */
    public FronteraServer start() {
        ListenAddress.check(settings.host());
        try {
            app.start(settings.host(), settings.port());
        } catch (RuntimeException e) {
            // Nothing of a server that could not start stays open (its connection would hold the store).
            try {
                close();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw ListenAddress.bindFailure(settings.host(), settings.port(), e);
        }
        return this;
    }

    /** The port listened on (the chosen one when the settings asked for 0). */
    public int port() {
        return app.port();
    }

    /** The address to give people: {@code http://localhost:8080/}. */
    public String url() {
        String host = settings.host().equals(ServerSettings.LOCALHOST) ? "localhost" : settings.host();
        return "http://%s:%d/".formatted(host.contains(":") ? "[" + host + "]" : host, port());
    }

    /** The API routes the server answers, as {@code METHOD path}: what /api/openapi.json must document. */
    public List<String> apiRoutes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(handler -> handler.endpoint)
                .filter(endpoint -> endpoint.path.startsWith("/api/v1/"))
                .map(endpoint -> endpoint.method.name() + " " + endpoint.path)
                .sorted()
                .toList();
    }

    /** Blocks until the server stops. */
    public void join() throws InterruptedException {
        app.jettyServer().server().join();
    }

    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            api.close();
        }
    }
}
