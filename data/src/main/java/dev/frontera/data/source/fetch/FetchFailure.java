package dev.frontera.data.source.fetch;

import static java.util.Objects.requireNonNull;

import java.net.URI;

/**
 * Something fetch could not get: a listing page or a release file.
 *
 * @param url the page or file asked for
 * @param message what went wrong, naming the URL
 * @param unreachable true when the host could not be reached at all (network), false for an answer that was wrong
 */
public record FetchFailure(URI url, String message, boolean unreachable) {
    public FetchFailure {
        requireNonNull(url, "url is null");
        requireNonNull(message, "message is null");
    }
}
