package dev.frontera.data.source.fetch;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.List;

/**
 * Where fetch looks for releases: the listing pages, and the hosts it may download from.
 *
 * @param pages the listing pages, read in this order
 */
public record OfficialSite(List<URI> pages, HostPolicy hosts) {
    private static final List<URI> OFFICIAL_PAGES = List.of(
            URI.create("https://www.cbp.gov/document/stats/nationwide-encounters"),
            URI.create("https://www.cbp.gov/document/stats/southwest-land-border-encounters"),
            URI.create("https://ohss.dhs.gov/khsm/cbp-encounters"),
            URI.create("https://ohss.dhs.gov/topics/immigration/immigration-enforcement/"
                    + "immigration-enforcement-and-legal-processes-monthly"));

    public OfficialSite {
        pages = List.copyOf(pages);
        requireNonNull(hosts, "hosts is null");
        for (URI page : pages) {
            if (!hosts.allows(page)) {
                throw new IllegalArgumentException("page %s is outside the allowed hosts %s".formatted(page, hosts));
            }
        }
    }

    /** CBP's two statistics pages and the DHS statistics office's two, on their official hosts. */
    public static OfficialSite official() {
        return new OfficialSite(OFFICIAL_PAGES, HostPolicy.official());
    }

    /**
     * The same pages, by path, on another server (a test server, a mirror); only that server's
     * host is allowed. {@code http://127.0.0.1:8080} serves {@code /document/stats/nationwide-encounters}.
     */
    public static OfficialSite at(URI base) {
        requireNonNull(base, "base is null");
        String root = base.toString().endsWith("/") ? base.toString() : base + "/";
        List<URI> pages = OFFICIAL_PAGES.stream()
                .map(page -> URI.create(root).resolve(page.getRawPath().substring(1)))
                .toList();
        return new OfficialSite(pages, HostPolicy.only(base));
    }
}
