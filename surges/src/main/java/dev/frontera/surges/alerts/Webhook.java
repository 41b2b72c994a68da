package dev.frontera.surges.alerts;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.FronteraException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where a fired alert is posted, and the secret its body is signed with (HMAC-SHA256, in the
 * {@code X-Frontera-Signature-256} header), so the receiver can tell it came from this Frontera.
 */
public record Webhook(URI url, String secret) {

    public Webhook {
        requireNonNull(url, "url is null");
        requireNonNull(secret, "secret is null");
    }

    /** Checks a URL and secret as typed: http or https, an absolute URL, a secret of at least 16 characters. */
    public static Webhook of(String url, String secret) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw FronteraException.invalid("--webhook: '%s' is not a URL: %s", url, e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            throw FronteraException.invalid("--webhook: '%s' must be an absolute http or https URL", url);
        }
        if (secret == null || secret.length() < 16) {
            throw FronteraException.invalid("--webhook-secret must be at least 16 characters (it signs every post)");
        }
        return new Webhook(uri, secret);
    }

    @Override
    public String toString() {
        // Never print the secret.
        return url.toString();
    }
}
