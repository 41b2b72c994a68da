package dev.frontera.data.source.fetch;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The front door for fetching official releases: reads the listing pages, picks the newest
 * release of each {@link ReleaseSeries}, and brings each into the cache unless the cached copy
 * is current.
 *
 * <pre>{@code
 * OfficialFetcher fetcher = OfficialFetcher.create(OfficialSite.official(), OfficialFetcher.defaultCache());
 * FetchReport report = fetcher.fetch(FetchListener.silent());
 * for (Download download : report.downloads()) {
 *     FetchedReleases.ingest(store, download, IngestProgress.none());
 * }
 * }</pre>
 *
 * <p>A page or file that fails is reported in {@link FetchReport#failures()} and the others go
 * on. When no listing page can be reached at all, the fetch fails with {@code NETWORK} and a
 * message that says how to load files without the network.
 */
public final class OfficialFetcher {
    private final OfficialSite site;
    private final FetchCache cache;
    private final HttpTransport transport;

    private OfficialFetcher(OfficialSite site, Path cacheFolder) {
        this.site = requireNonNull(site, "site is null");
        this.cache = new FetchCache(requireNonNull(cacheFolder, "cacheFolder is null"));
        this.transport = new HttpTransport(site.hosts());
    }

    public static OfficialFetcher create(OfficialSite site, Path cacheFolder) {
        return new OfficialFetcher(site, cacheFolder);
    }

    /** $FRONTERA_CACHE, else $XDG_CACHE_HOME/frontera, else ~/.cache/frontera. */
    public static Path defaultCache() {
        return CacheLocation.resolve(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    public Path cacheFolder() {
        return cache.root();
    }

    /**
     * Finds and downloads the newest release of each series.
     *
     * @throws FronteraException {@code NETWORK} when none of the listing pages can be reached
     */
    public FetchReport fetch(FetchListener listener) {
        requireNonNull(listener, "listener is null");
        List<FetchFailure> failures = new ArrayList<>();
        List<ReleaseLink> found = new ArrayList<>();
        // Once a host cannot be reached, do not wait for it again page after page.
        Map<String, String> unreachableHosts = new HashMap<>();
        int unreachablePages = 0;
        for (URI page : site.pages()) {
            String skipped = unreachableHosts.get(page.getHost());
            if (skipped != null) {
                unreachablePages++;
                failures.add(new FetchFailure(page, "%s: not tried, %s".formatted(page, skipped), true));
                continue;
            }
            try {
                found.addAll(LinkExtractor.extract(readPage(page), page, site.hosts()));
            } catch (SiteUnreachable e) {
                unreachablePages++;
                unreachableHosts.put(page.getHost(), e.getMessage());
                failures.add(new FetchFailure(page, e.getMessage(), true));
            } catch (FronteraException e) {
                failures.add(new FetchFailure(page, e.getMessage(), false));
            }
        }
        if (unreachablePages == site.pages().size()) {
            throw new FronteraException(ErrorCode.NETWORK, noNetwork(failures));
        }
        List<ReleaseLink> newest = List.copyOf(NewestReleases.pick(found).values());
        FileDownloader downloader = new FileDownloader(transport, cache);
        List<Download> downloads = new ArrayList<>();
        for (ReleaseLink link : newest) {
            try {
                downloads.add(downloader.download(link, listener));
            } catch (SiteUnreachable e) {
                failures.add(new FetchFailure(link.url(), e.getMessage(), true));
            } catch (FronteraException e) {
                failures.add(new FetchFailure(link.url(), e.getMessage(), false));
            }
        }
        return new FetchReport(newest, downloads, failures);
    }

    private String readPage(URI page) {
        HttpResponse<InputStream> response = transport.get(page, Map.of("Accept", "text/html"));
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                throw new FronteraException(
                        response.statusCode() == 404 ? ErrorCode.NOT_FOUND : ErrorCode.NETWORK,
                        "listing page %s: HTTP %d".formatted(page, response.statusCode()));
            }
            // Government pages declare UTF-8; the links we read are ASCII either way.
            return new String(body.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new FronteraException(
                    ErrorCode.NETWORK,
                    "listing page %s: the answer broke off (%s)".formatted(page, HttpTransport.reason(e)),
                    e);
        }
    }

    private static String noNetwork(List<FetchFailure> failures) {
        StringBuilder message =
                new StringBuilder("cannot reach the official statistics sites, so nothing was fetched:");
        failures.forEach(failure -> message.append("\n").append("  ").append(failure.message()));
        message.append("\n")
                .append("Without the network, download the files on another machine "
                        + "(or copy them from elsewhere) and load them with 'frontera ingest DIR'.");
        return message.toString();
    }
}
