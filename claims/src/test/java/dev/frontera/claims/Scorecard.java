package dev.frontera.claims;

import dev.frontera.core.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The figures the project is judged by, with the shared scorer's definitions
 * (shared/tools/score-claims), plus calibration:
 *
 * <ul>
 *   <li>recall: checkable claims (accurate, inaccurate, misleading) reported at all;
 *   <li>verdict right: the verdict equals the label (nothing reported counts as unverifiable);
 *   <li>false alarms: accurate claims called inaccurate or misleading, of all accurate claims;
 *   <li>flags right: claims called inaccurate or misleading that are labelled so, of all such calls;
 *   <li>errors caught: claims labelled inaccurate or misleading that are called so;
 *   <li>Brier score of the confidence given with each verdict, and a reliability table.
 * </ul>
 */
final class Scorecard {
    /** One labelled claim and what the checker said of it (empty: nothing reported over its phrase). */
    record Outcome(LabeledClaim claim, Optional<Verdict> verdict, double confidence) {
        boolean right() {
            return verdict.map(v -> v.slug().equals(claim.label()))
                    .orElse(claim.label().equals("unverifiable"));
        }

        boolean flagged() {
            return verdict.filter(v -> v == Verdict.INACCURATE || v == Verdict.MISLEADING)
                    .isPresent();
        }
    }

    private final List<Outcome> outcomes = new ArrayList<>();

    void add(Outcome outcome) {
        outcomes.add(outcome);
    }

    void addAll(Scorecard other) {
        outcomes.addAll(other.outcomes);
    }

    List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    int scored() {
        return outcomes.size();
    }

    double verdictRight() {
        return share(outcomes.stream().filter(Outcome::right).count(), outcomes.size());
    }

    double recall() {
        List<Outcome> checkable =
                outcomes.stream().filter(o -> o.claim().checkable()).toList();
        return share(checkable.stream().filter(o -> o.verdict().isPresent()).count(), checkable.size());
    }

    double falseAlarms() {
        List<Outcome> accurate = outcomes.stream()
                .filter(o -> o.claim().label().equals("accurate"))
                .toList();
        return share(accurate.stream().filter(Outcome::flagged).count(), accurate.size());
    }

    int flagged() {
        return (int) outcomes.stream().filter(Outcome::flagged).count();
    }

    double flagsRight() {
        List<Outcome> flagged = outcomes.stream().filter(Outcome::flagged).toList();
        return share(flagged.stream().filter(o -> o.claim().wrong()).count(), flagged.size());
    }

    double errorsCaught() {
        List<Outcome> wrong = outcomes.stream().filter(o -> o.claim().wrong()).toList();
        return share(wrong.stream().filter(Outcome::flagged).count(), wrong.size());
    }

    /** Mean squared gap between the confidence given and the verdict being right, over the claims reported. */
    double brier() {
        List<Outcome> reported =
                outcomes.stream().filter(o -> o.verdict().isPresent()).toList();
        double sum = 0;
        for (Outcome outcome : reported) {
            double gap = outcome.confidence() - (outcome.right() ? 1 : 0);
            sum += gap * gap;
        }
        return reported.isEmpty() ? 0 : sum / reported.size();
    }

    /** Of the verdicts given with confidence in each band, how many were right. */
    String reliability() {
        double[] edges = {0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001};
        StringBuilder table =
                new StringBuilder("| confidence | verdicts | mean confidence | right |\n|---|---|---|---|\n");
        for (int i = 0; i + 1 < edges.length; i++) {
            double low = edges[i];
            double high = edges[i + 1];
            List<Outcome> band = outcomes.stream()
                    .filter(o -> o.verdict().isPresent() && o.confidence() >= low && o.confidence() < high)
                    .toList();
            double mean =
                    band.stream().mapToDouble(Outcome::confidence).average().orElse(0);
            table.append(String.format(
                    Locale.ROOT,
                    "| %.1f-%.1f | %d | %.2f | %s |%n",
                    low,
                    Math.min(1, high),
                    band.size(),
                    mean,
                    band.isEmpty()
                            ? "-"
                            : String.format(
                                    Locale.ROOT,
                                    "%.2f",
                                    share(band.stream().filter(Outcome::right).count(), band.size()))));
        }
        return table.toString();
    }

    String confusion() {
        StringBuilder text = new StringBuilder();
        for (String label : List.of("accurate", "inaccurate", "misleading", "unverifiable")) {
            text.append(String.format(Locale.ROOT, "  %-12s ->", label));
            for (String verdict : List.of("accurate", "inaccurate", "misleading", "unverifiable", "none")) {
                long n = outcomes.stream()
                        .filter(o -> o.claim().label().equals(label))
                        .filter(o ->
                                o.verdict().map(Verdict::slug).orElse("none").equals(verdict))
                        .count();
                text.append(String.format(Locale.ROOT, " %s %d", verdict, n));
            }
            text.append('\n');
        }
        return text.toString();
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "%d claims: recall %.3f, verdict right %.3f, false alarms %.3f, flags right %.3f of %d,"
                        + " errors caught %.3f, Brier %.3f",
                scored(),
                recall(),
                verdictRight(),
                falseAlarms(),
                flagsRight(),
                flagged(),
                errorsCaught(),
                brier());
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : part / (double) whole;
    }
}
