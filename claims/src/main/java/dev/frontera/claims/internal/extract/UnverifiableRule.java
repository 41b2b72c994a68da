package dev.frontera.claims.internal.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fires on wording that no monthly figure can settle, whatever the reading: forecasts ("on
 * track to", "could reach"), single days and daily peaks ("in a single day", "peaked at 10,000 a day"), and
 * estimates of unpublished flows.
 */
final class UnverifiableRule {
    private static final int NEAR = 80;
    private static final Pattern FORECAST = Pattern.compile(
            "(?i)\\b(?:on (?:track|pace|course) (?:to|for)|could (?:reach|top|exceed|hit|report|finish|end|surpass|pass)"
                    + "|projected|projection|forecast|expected to (?:reach|top|exceed|hit|finish|end|surpass)"
                    + "|(?:will|would) (?:likely )?(?:reach|top|exceed|finish|end)|may (?:reach|finish|end)"
                    + "|is set to|could be as (?:low|high) as|would be on pace|if (?:this|that|the) (?:number|pace|trend) holds)\\b");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:—–]|\\s-\\s");
    private static final Pattern SINGLE_DAY =
            Pattern.compile("(?i)\\b(?:in a single day|in one day|single-day|on a single day"
                    + "|in 24 hours|a day earlier|overnight"
                    + "|on (?:some|certain|many|several|busy|peak|its busiest|the busiest) days?)\\b");

    // "Peaked at 10,000": a day's peak when a day is named, or when no month or year is; "peaked at nearly 1.1
    // million in fiscal 2022" is the year's total.
    private static final Pattern PEAK = Pattern.compile("(?i)\\bpeak(?:ed|ing)? at\\b");
    private static final Pattern A_DAY = Pattern.compile("(?i)\\b(?:a|per|each|every|in a|in one) day\\b|\\bdaily\\b");
    // Months by name, less "May", which is more often the verb.
    private static final Pattern MONTH_OR_YEAR = Pattern.compile(
            "\\b(?:(?:19|20)\\d\\d|[Ff]iscal|FY|January|February|March"
                    + "|April|June|July|August|September|October|November|December|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\\.)");

    /** Why the figure at {@code [start, end)} cannot be checked, when such words stand near it (a forecast elsewhere in the sentence does not count). */
    public Optional<String> find(String sentence, int start, int end) {
        Optional<String> forecast = near(FORECAST, sentence, start, end, true);
        if (forecast.isPresent()) {
            return Optional.of("it is a forecast (\"%s\"), not a published figure".formatted(forecast.get()));
        }
        Optional<String> peak = near(PEAK, sentence, start, end, false)
                .filter(words -> A_DAY.matcher(sentence).find()
                        || !MONTH_OR_YEAR.matcher(sentence).find());
        return near(SINGLE_DAY, sentence, start, end, false)
                .or(() -> peak)
                .map(words ->
                        "it is a single-day figure (\"%s\"), and the official record is monthly".formatted(words));
    }

    /**
     * The words near the figure; with {@code sameClauseAfter}, words after the figure count only in
     * its clause: "an average of over 200,000 a month, putting CBP on pace to have 2 million"
     * forecasts the second figure, not the first.
     */
    private static Optional<String> near(
            Pattern pattern, String sentence, int start, int end, boolean sameClauseAfter) {
        Matcher matcher = pattern.matcher(sentence);
        while (matcher.find()) {
            int distance =
                    matcher.end() <= start ? start - matcher.end() : matcher.start() >= end ? matcher.start() - end : 0;
            boolean otherClause = sameClauseAfter
                    && matcher.start() >= end
                    && CLAUSE_BREAK
                            .matcher(sentence.substring(end, matcher.start()))
                            .find();
            if (distance <= NEAR && !otherClause) {
                return Optional.of(matcher.group());
            }
        }
        return Optional.empty();
    }
}
