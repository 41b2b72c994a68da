package dev.frontera.claims.verify;

import dev.frontera.claims.Verdict;
import dev.frontera.claims.extract.ExtractedClaim;
import dev.frontera.claims.interpret.Reading;
import dev.frontera.core.query.Measure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides the verdict from the readings, best first. The reading as written is used when the
 * claim holds under it. Otherwise a reading the wording leaves open (generic verbs, no region
 * named, a bare year) that fits is taken as what the writer meant: accurate. A reading that
 * contradicts what the sentence states but fits makes the claim misleading. If none fits,
 * inaccurate; if the record cannot answer the reading as written, unverifiable.
 */
public final class ClaimVerifier {
    private final ReadingEvaluator evaluator;

    public ClaimVerifier(ReadingEvaluator evaluator) {
        this.evaluator = java.util.Objects.requireNonNull(evaluator, "evaluator is null");
    }

    public Verification verify(ExtractedClaim claim, List<Reading> readings, LocalDate published) {
        Reading written = readings.get(0);
        if (claim.unverifiable().isPresent()) {
            Evaluation none = new Evaluation(written, Optional.empty(), Optional.empty(), Optional.empty(), claim.unverifiable().get());
            return new Verification(none, List.of(), Verdict.UNVERIFIABLE, "Unverifiable: %s.".formatted(claim.unverifiable().get()));
        }
        List<Evaluation> evaluations = new ArrayList<>();
        for (Reading reading : readings) {
            evaluations.add(evaluator.evaluate(claim, reading, published));
        }
        Evaluation first = evaluations.get(0);
        if (first.fits().isEmpty()) {
            return new Verification(first, evaluations.subList(1, evaluations.size()), Verdict.UNVERIFIABLE,
                    "Unverifiable: %s.".formatted(first.detail().isEmpty() ? "the official record does not cover this" : first.detail()));
        }
        if (first.holds()) {
            return verdict(first, evaluations, Verdict.ACCURATE, claim, "");
        }
        for (Evaluation other : evaluations.subList(1, evaluations.size())) {
            if (other.holds() && other.reading().wordingOpen()) {
                return verdict(other, evaluations, Verdict.ACCURATE, claim,
                        " (read as %s, since the wording leaves it open and only that reading fits)".formatted(
                                describe(other.reading())));
            }
        }
        for (Evaluation other : evaluations.subList(1, evaluations.size())) {
            if (other.holds()) {
                String explanation = ("Misleading: for %s the official figure is %s, which does not support \"%s\"; it matches %s"
                        + " (%s), %s.").formatted(describe(first.reading()), figure(first), claim.phrase(), describe(other.reading()), figure(other),
                                other.reading().change().description());
                return new Verification(first, others(first, evaluations), Verdict.MISLEADING, explanation);
            }
        }
        return verdict(first, evaluations, Verdict.INACCURATE, claim, "");
    }

    private static Verification verdict(Evaluation used, List<Evaluation> all, Verdict verdict, ExtractedClaim claim, String note) {
        String detail = used.detail().isEmpty() ? "" : "; " + used.detail();
        String explanation = "%s: the official figure for %s is %s, which %s \"%s\"%s%s.".formatted(
                verdict == Verdict.ACCURATE ? "Accurate" : "Inaccurate", describe(used.reading()), figure(used),
                verdict == Verdict.ACCURATE ? "supports" : "does not support", claim.phrase(), detail, note);
        return new Verification(used, others(used, all), verdict, explanation);
    }

    private static List<Evaluation> others(Evaluation used, List<Evaluation> all) {
        return all.stream().filter(e -> e != used).toList();
    }

    private static String figure(Evaluation evaluation) {
        return evaluation.judged().map(f -> ReadingEvaluator.format(f.value()) + (f.release().contains("rounded to 10") ? " (rounded to 10)" : ""))
                .orElse("not available");
    }

    static String describe(Reading reading) {
        String measure = reading.measure() == Measure.USBP_ENCOUNTERS ? "Border Patrol encounters"
                : reading.measure().displayName().toLowerCase(java.util.Locale.ROOT);
        String region = switch (reading.region()) {
            case "southwest" -> "at the southwest border";
            case "northern" -> "at the northern border";
            case "nationwide" -> "nationwide";
            default -> "in region " + reading.region();
        };
        // In dimension order: the reading's map iterates in an order that changes from one JVM to the next.
        String filters = reading.filters().isEmpty() ? "" : " " + reading.filters().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .map(entry -> entry.getKey().parameter() + " " + String.join("/", entry.getValue().stream().sorted().toList()))
                .reduce((a, b) -> a + ", " + b).map(s -> "(" + s + ")").orElse("");
        return "%s%s %s in %s%s".formatted(measure, filters, region, reading.period().label(), reading.perDay() ? " per day" : "");
    }
}
