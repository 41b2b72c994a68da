package dev.frontera.claims.internal.reading;

import dev.frontera.claims.internal.extract.ExtractedClaim;
import dev.frontera.claims.internal.extract.MeasureWording;
import dev.frontera.claims.internal.extract.SentenceMentions;
import dev.frontera.core.query.Measure;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The measures a figure may count. An agency or place named near the number ("Border Patrol",
 * "at ports of entry") is the scope, with the scope often confused with it as a contrasting
 * reading; a generic verb ("apprehended", "crossed") suggests one measure and allows the other.
 * Apprehensions may also mean Title 8 only while Title 42 expulsions were counted apart. A claim
 * with no number (a record, a rank, a comparison) has no figure to overrule its words, so they
 * alone give its measure.
 */
final class MeasureOptions {
    private static final Pattern CROSSINGS = Pattern.compile("(?i)\\bcross");

    private MeasureOptions() {}

    static List<Option<Measure>> of(ExtractedClaim claim, ClaimContext context) {
        MeasureWording wording = claim.measure();
        Measure measure = wording.measure().orElseThrow();
        List<Option<Measure>> options = new ArrayList<>();
        if (wording.explicit()) {
            options.add(Option.of(measure));
            switch (measure) {
                case USBP_ENCOUNTERS -> {
                    options.add(Option.of(Measure.APPREHENSIONS, Feature.MEASURE_TITLE_8_ONLY));
                    options.add(Option.of(Measure.ENCOUNTERS, Feature.CONFUSED_SCOPE));
                }
                case ENCOUNTERS -> options.add(Option.of(Measure.USBP_ENCOUNTERS, Feature.CONFUSED_SCOPE));
                case OFO_ENCOUNTERS -> {
                    options.add(Option.of(Measure.INADMISSIBLES, Feature.MEASURE_TITLE_8_ONLY));
                    options.add(Option.of(Measure.ENCOUNTERS, Feature.MEASURE_OTHER_THAN_VERB));
                }
                case EXPULSIONS -> {
                    // "Half of nearly 2 million migrants encountered ... were expelled": the scope may belong to
                    // another figure.
                    options.add(Option.of(Measure.ENCOUNTERS, Feature.MEASURE_OTHER_THAN_VERB));
                    options.add(Option.of(Measure.USBP_ENCOUNTERS, Feature.MEASURE_OTHER_THAN_VERB));
                }
                default -> {}
            }
            return options;
        }
        if (claim.quantity().isEmpty()
                && claim.recordFigure().isEmpty()
                && !wording.words().isBlank()) {
            // With no figure to overrule them, generic words decide: "crossings" are the Border Patrol's (ports see
            // no crossings), "encountered" counts every encounter, "apprehended" the Border Patrol's.
            Measure worded = CROSSINGS.matcher(wording.words()).find() ? Measure.USBP_ENCOUNTERS : measure;
            options.add(Option.of(worded));
            if (worded == Measure.USBP_ENCOUNTERS) {
                options.add(Option.of(Measure.APPREHENSIONS, Feature.MEASURE_TITLE_8_ONLY));
            }
            return options;
        }
        Measure other = measure == Measure.USBP_ENCOUNTERS ? Measure.ENCOUNTERS : Measure.USBP_ENCOUNTERS;
        options.add(Option.of(measure));
        options.add(Option.of(other, Feature.MEASURE_OTHER_THAN_VERB));
        options.add(
                measure == Measure.USBP_ENCOUNTERS
                        ? Option.of(Measure.APPREHENSIONS, Feature.MEASURE_TITLE_8_ONLY)
                        : Option.of(
                                Measure.APPREHENSIONS, Feature.MEASURE_TITLE_8_ONLY, Feature.MEASURE_OTHER_THAN_VERB));
        claim.mentions()
                .scope()
                .flatMap(MeasureWording::measure)
                .filter(m -> m != measure)
                .ifPresent(m -> {
                    options.removeIf(option -> option.value() == m);
                    options.add(Option.of(m, Feature.MEASURE_ELSEWHERE));
                });
        if (claim.mentions().scope().isPresent()) {
            return options;
        }
        Optional<Measure> lent = contextScope(context.previous()).or(() -> contextScope(context.headline()));
        lent.filter(m -> m != measure).ifPresent(m -> {
            options.removeIf(option -> option.value() == m);
            options.add(Option.of(m, Feature.MEASURE_FROM_CONTEXT));
        });
        return options;
    }

    private static Optional<Measure> contextScope(Optional<SentenceMentions> sentence) {
        return sentence.flatMap(SentenceMentions::scope).flatMap(MeasureWording::measure);
    }
}
