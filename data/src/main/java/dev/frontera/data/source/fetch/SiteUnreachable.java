package dev.frontera.data.source.fetch;

import java.net.URI;

/** A host could not be reached at all (no DNS, refused, timed out): the network, not the file. */
final class SiteUnreachable extends RuntimeException {
    private final URI url;

    SiteUnreachable(URI url, String reason, Throwable cause) {
        super("cannot reach %s (%s): %s".formatted(url.getHost(), url, reason), cause);
        this.url = url;
    }

    URI url() {
        return url;
    }
}
