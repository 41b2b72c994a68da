package dev.frontera.claims.reading;

import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.dimension.Exclusion;
import dev.frontera.core.dimension.Region;
import dev.frontera.core.dimension.Vocabulary;
import dev.frontera.core.period.Period;
import dev.frontera.core.query.Measure;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A reading in words a reader knows: "Border Patrol encounters at the southwest border, October
 * 2018 to March 2019", not slugs. English only, made once where text is written (JSON, the CLI,
 * explanations).
 */
public final class ReadingWords {
    private static final Vocabulary VOCABULARY = Vocabulary.standard();

    private ReadingWords() {}

    public static String describe(Reading reading) {
        StringBuilder words = new StringBuilder(what(reading.measure(), reading.filters()));
        words.append(' ').append(where(reading.region(), reading.filters()));
        words.append(", ").append(period(reading.period()));
        switch (reading.aggregate()) {
            case TOTAL -> {}
            case PER_DAY -> words.append(", per day");
            case PER_WEEK -> words.append(", per week");
            case MONTHLY_AVERAGE -> words.append(", per month on average");
            case YEARLY_AVERAGE -> words.append(", per year on average");
            case PERCENT_CHANGE ->
                words.append(", percent change from ")
                        .append(period(reading.base().orElseThrow()));
            case DIFFERENCE ->
                words.append(", difference from ").append(period(reading.base().orElseThrow()));
            case MULTIPLE ->
                words.append(", as a multiple of ").append(period(reading.base().orElseThrow()));
            case SHARE -> {
                Reading.Whole whole = reading.whole().orElseThrow();
                words.append(", as a share of ")
                        .append(what(whole.measure(), whole.filters()))
                        .append(' ')
                        .append(where(whole.region(), whole.filters()));
            }
            case RECORD_HIGH -> words.append(", ranked against every earlier comparable period");
            case RECORD_LOW -> words.append(", ranked against every earlier comparable period");
            case RANK_HIGH, RANK_LOW ->
                words.append(", ranked among the ")
                        .append(reading.peers().orElseThrow() == Dimension.CITIZENSHIP ? "nationalities" : "sectors")
                        .append(reading.aggregate() == Aggregate.RANK_HIGH ? ", most first" : ", fewest first");
            case COMPARISON ->
                words.append(", compared with ").append(period(reading.base().orElseThrow()));
            case LOWEST_MONTH -> words.append(", its lowest month");
            case HIGHEST_MONTH -> words.append(", its highest month");
            case RUN_OF_CHANGES -> words.append(", the count of months in a row that moved the way claimed");
        }
        return words.toString();
    }

    /** What is counted, with the groups: "Border Patrol encounters of citizens of Mexico, single adults". */
    static String what(Measure measure, Map<Dimension, Set<String>> filters) {
        String counted = switch (measure) {
            case ENCOUNTERS -> "encounters (Border Patrol and ports of entry)";
            case USBP_ENCOUNTERS -> "Border Patrol encounters";
            case OFO_ENCOUNTERS -> "encounters at ports of entry";
            case APPREHENSIONS -> "Border Patrol apprehensions under Title 8";
            case INADMISSIBLES -> "inadmissibles at ports of entry under Title 8";
            case EXPULSIONS -> "Title 42 expulsions";
        };
        StringBuilder words = new StringBuilder(counted);
        Set<String> citizenship = filters.get(Dimension.CITIZENSHIP);
        Optional<String> excluded = citizenship == null
                ? Optional.empty()
                : Exclusion.excluded(citizenship.iterator().next());
        if (excluded.isPresent()) {
            words.append(" of citizens of countries other than ")
                    .append(VOCABULARY.displayName(Dimension.CITIZENSHIP, excluded.get()));
        } else if (citizenship != null) {
            words.append(" of citizens of ").append(names(Dimension.CITIZENSHIP, citizenship));
        }
        Set<String> demographic = filters.get(Dimension.DEMOGRAPHIC);
        if (demographic != null) {
            words.append(citizenship != null ? ", " : " of ")
                    .append(names(Dimension.DEMOGRAPHIC, demographic).toLowerCase(Locale.ROOT));
        }
        Set<String> title = filters.get(Dimension.TITLE);
        if (title != null) {
            words.append(" under ").append(names(Dimension.TITLE, title));
        }
        Set<String> component = filters.get(Dimension.COMPONENT);
        if (component != null) {
            words.append(component.contains("usbp") ? " by the Border Patrol" : " at ports of entry");
        }
        return words.toString();
    }

    /** Where: "at the southwest border", "nationwide", "in the Rio Grande Valley sector". */
    static String where(Region region, Map<Dimension, Set<String>> filters) {
        Set<String> areas = filters.get(Dimension.AREA);
        if (areas != null) {
            return "in " + names(Dimension.AREA, areas).replace(" Sector", " sector");
        }
        String place = region.where();
        Set<String> states = filters.get(Dimension.STATE);
        if (states == null) {
            return place;
        }
        String in = "in " + names(Dimension.STATE, states);
        return region == Region.NATIONWIDE ? in : place + " " + in;
    }

    private static String names(Dimension dimension, Set<String> slugs) {
        List<String> names = slugs.stream()
                .sorted()
                .map(slug -> VOCABULARY.displayName(dimension, slug))
                .toList();
        if (names.size() == 1) {
            return names.get(0);
        }
        return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", ")) + " and "
                + names.get(names.size() - 1);
    }

    /** "December 2023", "fiscal year 2023 (October 2022 to September 2023)", "October 2023 to February 2024". */
    public static String period(Period period) {
        return switch (period.kind()) {
            case MONTH -> month(period.first());
            case FISCAL_YEAR ->
                "fiscal year %d (%s to %s)"
                        .formatted(period.last().getYear(), month(period.first()), month(period.last()));
            case FISCAL_YEARS ->
                "fiscal years %d to %d"
                        .formatted(
                                Period.fiscalYearOf(period.first()),
                                period.last().getYear());
            case CALENDAR_YEAR -> "calendar year %d".formatted(period.first().getYear());
            case CALENDAR_YEARS ->
                "calendar years %d to %d"
                        .formatted(period.first().getYear(), period.last().getYear());
            case FISCAL_YEAR_TO_DATE ->
                "fiscal year %d to date (%s to %s)"
                        .formatted(Period.fiscalYearOf(period.first()), month(period.first()), month(period.last()));
            case MONTHS -> month(period.first()) + " to " + month(period.last());
        };
    }

    /** 1st, 2nd, 3rd, 4th, 11th, 12th, 21st. */
    public static String ordinal(int place) {
        int lastTwo = place % 100;
        if (lastTwo >= 11 && lastTwo <= 13) {
            return place + "th";
        }
        return place
                + switch (place % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
    }

    private static String month(YearMonth month) {
        return month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
    }
}
