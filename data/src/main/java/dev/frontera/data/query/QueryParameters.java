package dev.frontera.data.query;

import dev.frontera.core.FronteraException;
import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.dimension.DimensionValue;
import dev.frontera.core.dimension.Exclusion;
import dev.frontera.core.dimension.Region;
import dev.frontera.core.dimension.Vocabulary;
import dev.frontera.core.period.CalendarDates;
import dev.frontera.core.period.PeriodParser;
import dev.frontera.core.query.GroupBy;
import dev.frontera.core.query.Measure;
import dev.frontera.core.query.OfficialRecord;
import dev.frontera.core.query.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a query from named parameters, the same for the CLI ({@code --citizenship MX}) and the
 * HTTP API ({@code ?citizenship=MX}): one place decides what a name and a value mean, and what
 * the error says when they mean nothing. Values may repeat or be comma-separated; they are
 * case-insensitive slugs or the aliases people type ({@code RGV}, {@code UAC}, {@code Border Patrol}).
 */
public final class QueryParameters {
    /** The parameter names a query understands. */
    public static final Set<String> NAMES = Set.of(
            "measure",
            "region",
            "sector",
            "area",
            "field-office",
            "state",
            "component",
            "citizenship",
            "demographic",
            "title",
            "period",
            "group-by",
            "top",
            "per-day",
            "as-of");

    // "not-MX", "non-Mexico", "!mexico": every citizenship but one.
    private static final Pattern EXCLUSION = Pattern.compile("(?i)^(?:not[- ]|non[- ]|!)\\s*(.+)$");

    private final OfficialRecord record;
    private final Vocabulary vocabulary = Vocabulary.standard();

    public QueryParameters(OfficialRecord record) {
        this.record = record;
    }

    /**
     * Parses parameters into a query. Names outside {@link #NAMES} and {@code extraNames} are
     * rejected, not ignored, so a typo never silently widens a query.
     */
    public Query parse(Map<String, List<String>> parameters, Set<String> extraNames) {
        for (String name : parameters.keySet()) {
            if (!NAMES.contains(name) && !extraNames.contains(name)) {
                Set<String> valid = new TreeSet<>(NAMES);
                valid.addAll(extraNames);
                throw FronteraException.invalid(
                        "unknown parameter '%s'; valid parameters: %s", name, String.join(", ", valid));
            }
        }
        List<String> periods = values(parameters, "period");
        if (periods.isEmpty()) {
            throw FronteraException.invalid(
                    "parameter 'period' is required, e.g. 2023-12, FY2024, CY2023 or 2023-10..2024-09");
        }
        if (periods.size() > 1) {
            throw FronteraException.invalid(
                    "parameter 'period' takes one value (use a range such as FY2022..FY2024), not %s",
                    String.join(", ", periods));
        }
        Measure measure = single(parameters, "measure").map(Measure::parse).orElse(Measure.ENCOUNTERS);
        Map<Dimension, Set<String>> filters = new EnumMap<>(Dimension.class);
        for (Dimension dimension : Dimension.values()) {
            List<String> given = new ArrayList<>(values(parameters, dimension.parameter()));
            if (dimension == Dimension.AREA) {
                given.addAll(values(parameters, "area"));
                given.addAll(values(parameters, "field-office"));
            }
            Set<String> slugs = new LinkedHashSet<>();
            for (String value : given) {
                if (dimension == Dimension.REGION && isNationwide(value)) {
                    continue;
                }
                Matcher exclusion = EXCLUSION.matcher(value);
                slugs.add(
                        dimension == Dimension.CITIZENSHIP && exclusion.matches()
                                ? Exclusion.of(resolve(dimension, exclusion.group(1)))
                                : resolve(dimension, value));
            }
            Optional<String> leftOut = slugs.stream()
                    .filter(s -> Exclusion.excluded(s).isPresent())
                    .findFirst();
            if (leftOut.isPresent() && slugs.size() > 1) {
                throw FronteraException.invalid(
                        "%s '%s' leaves one value out and cannot be combined with other values: %s",
                        dimension.parameter(), leftOut.get(), String.join(", ", given));
            }
            if (!slugs.isEmpty()) {
                filters.put(dimension, slugs);
            }
        }
        List<GroupBy> groupBy =
                values(parameters, "group-by").stream().map(GroupBy::parse).toList();
        if (groupBy.stream().filter(GroupBy.ByDimension.class::isInstance).count() > 1
                || groupBy.stream().filter(GroupBy.ByTime.class::isInstance).count() > 1) {
            throw FronteraException.invalid(
                    "group-by takes at most one time unit and one dimension, not %s",
                    String.join(", ", values(parameters, "group-by")));
        }
        Optional<Integer> top = single(parameters, "top").map(QueryParameters::positive);
        boolean perDay =
                single(parameters, "per-day").map(QueryParameters::flag).orElse(false);
        Optional<LocalDate> asOf = single(parameters, "as-of").map(QueryParameters::date);
        return new Query(measure, filters, PeriodParser.parse(periods.get(0)), groupBy, top, perDay, asOf);
    }

    private String resolve(Dimension dimension, String value) {
        Optional<DimensionValue> known = vocabulary.find(dimension, value);
        if (known.isPresent()) {
            return known.get().slug();
        }
        Set<String> valid = new TreeSet<>(record.values(dimension));
        vocabulary.values(dimension).forEach(v -> valid.add(v.slug()));
        if (dimension == Dimension.REGION) {
            valid.add(Region.NATIONWIDE.slug()); // no region filter: never stored as a value, always valid
        }
        return vocabulary.resolve(dimension, value, valid);
    }

    private static boolean isNationwide(String value) {
        return Region.find(value).filter(Region::isNationwide).isPresent();
    }

    static List<String> values(Map<String, List<String>> parameters, String name) {
        List<String> values = new ArrayList<>();
        for (String raw : parameters.getOrDefault(name, List.of())) {
            for (String part : raw.split(",")) {
                if (!part.isBlank()) {
                    values.add(part.trim());
                }
            }
        }
        return values;
    }

    private static Optional<String> single(Map<String, List<String>> parameters, String name) {
        List<String> raw = parameters.getOrDefault(name, List.of());
        if (raw.size() > 1) {
            throw FronteraException.invalid("parameter '%s' takes one value, not %d", name, raw.size());
        }
        return raw.stream().findFirst().map(String::trim);
    }

    private static int positive(String text) {
        try {
            int value = Integer.parseInt(text);
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below with the value
        }
        throw FronteraException.invalid("parameter 'top' must be a whole number of at least 1, not '%s'", text);
    }

    private static boolean flag(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "", "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw FronteraException.invalid("parameter 'per-day' must be true or false, not '%s'", text);
        };
    }

    private static LocalDate date(String text) {
        return CalendarDates.parse("parameter 'as-of'", text);
    }
}
