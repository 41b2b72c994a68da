package dev.frontera.surges.series;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.dimension.Region;
import dev.frontera.core.dimension.Vocabulary;
import dev.frontera.core.period.Period;
import dev.frontera.core.query.GroupBy;
import dev.frontera.core.query.Measure;
import dev.frontera.core.query.Query;
import dev.frontera.data.query.QueryEngine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which monthly series: a measure and filters (slugs), as in a query without its period. No
 * region filter means nationwide, as everywhere in Frontera.
 */
public record SeriesSpec(Measure measure, Map<Dimension, Set<String>> filters) {

    public SeriesSpec {
        requireNonNull(measure, "measure is null");
        Map<Dimension, Set<String>> copy = new EnumMap<>(Dimension.class);
        filters.forEach((dimension, values) -> {
            if (!values.isEmpty()) {
                copy.put(dimension, Set.copyOf(values));
            }
        });
        filters = Map.copyOf(copy);
    }

    /** The series a query asks about: its measure and filters, without period, grouping or as-of date. */
    public static SeriesSpec of(Query query) {
        return new SeriesSpec(query.measure(), query.filters());
    }

    /** Encounters of one measure in one region; nationwide has no region filter. */
    public static SeriesSpec of(Measure measure, Region region) {
        return new SeriesSpec(
                measure, region.isNationwide() ? Map.of() : Map.of(Dimension.REGION, Set.of(region.slug())));
    }

    public SeriesSpec with(Dimension dimension, String value) {
        Map<Dimension, Set<String>> copy = new EnumMap<>(Dimension.class);
        copy.putAll(filters);
        copy.put(dimension, Set.of(value));
        return new SeriesSpec(measure, copy);
    }

    /** The query for {@code period} by month, answered from the releases published by {@code asOf}. */
    public Query monthly(Period period, Optional<LocalDate> asOf) {
        return new Query(
                measure,
                filters,
                period,
                List.of(new GroupBy.ByTime(Period.Grouping.MONTH)),
                Optional.empty(),
                false,
                asOf);
    }

    /** The value of a one-value filter, if the series has one on that dimension. */
    public Optional<String> single(Dimension dimension) {
        Set<String> values = filters.get(dimension);
        return values == null || values.size() != 1
                ? Optional.empty()
                : Optional.of(values.iterator().next());
    }

    /** For messages and tables: {@code southwest encounters, citizenship cuba}. */
    public String label() {
        return QueryEngine.describe(new Query(
                measure,
                filters,
                Period.month(java.time.YearMonth.of(2000, 1)),
                List.of(),
                Optional.empty(),
                false,
                Optional.empty()));
    }

    /**
     * For sentences: {@code encounters at the southwest border of citizens of Cuba}, {@code Border Patrol
     * encounters at the southwest border in the Tucson sector}, {@code nationwide encounters}.
     */
    public String phrase() {
        Vocabulary vocabulary = Vocabulary.standard();
        String what = switch (measure) {
            case ENCOUNTERS -> "encounters";
            case USBP_ENCOUNTERS -> "Border Patrol encounters";
            case OFO_ENCOUNTERS -> "Field Operations encounters";
            case APPREHENSIONS -> "Border Patrol apprehensions";
            case INADMISSIBLES -> "Field Operations inadmissibles";
            case EXPULSIONS -> "Title 42 expulsions";
        };
        Set<String> regions = filters.get(Dimension.REGION);
        List<String> parts = new ArrayList<>();
        if (regions == null) {
            what = "nationwide " + what;
        } else {
            parts.add(String.join(
                    " and ",
                    new TreeSet<>(regions)
                            .stream()
                                    .map(region -> Region.bySlug(region)
                                            .map(Region::where)
                                            .orElseGet(() -> "in " + vocabulary.displayName(Dimension.REGION, region)))
                                    .toList()));
        }
        for (Dimension dimension : Dimension.values()) {
            Set<String> values = filters.get(dimension);
            if (values == null) {
                continue;
            }
            String names = String.join(
                    " or ",
                    new TreeSet<>(values)
                            .stream()
                                    .map(value -> vocabulary.displayName(dimension, value))
                                    .toList());
            switch (dimension) {
                case REGION -> {}
                case CITIZENSHIP -> parts.add("of citizens of " + names);
                case AREA -> parts.add("in the " + names);
                case STATE -> parts.add("in " + names);
                case DEMOGRAPHIC -> parts.add("of " + names.toLowerCase(java.util.Locale.ROOT));
                case COMPONENT -> parts.add("by " + names);
                case TITLE -> parts.add("under " + names);
            }
        }
        return parts.isEmpty() ? what : what + " " + String.join(" ", parts);
    }

    /** The command-line parameters that select this series: {@code --region southwest --citizenship cuba}. */
    public String parameters() {
        StringBuilder text = new StringBuilder();
        if (measure != Measure.ENCOUNTERS) {
            text.append("--measure ").append(measure.slug());
        }
        for (Dimension dimension : Dimension.values()) {
            for (String value : new TreeSet<>(filters.getOrDefault(dimension, Set.of()))) {
                text.append(text.length() == 0 ? "" : " ")
                        .append("--")
                        .append(dimension.parameter())
                        .append(' ')
                        .append(value);
            }
        }
        return text.toString();
    }
}
