package dev.frontera.claims.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fires on wording that no monthly figure can settle, whatever the reading: forecasts ("on
 * track to", "could reach"), single days and peaks ("in a single day", "peaked at"), and
 * estimates of unpublished flows.
 */
public final class UnverifiableRule {
    private static final Pattern FORECAST = Pattern.compile("(?i)\\b(?:on (?:track|pace) (?:to|for)|could (?:reach|top|exceed|hit|report)"
            + "|projected|projection|forecast|expected to (?:reach|top|exceed|hit)|will (?:likely )?(?:reach|top|exceed)|may reach"
            + "|is set to)\\b");
    private static final Pattern SINGLE_DAY = Pattern.compile("(?i)\\b(?:in a single day|in one day|single-day|on a single day|peak(?:ed)? at"
            + "|in 24 hours|a day earlier|overnight)\\b");

    public Optional<String> find(String sentence) {
        Matcher matcher = FORECAST.matcher(sentence);
        if (matcher.find()) {
            return Optional.of("it is a forecast (\"%s\"), not a published figure".formatted(matcher.group()));
        }
        matcher = SINGLE_DAY.matcher(sentence);
        if (matcher.find()) {
            return Optional.of("it is a single-day figure (\"%s\"), and the official record is monthly".formatted(matcher.group()));
        }
        return Optional.empty();
    }
}
