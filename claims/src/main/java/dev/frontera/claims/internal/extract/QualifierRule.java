package dev.frontera.claims.internal.extract;

import dev.frontera.claims.internal.numbers.Quantity;
import dev.frontera.text.MonthNames;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the qualifier written just before (or after) a number: "more than", "nearly", "up to",
 * "about"... A percentage with a verb of change ("up 20%", "fell 55 percent") is a change; a
 * multiple ("doubled") or a share ("one in four") is a ratio.
 */
final class QualifierRule {
    private static final Pattern BEFORE = Pattern.compile(
            "(?i)\\b(just over|just above|just north of|slightly (?:over|above|more than)|a little (?:over|above|more than)"
                    + "|barely (?:over|above|more than)|well over|more than|over|above|exceeded|exceeding|exceeds|surpassed|surpassing"
                    // "Apprehensions top 200,000" in a headline; "the top 10" ranks, it bounds nothing.
                    + "|topped|topping|(?<!\\bthe\\s)tops?|upwards of|in excess of|at least|a minimum of|no fewer than|nearly|almost|close to"
                    + "|neared|nearing|just under|just below|just shy of|slightly (?:under|below|less than|fewer than)"
                    + "|a little (?:under|below|less than|fewer than)|about|roughly|around|approximately|an estimated|estimated"
                    + "|some|up to|as many as|fewer than|less than|under|below|no more than|at most)\\s+(?:a\\s+|an\\s+)?$");
    // "The last time the daily average dipped to 1,500 was in July 2020": a threshold crossed, not a value hit.
    private static final Pattern CROSSING_BEFORE = Pattern.compile(
            "(?i)\\bthe (?:last|first) time\\b[^.;]{0,80}?\\b(?:((?:dipped|fell|dropped|sank|slipped|declined)\\s+(?:to|below|under))"
                    + "|(?:rose|climbed|jumped)\\s+(?:to|above|past)|reached|hit|passed|topped)\\s+$");
    private static final Pattern OR_MORE_AFTER = Pattern.compile("(?i)^\\s*(?:or more|plus|\\+)\\b");
    // "Made up 57% of" is a share: that "up" is no rise.
    private static final Pattern CHANGE_WORDS = Pattern.compile(
            "(?i)\\b(?:(?<!\\bmade )(?<!\\bmake )(?<!\\bmakes )(?<!\\bmaking )up|down|lower|higher|reduction|cut|"
                    + ChangeVerbs.RISE + "|" + ChangeVerbs.FALL + ")\\b");
    // "About 2.48 million in FY23, 4% above FY22": a percentage above or below a period is a change from it.
    /** "Above" or "below" and the determiner after it; group 1 says which. */
    static final String ABOVE_OR_BELOW = "(above|below)\\s+(?:(?:the|that|those|its|their|in)\\s+)?";

    private static final Pattern ABOVE_PERIOD = Pattern.compile("(?i)^\\s*" + ABOVE_OR_BELOW
            + "(?:FY\\s?\\d|fiscal|calendar|last|previous|prior|a year|the year|(?:19|20)\\d\\d|"
            + MonthNames.PATTERN + ")");
    /**
     * "Encounters in fiscal 2022 exceeded those in fiscal 2021 by about 37%" (or beat, topped, eclipsed them): a rise over the base
     * written between the verb and "by"; group 1 is where the base's words start.
     */
    static final Pattern EXCEEDED_BY = Pattern.compile(
            "(?i)\\b(?:exceed(?:ed|s|ing)?|outpac(?:ed|es|ing)|outnumber(?:ed|s|ing)?|surpass(?:ed|es|ing)?|beat(?:s|ing)?"
                    + "|topp(?:ed|ing)|eclips(?:ed|es|ing))\\b()"
                    + "(?:[^.;]|\\.\\d){0,120}?\\bby\\s+(?:(?:about|nearly|almost|more than|over|some|roughly|approximately|around|just)\\s+)?$");
    /** How far back the verb of an "exceeded ... by" may stand: the base and an aside may come between. */
    static final int EXCEEDED_REACH = 160;
    // A change written as a fraction ("fell by half"): the finder reads these only beside a change word or "by".
    private static final Pattern FRACTION_WORD =
            Pattern.compile("(?i)^(?:half|.*(?:third|thirds|quarter|quarters|fifth))$");

    /** The kind of claim the number makes, given the words around it. */
    public Qualifier find(String sentence, Quantity quantity) {
        if (quantity.form() == Quantity.Form.MULTIPLE || quantity.form() == Quantity.Form.SHARE) {
            return Qualifier.RATIO;
        }
        if (quantity.form() == Quantity.Form.PERCENT
                && (quantity.sign() != 0
                        || FRACTION_WORD.matcher(quantity.text()).matches())) {
            return Qualifier.CHANGE;
        }
        if (quantity.form() == Quantity.Form.PERCENT) {
            String around = sentence.substring(
                    Math.max(0, quantity.start() - 40), Math.min(sentence.length(), quantity.end() + 25));
            return CHANGE_WORDS.matcher(around).find()
                            || ABOVE_PERIOD
                                    .matcher(sentence.substring(quantity.end()))
                                    .lookingAt()
                            || EXCEEDED_BY
                                    .matcher(sentence.substring(
                                            Math.max(0, quantity.start() - EXCEEDED_REACH), quantity.start()))
                                    .find()
                    ? Qualifier.CHANGE
                    : Qualifier.RATIO;
        }
        return bound(sentence, quantity);
    }

    /**
     * The bound the words put on the number, whatever its kind: "more than 40%" is an {@code OVER}
     * change, "nearly double" a {@code NEARLY} multiple; a plain number is {@code EXACT}.
     */
    public Qualifier bound(String sentence, Quantity quantity) {
        if (quantity.text().toLowerCase(Locale.ROOT).endsWith("majority")) {
            return Qualifier.OVER; // "a majority": more than half, whatever words stand before it
        }
        String after = sentence.substring(quantity.end(), Math.min(sentence.length(), quantity.end() + 12));
        if (OR_MORE_AFTER.matcher(after).find()) {
            return Qualifier.AT_LEAST;
        }
        Matcher crossing =
                CROSSING_BEFORE.matcher(sentence.substring(Math.max(0, quantity.start() - 120), quantity.start()));
        if (quantity.form() == Quantity.Form.COUNT && crossing.find()) {
            return crossing.group(1) != null ? Qualifier.UNDER : Qualifier.AT_LEAST;
        }
        Matcher matcher = BEFORE.matcher(sentence.substring(Math.max(0, quantity.start() - 30), quantity.start()));
        if (!matcher.find()) {
            return Qualifier.EXACT;
        }
        String words = matcher.group(1).toLowerCase(Locale.ROOT);
        if (words.matches("(?:slightly|a little) (?:under|below|less than|fewer than)")) {
            return Qualifier.NEARLY; // a little short of the number, as "just under" is
        }
        return switch (words) {
            case "at least", "a minimum of", "no fewer than" -> Qualifier.AT_LEAST;
            case "nearly", "almost", "neared", "nearing", "just under", "just below", "just shy of" -> Qualifier.NEARLY;
            case "about", "roughly", "around", "approximately", "an estimated", "estimated", "some", "close to" ->
                Qualifier.ABOUT;
            case "up to", "as many as" -> Qualifier.UP_TO;
            case "fewer than", "less than", "under", "below", "no more than", "at most" -> Qualifier.UNDER;
            default -> Qualifier.OVER;
        };
    }

    /** Where the qualifier starts, so the claimed phrase includes it ("over 190,000"). */
    public int phraseStart(String sentence, Quantity quantity) {
        int windowStart = Math.max(0, quantity.start() - 30);
        Matcher matcher = BEFORE.matcher(sentence.substring(windowStart, quantity.start()));
        return matcher.find() ? windowStart + matcher.start() : quantity.start();
    }
}
