package dev.frontera.data.source.fetch;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the release files a listing page links to. The page is parsed as HTML (the pages are
 * Drupal sites whose markup changes; only the links matter), every {@code a[href]} is made
 * absolute against the page, and kept when it points to an allowed host and its file name is
 * one {@link ReleaseFileNames} recognises.
 */
final class LinkExtractor {
    private LinkExtractor() {}

    static List<ReleaseLink> extract(String html, URI page, HostPolicy hosts) {
        Document document = Jsoup.parse(html, page.toString());
        Map<URI, ReleaseLink> links = new LinkedHashMap<>();
        for (Element anchor : document.select("a[href]")) {
            absolute(anchor.attr("href"), page)
                    .filter(hosts::allows)
                    .flatMap(ReleaseFileNames::recognize)
                    .ifPresent(link -> links.putIfAbsent(link.url(), link));
        }
        return new ArrayList<>(links.values());
    }

    // Hrefs on these pages sometimes hold raw spaces and parentheses (OHSS workbook names).
    private static Optional<URI> absolute(String href, URI page) {
        String trimmed = href.strip();
        if (trimmed.isEmpty()
                || trimmed.startsWith("#")
                || trimmed.startsWith("mailto:")
                || trimmed.startsWith("javascript:")) {
            return Optional.empty();
        }
        try {
            URI resolved = page.resolve(new URI(trimmed.replace(" ", "%20")));
            // Fragments and queries do not name a different file.
            return Optional.of(new URI(
                    resolved.getScheme(),
                    resolved.getRawAuthority() == null ? null : resolved.getAuthority(),
                    resolved.getPath(),
                    null,
                    null));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
