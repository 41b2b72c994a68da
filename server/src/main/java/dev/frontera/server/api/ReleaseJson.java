package dev.frontera.server.api;

import dev.frontera.core.query.Family;
import dev.frontera.core.query.Release;
import dev.frontera.data.query.AnswerDocument;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A release as the pages and downloads name it: besides the file's own fields, a title people
 * can read ("CBP Southwest Land Border Encounters, October 2021 to August 2025, published
 * 16 September 2025"), its family's name, and where the releases page describes it.
 */
final class ReleaseJson {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private ReleaseJson() {}

    static Map<String, Object> of(Release release) {
        Map<String, Object> item = new LinkedHashMap<>(AnswerDocument.release(release));
        item.put("title", title(release));
        item.put("family_name", release.family().displayName());
        item.put("page", page(release));
        return item;
    }

    /** The provenance of an answer tree with every release described as {@link #of} does. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> withTitles(Map<String, Object> tree, List<Release> releases) {
        Map<String, Object> copy = new LinkedHashMap<>(tree);
        Map<String, Object> provenance = new LinkedHashMap<>((Map<String, Object>) tree.get("provenance"));
        provenance.put("releases", releases.stream().map(ReleaseJson::of).toList());
        copy.put("provenance", provenance);
        return copy;
    }

    /** Where the releases page shows this release and what it revised. */
    static String page(Release release) {
        return "/releases.html#release-" + release.id();
    }

    static String title(Release release) {
        Family family = release.family();
        String span = family.granularity() == Family.Granularity.FISCAL_YEAR
                ? "FY%d to FY%d"
                        .formatted(
                                release.firstMonth().getYear(),
                                release.lastMonth().getYear())
                : month(release.firstMonth()) + " to " + month(release.lastMonth());
        return "%s, %s, published %s%s"
                .formatted(family.displayName(), span, published(release), release.rounded() ? ", rounded to 10" : "");
    }

    private static String published(Release release) {
        LocalDate date = release.published();
        return release.publishedEstimated() ? "about " + date.format(MONTH) : date.format(DAY);
    }

    private static String month(YearMonth month) {
        return month.format(MONTH);
    }
}
