package dev.frontera.surges.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import dev.frontera.surges.alerts.FiredAlert;
import dev.frontera.surges.digest.Digest;
import dev.frontera.surges.digest.DigestItem;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Atom 1.0 feeds, written with ROME: fired alerts ({@code /feeds/alerts.atom}) and release
 * digests ({@code /feeds/digest.atom}). Entry ids are stable tag URIs, so a feed reader shows
 * each alert and each digest once.
 */
public final class AtomFeeds {
    public static final String CONTENT_TYPE = "application/atom+xml; charset=utf-8";
    private static final String AUTHOR = "Frontera";

    private AtomFeeds() {}

    /** Fired alerts, newest first; {@code base} is the server's address, like {@code http://localhost:8080/}. */
    public static String alerts(List<FiredAlert> alerts, String base) {
        SyndFeed feed = feed(
                "Frontera: fired alerts",
                "Alert rules that fired on new official releases.",
                base,
                "feeds/alerts.atom",
                "tag:frontera,2024:alerts");
        List<SyndEntry> entries = new ArrayList<>();
        for (FiredAlert alert : alerts) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle("%s: %s, %s".formatted(alert.ruleName(), alert.series(), alert.month()));
            entry.setUri("tag:frontera,2024:alert/%s/%s/%s"
                    .formatted(alert.ruleId(), alert.series().replace(' ', '-').replace(",", ""), alert.month()));
            entry.setLink(base + "api/v1/releases/" + alert.releaseId() + "/revisions");
            entry.setUpdatedDate(Date.from(alert.firedAt()));
            entry.setPublishedDate(Date.from(alert.firedAt()));
            entry.setAuthor(AUTHOR);
            entry.setDescription(text("%s\n\nReproduce: %s\nRelease: %s (%s)"
                    .formatted(alert.sentence(), alert.query(), alert.releaseName(), alert.releaseId())));
            entries.add(entry);
        }
        feed.setEntries(entries);
        feed.setPublishedDate(Date.from(
                alerts.stream().map(FiredAlert::firedAt).max(Instant::compareTo).orElse(Instant.EPOCH)));
        return write(feed);
    }

    /** One entry per release digest, newest release first. */
    public static String digests(List<Digest> digests, String base) {
        SyndFeed feed = feed(
                "Frontera: release digests",
                "What each official release brought, most notable first.",
                base,
                "feeds/digest.atom",
                "tag:frontera,2024:digests");
        List<SyndEntry> entries = new ArrayList<>();
        Instant newest = Instant.EPOCH;
        for (Digest digest : digests) {
            Instant published =
                    digest.release().published().atStartOfDay(ZoneOffset.UTC).toInstant();
            newest = published.isAfter(newest) ? published : newest;
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle("%s: %s"
                    .formatted(
                            digest.release().name(),
                            digest.lead().map(DigestItem::sentence).orElse("nothing notable")));
            entry.setUri("tag:frontera,2024:digest/" + digest.release().id());
            entry.setLink(base + "api/v1/digest?release=" + digest.release().id());
            entry.setUpdatedDate(Date.from(published));
            entry.setPublishedDate(Date.from(published));
            entry.setAuthor(AUTHOR);
            StringBuilder body = new StringBuilder();
            int rank = 1;
            for (DigestItem item : digest.items()) {
                body.append(rank++)
                        .append(". ")
                        .append(item.sentence())
                        .append("\n   Reproduce: ")
                        .append(item.query())
                        .append("\n");
            }
            digest.notes().forEach(note -> body.append("Note: ").append(note).append("\n"));
            entry.setDescription(text(body.toString()));
            entries.add(entry);
        }
        feed.setEntries(entries);
        feed.setPublishedDate(Date.from(newest));
        return write(feed);
    }

    private static SyndFeed feed(String title, String subtitle, String base, String path, String id) {
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(title);
        feed.setDescription(subtitle);
        feed.setUri(id);
        feed.setAuthor(AUTHOR);
        SyndLink self = new SyndLinkImpl();
        self.setRel("self");
        self.setHref(base + path);
        self.setType("application/atom+xml");
        SyndLink site = new SyndLinkImpl();
        site.setRel("alternate");
        site.setHref(base);
        feed.setLinks(List.of(self, site));
        return feed;
    }

    private static SyndContent text(String value) {
        SyndContent content = new SyndContentImpl();
        content.setType("text/plain");
        content.setValue(value);
        return content;
    }

    private static String write(SyndFeed feed) {
        try {
            return new SyndFeedOutput().outputString(feed, true);
        } catch (FeedException e) {
            throw new IllegalStateException("ROME refused a feed built in code: " + e.getMessage(), e);
        }
    }
}
