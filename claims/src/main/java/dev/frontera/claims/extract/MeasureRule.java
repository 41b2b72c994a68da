package dev.frontera.claims.extract;

import dev.frontera.core.query.Measure;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a sentence counts from its wording. Things the record does not hold (got-aways,
 * releases, deaths) come first; then the agency or place named (Border Patrol, ports of entry,
 * Title 42); then the generic verbs nearest the number: "apprehended", "arrests", "detained",
 * "caught" read as Border Patrol, "encounters", "crossings", "entering" as all encounters.
 */
public final class MeasureRule {
    private static final int NEAR = 90;
    private static final Pattern GOT_AWAYS = Pattern.compile("(?i)\\bgot[- ]?aways?\\b|\\bevaded (?:capture|apprehension|agents)"
            + "|\\bescaped (?:detection|capture)|\\bevasions?\\b|\\bundetected\\b");
    private static final Pattern NOT_HELD = Pattern.compile("(?i)\\b(?:(?:were|was|been|being|are|get|got)\\s+released|releases? (?:from|into)|paroled|parole|deported|deportations?"
            + "|removals|removed|deaths|died|bodies|killed|asylum (?:claims|applications|cases)|in custody|detention beds"
            + "|court|backlog|unique|different people|repeat crossers|pounds|fentanyl|seizures?|seized|visas?|refugees admitted)\\b");
    private static final Pattern EXPULSIONS = Pattern.compile("(?i)\\bexpelled\\b|\\bexpulsions?\\b|\\bunder title 42\\b");
    private static final Pattern PORTS = Pattern.compile("(?i)\\bports? of entry\\b|\\bat (?:the )?ports\\b|\\bofficial (?:border )?crossings\\b"
            + "|\\binadmissibles?\\b|\\bturned away\\b|\\bfield operations\\b|\\bOFO\\b|\\bCBP One\\b");
    private static final Pattern BORDER_PATROL = Pattern.compile("(?i)(?<!customs and )\\bborder patrol\\b|\\bbetween (?:the )?ports"
            + "|\\bbetween official crossings\\b|\\bUSBP\\b");
    private static final Pattern CBP_ENCOUNTERS = Pattern.compile("(?i)\\b(?:CBP|Customs and Border Protection)\\s+(?:encounter|encountered|"
            + "processed)|\\b(?:encountered|processed) by (?:CBP|Customs and Border Protection)|\\bincluding (?:at )?ports\\b");
    private static final Pattern APPREHENDED = Pattern.compile("(?i)\\b(?:apprehen\\w*|arrest\\w*|detain(?:ed|ing)?|detentions"
            + "|caught|catch\\w*|stopped|captured)\\b");
    private static final Pattern ENCOUNTERED = Pattern.compile("(?i)\\b(?:encounter\\w*|cross(?:ed|ing|ings|ers)?|enter(?:ed|ing)?"
            + "|entries|arriv\\w*|processed|came|coming|illegal immigration|migrants|people|persons|individuals)\\b");

    /** The measure for the number or record phrase at {@code anchor}. */
    public MeasureWording find(String sentence, int anchor) {
        Optional<String> words = near(GOT_AWAYS, sentence, anchor);
        if (words.isPresent()) {
            return MeasureWording.unsupported("got-aways", words.get());
        }
        words = near(NOT_HELD, sentence, anchor);
        if (words.isPresent()) {
            return MeasureWording.unsupported("other", words.get());
        }
        words = near(EXPULSIONS, sentence, anchor);
        if (words.isPresent()) {
            return MeasureWording.of(Measure.EXPULSIONS, true, words.get());
        }
        words = near(PORTS, sentence, anchor);
        if (words.isPresent()) {
            return MeasureWording.of(Measure.OFO_ENCOUNTERS, true, words.get());
        }
        words = near(CBP_ENCOUNTERS, sentence, anchor);
        if (words.isPresent()) {
            return MeasureWording.of(Measure.ENCOUNTERS, true, words.get());
        }
        words = near(BORDER_PATROL, sentence, anchor);
        if (words.isPresent()) {
            return MeasureWording.of(Measure.USBP_ENCOUNTERS, true, words.get());
        }
        Optional<Hit> apprehended = nearest(APPREHENDED, sentence, anchor);
        Optional<Hit> encountered = nearest(ENCOUNTERED, sentence, anchor);
        if (apprehended.isPresent() && (encountered.isEmpty() || apprehended.get().distance <= encountered.get().distance + 40)) {
            return MeasureWording.of(Measure.USBP_ENCOUNTERS, false, apprehended.get().words);
        }
        return MeasureWording.of(Measure.ENCOUNTERS, false, encountered.map(Hit::words).orElse(""));
    }

    private static Optional<String> near(Pattern pattern, String sentence, int anchor) {
        return nearest(pattern, sentence, anchor).filter(hit -> hit.distance <= NEAR).map(Hit::words);
    }

    private static Optional<Hit> nearest(Pattern pattern, String sentence, int anchor) {
        Matcher matcher = pattern.matcher(sentence);
        Hit best = null;
        while (matcher.find()) {
            int distance = matcher.start() > anchor ? matcher.start() - anchor : Math.max(0, anchor - matcher.end());
            if (best == null || distance < best.distance) {
                best = new Hit(matcher.group(), distance);
            }
        }
        return Optional.ofNullable(best);
    }

    private record Hit(String words, int distance) {}
}
