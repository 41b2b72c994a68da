package dev.frontera.claims;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.frontera.claims.internal.rank.ClaimModel;
import dev.frontera.claims.internal.rank.LogLinearRanker;
import dev.frontera.claims.internal.rank.Posterior;
import dev.frontera.claims.internal.rank.Weighed;
import dev.frontera.claims.internal.verdict.VerdictPolicy;
import dev.frontera.claims.reading.ReadingWords;
import dev.frontera.core.Verdict;
import dev.frontera.core.query.OfficialRecord;
import dev.frontera.data.PublishedRecord;
import dev.frontera.data.query.QueryEngine;
import dev.frontera.data.store.Store;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores the claim checker on the shared labelled claims, as new writing would meet it: the
 * model's numbers are fitted on four folds of sources and scored on the fifth, in turn
 * ({@link #heldOut}); fold {@link SourceFolds#LOCKBOX}, whose failures are never read when rules
 * are written, is also reported alone. In-sample figures (the shipped model on every claim) are
 * printed beside them for contrast.
 *
 * <p>Run it to see the figures, the misses of the folds rules may be written from, and to refit
 * the shipped model: {@code ClaimsEvaluation [--misses] [--held-out-misses] [--splits N] [--write-model]} (with FRONTERA_DB naming a
 * store, it reads the record from there; otherwise from the official files).
 */
final class ClaimsEvaluation {
    /** With --unverifiable, the misses also list claims labelled unverifiable that reach the ranker (no rule rules them out). */
    private static boolean SHOW_UNVERIFIABLE;

    private ClaimsEvaluation() {}

    static List<LabeledEvidence> evidence(OfficialRecord record, Path devSet) throws IOException {
        return LabeledEvidence.collect(ClaimChecker.create(record), LabeledClaim.read(devSet));
    }

    /** Five-fold cross-validation by source: each fold scored by a model fitted on the other four. */
    static Scorecard heldOut(List<LabeledEvidence> all, ClaimModel start) {
        return heldOut(all, start, 0);
    }

    /** The same, with the sources dealt into folds by split {@code split} ({@link SourceFolds#fold(String, int)}). */
    static Scorecard heldOut(List<LabeledEvidence> all, ClaimModel start, int split) {
        Scorecard card = new Scorecard();
        for (int fold = 0; fold < SourceFolds.FOLDS; fold++) {
            card.addAll(scoreFold(all, start, fold, split));
        }
        return card;
    }

    /** The held-out figures averaged over several deals of the sources into folds. */
    record DealMeans(
            double recall,
            double verdictRight,
            double falseAlarms,
            double flagsRight,
            double errorsCaught,
            double brier) {
        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "recall %.3f, verdict right %.3f, false alarms %.3f, flags right %.3f, errors caught %.3f, Brier %.3f",
                    recall,
                    verdictRight,
                    falseAlarms,
                    flagsRight,
                    errorsCaught,
                    brier);
        }
    }

    /**
     * The mean over {@code deals} deals of the sources into folds, the first being {@code first} (deal 0,
     * already scored). One deal moves by a claim or two when a training claim's posterior moves the
     * thresholds; the mean moves less, so it is what a change is judged on.
     */
    static DealMeans meanOfDeals(List<LabeledEvidence> all, ClaimModel start, int deals, Scorecard first) {
        List<Scorecard> cards = new ArrayList<>(List.of(first));
        for (int split = 1; split < deals; split++) {
            cards.add(heldOut(all, start, split));
            System.out.println("held out, split " + split + ": " + cards.get(split));
        }
        return new DealMeans(
                mean(cards, Scorecard::recall),
                mean(cards, Scorecard::verdictRight),
                mean(cards, Scorecard::falseAlarms),
                mean(cards, Scorecard::flagsRight),
                mean(cards, Scorecard::errorsCaught),
                mean(cards, Scorecard::brier));
    }

    private static double mean(List<Scorecard> cards, java.util.function.ToDoubleFunction<Scorecard> figure) {
        return cards.stream().mapToDouble(figure).average().orElseThrow();
    }

    /** The lockbox fold, scored by a model fitted on the others. */
    static Scorecard lockbox(List<LabeledEvidence> all, ClaimModel start) {
        return scoreFold(all, start, SourceFolds.LOCKBOX, 0);
    }

    private static Scorecard scoreFold(List<LabeledEvidence> all, ClaimModel start, int fold, int split) {
        List<LabeledEvidence> training = all.stream()
                .filter(e -> SourceFolds.fold(e.claim().source(), split) != fold)
                .toList();
        List<LabeledEvidence> test = all.stream()
                .filter(e -> SourceFolds.fold(e.claim().source(), split) == fold)
                .toList();
        ClaimModel fitted = ClaimModelFit.fit(training, start);
        System.out.printf(
                Locale.ROOT,
                "  fold %d thresholds: accept %.2f, flag %.2f, doubt %.2f%n",
                fold,
                fitted.acceptAt(),
                fitted.flagAt(),
                fitted.doubtAt());
        return ClaimModelFit.score(test, fitted);
    }

    public static void main(String[] args) throws IOException {
        Path devSet = LabeledClaim.devSet()
                .orElseThrow(() -> new IllegalStateException("dev.jsonl not found; set FRONTERA_SHARED"));
        String db = System.getenv("FRONTERA_DB");
        OfficialRecord record =
                db != null ? QueryEngine.over(Store.openReadOnly(Path.of(db))).warm() : PublishedRecord.full();
        List<LabeledEvidence> all = evidence(record, devSet);
        ClaimModel shipped = ClaimModel.shipped();
        ClaimModel initial = ClaimModel.initial();
        List<String> flags = List.of(args);
        System.out.println("in-sample, shipped model: " + ClaimModelFit.score(all, shipped));
        Scorecard heldOut = heldOut(all, initial);
        System.out.println("held out, 5 folds by source: " + heldOut);
        System.out.print(heldOut.confusion());
        System.out.print(heldOut.reliability());
        System.out.println("lockbox fold: " + lockbox(all, initial));
        int splits = flags.contains("--splits") ? Integer.parseInt(flags.get(flags.indexOf("--splits") + 1)) : 0;
        if (splits > 0) {
            System.out.println(
                    "held out, mean of " + splits + " splits: " + meanOfDeals(all, initial, splits, heldOut));
        }
        if (flags.contains("--phrases")) {
            // What the scorer reads for each claim: the figure found over its words, to spot misread numbers.
            for (LabeledEvidence e : all) {
                String read = e.overlapping().isEmpty()
                        ? "-"
                        : e.overlapping()
                                .get(0)
                                .figure()
                                .map(f -> f.claim().phrase())
                                .orElse("(fixed)");
                System.out.printf(
                        Locale.ROOT,
                        "phrase: %s | %s | %s%n",
                        e.claim().id(),
                        e.claim().claimedText(),
                        read);
            }
        }
        if (flags.contains("--held-out-misses")) {
            // Each claim as its own fold's model judged it; the lockbox fold stays unread.
            heldOut.outcomes().stream()
                    .filter(o -> !o.right() && SourceFolds.fold(o.claim().source()) != SourceFolds.LOCKBOX)
                    .forEach(o -> System.out.printf(
                            Locale.ROOT,
                            "held out: %s [%s, got %s %.2f] %s%n",
                            o.claim().id(),
                            o.claim().label(),
                            o.verdict().map(Verdict::slug).orElse("none"),
                            o.confidence(),
                            o.claim().claimedText()));
        }
        SHOW_UNVERIFIABLE = flags.contains("--unverifiable");
        if (flags.contains("--misses")) {
            printMisses(all, shipped);
        }
        if (flags.contains("--write-model")) {
            ClaimModel fitted = ClaimModelFit.fit(all, initial);
            Path file = Path.of("src/main/resources/dev/frontera/claims/internal/rank/claim-model.json");
            String json = new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(fitted.toJson());
            Files.writeString(file, json + "\n", StandardCharsets.UTF_8);
            System.out.println("fitted on all claims, written to " + file + ": " + ClaimModelFit.score(all, fitted));
        }
    }

    /** The wrongly judged claims of every fold but the lockbox, under the shipped model, with the readings weighed. */
    private static void printMisses(List<LabeledEvidence> all, ClaimModel model) {
        LogLinearRanker ranker = new LogLinearRanker(model);
        VerdictPolicy policy = new VerdictPolicy(model);
        for (LabeledEvidence evidence : all) {
            if (SourceFolds.fold(evidence.claim().source()) == SourceFolds.LOCKBOX) {
                continue;
            }
            Scorecard.Outcome outcome = evidence.judge(ranker, policy);
            boolean labelledUnverifiable = evidence.claim().label().equals("unverifiable")
                    && outcome.verdict().isPresent()
                    && evidence.overlapping()
                            .get(0)
                            .figure()
                            .map(f -> f.claim().unverifiable().isEmpty())
                            .orElse(false);
            if (outcome.right() && !(SHOW_UNVERIFIABLE && labelledUnverifiable)) {
                continue;
            }
            LabeledClaim claim = evidence.claim();
            System.out.printf(
                    Locale.ROOT,
                    "%n%s [%s, got %s %.2f] %s%n  %s%n",
                    claim.id(),
                    claim.label(),
                    outcome.verdict().map(Verdict::slug).orElse("none"),
                    outcome.confidence(),
                    claim.claimedText(),
                    claim.inputText().replace('\n', ' '));
            evidence.overlapping().stream()
                    .findFirst()
                    .flatMap(LabeledEvidence.Reported::figure)
                    .ifPresent(figure -> {
                        if (figure.evaluated().isEmpty()) {
                            return;
                        }
                        Posterior posterior = ranker.rank(figure.evaluated());
                        System.out.printf(
                                Locale.ROOT,
                                "  P(acc) %.2f P(mis) %.2f P(wrong) %.2f P(unknown) %.2f; %d readings%n",
                                posterior.accurate(),
                                posterior.misleading(),
                                posterior.inaccurate(),
                                posterior.unknown(),
                                figure.evaluated().size());
                        List<Weighed> top = new ArrayList<>(posterior
                                .readings()
                                .subList(0, Math.min(4, posterior.readings().size())));
                        for (Weighed w : top) {
                            System.out.printf(
                                    Locale.ROOT,
                                    "    %.3f/%.3f %s = %s %s %s%n",
                                    w.prior(),
                                    w.posterior(),
                                    ReadingWords.describe(
                                            w.evaluated().candidate().reading()),
                                    w.evaluated()
                                            .judged()
                                            .map(f -> String.valueOf(f.value()))
                                            .orElse("-"),
                                    w.evaluated()
                                            .fit()
                                            .map(f -> f.fits() ? "FITS" : "no")
                                            .orElse("unanswered"),
                                    w.evaluated().candidate().features().keySet());
                        }
                    });
        }
    }
}
