package dev.frontera.core.query;

import dev.frontera.core.FronteraException;
import dev.frontera.core.dimension.Dimension;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What is counted. Every measure is encounters narrowed by component and title of authority,
 * following CBP's data dictionary: Border Patrol + Title 8 = apprehensions, Field Operations +
 * Title 8 = inadmissibles, Title 42 = expulsions.
 */
public enum Measure {
    ENCOUNTERS("encounters", "Encounters", Map.of()),
    USBP_ENCOUNTERS(
            "usbp-encounters",
            "Border Patrol encounters (apprehensions and expulsions)",
            Map.of(Dimension.COMPONENT, "usbp")),
    OFO_ENCOUNTERS(
            "ofo-encounters",
            "Field Operations encounters (inadmissibles and expulsions)",
            Map.of(Dimension.COMPONENT, "ofo")),
    APPREHENSIONS(
            "apprehensions",
            "Border Patrol apprehensions (Title 8)",
            Map.of(Dimension.COMPONENT, "usbp", Dimension.TITLE, "title-8")),
    INADMISSIBLES(
            "inadmissibles",
            "Field Operations inadmissibles (Title 8)",
            Map.of(Dimension.COMPONENT, "ofo", Dimension.TITLE, "title-8")),
    EXPULSIONS("expulsions", "Title 42 expulsions", Map.of(Dimension.TITLE, "title-42"));

    private final String slug;
    private final String displayName;
    private final Map<Dimension, String> impliedFilters;

    Measure(String slug, String displayName, Map<Dimension, String> impliedFilters) {
        this.slug = slug;
        this.displayName = displayName;
        this.impliedFilters = impliedFilters;
    }

    public String slug() {
        return slug;
    }

    public String displayName() {
        return displayName;
    }

    /** The component and title this measure stands for. */
    public Map<Dimension, String> impliedFilters() {
        return impliedFilters;
    }

    /** Reads a measure by slug or a common alias ({@code usbp}, {@code title-42}). */
    public static Measure parse(String text) {
        String key = text.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        return switch (key) {
            case "encounters", "all", "encounter" -> ENCOUNTERS;
            case "usbp-encounters", "usbp", "border-patrol", "border-patrol-encounters" -> USBP_ENCOUNTERS;
            case "ofo-encounters", "ofo", "field-operations" -> OFO_ENCOUNTERS;
            case "apprehensions", "usbp-apprehensions" -> APPREHENSIONS;
            case "inadmissibles", "ofo-inadmissibles" -> INADMISSIBLES;
            case "expulsions", "title-42-expulsions", "title42-expulsions", "title-42" -> EXPULSIONS;
            default ->
                throw FronteraException.invalid(
                        "unknown measure '%s'; valid values: %s",
                        text.trim(), Arrays.stream(values()).map(Measure::slug).collect(Collectors.joining(", ")));
        };
    }
}
