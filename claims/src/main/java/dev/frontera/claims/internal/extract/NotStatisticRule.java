package dev.frontera.claims.internal.extract;

import dev.frontera.claims.internal.numbers.Quantity;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises numbers that are not border statistics: years, dates, times, distances, ages,
 * durations, money, legal names ("Title 42", "CBP One"), poll results and caravan sizes. Fires with the
 * reason, so the extractor can skip the number.
 */
final class NotStatisticRule {
    private static final Pattern MONTH_AFTER =
            Pattern.compile("(?i)^(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)");
    private static final Pattern UNIT_AFTER = Pattern.compile(
            "(?i)^[\\s-]*(?:miles?|mi\\b|km\\b|kilomet(?:er|re)s?|met(?:er|re)s?|feet|foot|ft\\b|yards?|acres?"
                    + "|square|pounds?|lbs?\\b|kilograms?|kg\\b|tons?|degrees?|mph\\b)");
    private static final Pattern TIME_AFTER = Pattern.compile(
            "(?i)^[\\s-]*(?:years?|months?|weeks?|days?(?!\\s*(?:a|per|each)\\b)|hours?|minutes?|seconds?|decades?"
                    + "|centuries|a\\.m\\.|p\\.m\\.|am\\b|pm\\b|o'clock|-year-old|year-old|st\\b|nd\\b|rd\\b|th\\b)");
    private static final Pattern MONEY_AFTER = Pattern.compile("(?i)^\\s*(?:dollars?|usd|pesos?|euros?)\\b");
    private static final Pattern LABEL_BEFORE = Pattern.compile(
            "(?i)\\b(?:title|section|article|covid|h\\.r\\.|no\\.|number|chapter|page|route|highway|interstate|i-|sb|hb"
                    + "|aged?|ages|rule|category|level|phase|gate|district|grade)[\\s-]*$");
    private static final Pattern POLL = Pattern.compile(
            "(?i)\\b(?:poll|polls|polled|survey|surveyed|respondents|voters|of americans|approval|approve|disapprove)\\b");
    // Things and staff counted, not migrants: "500 beds", "20,000 agents", "1,200 National Guard troops".
    private static final Pattern THINGS_AFTER =
            Pattern.compile("(?i)^\\s*(?:(?:new|more|additional|extra|federal|border|national guard"
                    + "|immigration|active-duty|patrol)\\s+){0,3}(?:beds?|agents?|officers?|troops|soldiers|guardsmen|personnel|staff|employees"
                    + "|judges|lawyers|attorneys|facilities|shelters?|buses|vehicles|flights|planes|drones|cameras|sensors|pages|words|votes"
                    + "|seats|jobs|rooms|tents|meals|doses|tests|residents|inhabitants|voters|households|businesses|homes"
                    // "1,450 CBP One appointments a day": slots offered, not migrants encountered.
                    + "|(?:cbp one\\s+)?(?:appointments|slots))\\b");
    private static final Pattern CARAVAN = Pattern.compile("(?i)\\bcaravans?\\b");
    // "CBP One", the appointment app: a name, not a number.
    private static final Pattern NAME_BEFORE = Pattern.compile("\\bCBP\\s*$");

    /** The reason {@code quantity} is not a border statistic, or empty when it may be one. */
    public Optional<String> find(String sentence, Quantity quantity) {
        String before = sentence.substring(Math.max(0, quantity.start() - 25), quantity.start());
        String after = sentence.substring(quantity.end(), Math.min(sentence.length(), quantity.end() + 25));
        if (before.endsWith("$")
                || DOLLARS_BEFORE.matcher(before).matches()
                || MONEY_AFTER.matcher(after).find()) {
            return Optional.of("money");
        }
        if (NAME_BEFORE.matcher(before).find() && quantity.text().equalsIgnoreCase("one")) {
            return Optional.of("a name (CBP One)");
        }
        if (quantity.form() == Quantity.Form.COUNT && isYear(quantity)) {
            return Optional.of("a year");
        }
        if (quantity.form() == Quantity.Form.COUNT
                && quantity.value() <= 31
                && MONTH_AFTER.matcher(after).find()) { // "Oct. 1" the finder leaves out; "1 October" is here
            return Optional.of("a date");
        }
        if (UNIT_AFTER.matcher(after).find()) {
            return Optional.of("a distance or measurement");
        }
        if (quantity.form() == Quantity.Form.COUNT && TIME_AFTER.matcher(after).find()) {
            return Optional.of("a duration, age or time");
        }
        if (LABEL_BEFORE.matcher(before).find()
                || after.startsWith("-") && Character.isLetter(after.charAt(Math.min(1, after.length() - 1)))) {
            return Optional.of("part of a name or label");
        }
        if (quantity.form() == Quantity.Form.COUNT
                && THINGS_AFTER.matcher(after).find()) {
            return Optional.of("a count of things or staff, not of migrants");
        }
        if (quantity.form() == Quantity.Form.PERCENT && POLL.matcher(sentence).find()) {
            return Optional.of("a poll result");
        }
        if (CARAVAN.matcher(sentence).find() && nearCaravan(sentence, quantity)) {
            return Optional.of("a caravan size");
        }
        return Optional.empty();
    }

    private static boolean isYear(Quantity quantity) {
        double value = quantity.value();
        return YEAR_OR_DECADE.matcher(quantity.text()).matches() && value >= 1900 && value <= 2100;
    }

    private static boolean nearCaravan(String sentence, Quantity quantity) {
        var matcher = CARAVAN.matcher(sentence);
        while (matcher.find()) {
            if (Math.abs(matcher.start() - quantity.start()) <= 60) {
                return true;
            }
        }
        return false;
    }

    // Compiled once: these run for every number found.
    private static final Pattern DOLLARS_BEFORE = Pattern.compile("(?s).*(?:US\\$|USD ?)$");
    private static final Pattern YEAR_OR_DECADE = Pattern.compile("\\d{4}s?");
}
