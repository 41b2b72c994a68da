package dev.frontera.data.source.fetch;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * GET requests to the allowed hosts. Redirects are followed here rather than by the client so
 * that each hop is checked against the {@link HostPolicy}; HTTP/1.1 because some government CDNs
 * mishandle HTTP/2 from non-browsers.
 */
final class HttpTransport {
    static final String USER_AGENT =
            "Frontera/0.1 (open-source border statistics tool; fetches official CBP and DHS files)";
    private static final int MAX_REDIRECTS = 5;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient client;
    private final HostPolicy hosts;

    HttpTransport(HostPolicy hosts) {
        this.hosts = requireNonNull(hosts, "hosts is null");
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * The response to GET {@code url} with {@code headers}, after redirects. The caller closes the body.
     *
     * @throws SiteUnreachable when the host cannot be reached
     * @throws FronteraException {@code NETWORK} for too many redirects or a redirect off the allowed hosts
     */
    HttpResponse<InputStream> get(URI url, Map<String, String> headers) {
        URI current = url;
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            if (!hosts.allows(current)) {
                throw new FronteraException(
                        ErrorCode.NETWORK,
                        "%s redirects to %s, outside the official hosts %s; not followed"
                                .formatted(url, current, hosts.domains()));
            }
            HttpResponse<InputStream> response = send(current, headers);
            int status = response.statusCode();
            if (status != 301 && status != 302 && status != 303 && status != 307 && status != 308) {
                return response;
            }
            close(response);
            Optional<String> location = response.headers().firstValue("Location");
            if (location.isEmpty()) {
                throw new FronteraException(
                        ErrorCode.NETWORK, "%s answered %d without a Location to move to".formatted(current, status));
            }
            current = current.resolve(location.get().strip().replace(" ", "%20"));
        }
        throw new FronteraException(
                ErrorCode.NETWORK, "%s redirects more than %d times; giving up".formatted(url, MAX_REDIRECTS));
    }

    private HttpResponse<InputStream> send(URI url, Map<String, String> headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(url).GET().timeout(ANSWER_TIMEOUT).header("User-Agent", USER_AGENT);
        headers.forEach(request::header);
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new SiteUnreachable(url, reason(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FronteraException(ErrorCode.NETWORK, "interrupted while requesting " + url, e);
        }
    }

    /** Why a connection failed, in words: the most telling cause anywhere in the chain. */
    static String reason(Throwable failure) {
        if (anyCause(failure, UnknownHostException.class) || anyCause(failure, UnresolvedAddressException.class)) {
            return "the host name does not resolve (no DNS, or no network)";
        }
        if (anyCause(failure, HttpConnectTimeoutException.class)) {
            return "the connection timed out after " + CONNECT_TIMEOUT.toSeconds() + " s";
        }
        if (anyCause(failure, HttpTimeoutException.class) || anyCause(failure, InterruptedIOException.class)) {
            return "no answer within " + ANSWER_TIMEOUT.toSeconds() + " s";
        }
        if (anyCause(failure, NoRouteToHostException.class)) {
            return "no route to the host (no network?)";
        }
        if (anyCause(failure, ConnectException.class)) {
            return "connection refused";
        }
        String message = failure.getMessage();
        return message == null ? failure.getClass().getSimpleName() : message;
    }

    private static boolean anyCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException e) {
            // Nothing more to read from a response we are discarding.
        }
    }
}
