package dev.frontera.server.api;

import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.dimension.Region;
import dev.frontera.core.dimension.Vocabulary;
import dev.frontera.core.period.Period;
import dev.frontera.core.query.GroupBy;
import dev.frontera.core.query.Measure;
import dev.frontera.core.query.Query;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * A selection in plain words, for the titles and file names of downloads: "Border Patrol
 * encounters at the southwest border, citizenship Mexico, by fiscal year, October 2018 to August
 * 2025", and {@code frontera-usbp-encounters-southwest-citizenship-mexico-2018-10-2025-08-by-fiscal-year}.
 */
final class SelectionWords {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
    private static final Vocabulary VOCABULARY = Vocabulary.standard();

    private SelectionWords() {}

    /** What is counted and where: "Border Patrol encounters at the southwest border". */
    static String what(Query query) {
        return measure(query.measure()) + " " + place(query.filters().get(Dimension.REGION));
    }

    /** The filters other than region, each as "Dimension: value, value". */
    static List<String> filters(Query query) {
        List<String> filters = new ArrayList<>();
        query.filters().forEach((dimension, values) -> {
            if (dimension != Dimension.REGION) {
                filters.add(dimension.displayName() + ": "
                        + String.join(
                                ", ",
                                values.stream()
                                        .sorted()
                                        .map(slug -> VOCABULARY.displayName(dimension, slug))
                                        .toList()));
            }
        });
        return filters;
    }

    /** "October 2018 to August 2025", or one month's name. */
    static String span(Period period) {
        return period.first().equals(period.last())
                ? month(period.first())
                : month(period.first()) + " to " + month(period.last());
    }

    static String grouping(Query query) {
        return query.groupBy().stream()
                .map(SelectionWords::grouping)
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
    }

    /** The whole title of a download. */
    static String title(Query query, Period period) {
        List<String> parts = new ArrayList<>();
        parts.add(what(query));
        parts.addAll(filters(query).stream()
                .map(SelectionWords::lowerFirst)
                .map(filter -> filter.replace(":", ""))
                .toList());
        String grouping = grouping(query);
        if (!grouping.isEmpty()) {
            parts.add(grouping);
        }
        parts.add(span(period));
        return String.join(", ", parts);
    }

    /** A file name (without extension) made of the selection's words. */
    static String fileName(Query query, Period period) {
        List<String> parts = new ArrayList<>(List.of("frontera", query.measure().slug()));
        Set<String> regions = query.filters().get(Dimension.REGION);
        parts.add(regions == null ? Region.NATIONWIDE.slug() : String.join("-", new TreeSet<>(regions)));
        query.filters().forEach((dimension, values) -> {
            if (dimension != Dimension.REGION) {
                parts.add(dimension.parameter() + "-" + String.join("-", new TreeSet<>(values)));
            }
        });
        parts.add(
                period.first().equals(period.last())
                        ? period.first().toString()
                        : period.first() + "-" + period.last());
        query.groupBy().forEach(group -> parts.add("by-" + group.label()));
        return Vocabulary.slugify(String.join("-", parts));
    }

    private static String grouping(GroupBy group) {
        if (group instanceof GroupBy.ByTime time) {
            return switch (time.grouping()) {
                case MONTH -> "by month";
                case FISCAL_YEAR -> "by fiscal year";
                case CALENDAR_YEAR -> "by calendar year";
            };
        }
        return "by " + ((GroupBy.ByDimension) group).dimension().displayName().toLowerCase(Locale.ROOT);
    }

    static String measure(Measure measure) {
        return switch (measure) {
            case ENCOUNTERS -> "Encounters";
            case USBP_ENCOUNTERS -> "Border Patrol encounters";
            case OFO_ENCOUNTERS -> "Field Operations encounters";
            case APPREHENSIONS -> "Border Patrol apprehensions (Title 8)";
            case INADMISSIBLES -> "Field Operations inadmissibles (Title 8)";
            case EXPULSIONS -> "Title 42 expulsions";
        };
    }

    private static String place(Set<String> regions) {
        if (regions == null) {
            return Region.NATIONWIDE.where();
        }
        return String.join(
                " and ",
                new TreeSet<>(regions)
                        .stream()
                                .map(region -> Region.bySlug(region)
                                        .map(Region::where)
                                        .orElseGet(() -> "in " + VOCABULARY.displayName(Dimension.REGION, region)))
                                .toList());
    }

    private static String month(YearMonth month) {
        return month.format(MONTH);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
