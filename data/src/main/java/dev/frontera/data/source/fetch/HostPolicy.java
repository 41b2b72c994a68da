package dev.frontera.data.source.fetch;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * Which hosts fetch may talk to: a link or redirect anywhere else is not followed, so a page
 * cannot send Frontera to download from a third party.
 *
 * @param domains hosts allowed with their subdomains ({@code dhs.gov} allows {@code ohss.dhs.gov})
 * @param schemes {@code https} for the official sites
 */
record HostPolicy(Set<String> domains, Set<String> schemes) {
    private static final HostPolicy OFFICIAL =
            new HostPolicy(Set.of("cbp.gov", "ohss.dhs.gov", "dhs.gov"), Set.of("https"));

    public HostPolicy {
        domains = Set.copyOf(
                domains.stream().map(domain -> domain.toLowerCase(Locale.ROOT)).toList());
        schemes = Set.copyOf(
                schemes.stream().map(scheme -> scheme.toLowerCase(Locale.ROOT)).toList());
    }

    /** cbp.gov, ohss.dhs.gov and dhs.gov, over HTTPS. */
    public static HostPolicy official() {
        return OFFICIAL;
    }

    /** Only the host and scheme of {@code base} (a test server, a mirror). */
    public static HostPolicy only(URI base) {
        requireNonNull(base, "base is null");
        if (base.getHost() == null || base.getScheme() == null) {
            throw new IllegalArgumentException("not an absolute http(s) URL: " + base);
        }
        return new HostPolicy(Set.of(base.getHost()), Set.of(base.getScheme()));
    }

    public boolean allows(URI url) {
        if (url.getScheme() == null || url.getHost() == null) {
            return false;
        }
        String host = url.getHost().toLowerCase(Locale.ROOT);
        return schemes.contains(url.getScheme().toLowerCase(Locale.ROOT))
                && domains.stream().anyMatch(domain -> host.equals(domain) || host.endsWith("." + domain));
    }
}
