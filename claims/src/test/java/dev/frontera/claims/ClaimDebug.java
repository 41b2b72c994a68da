package dev.frontera.claims;

import dev.frontera.claims.internal.rank.ClaimModel;
import dev.frontera.claims.internal.rank.LogLinearRanker;
import dev.frontera.claims.internal.rank.Posterior;
import dev.frontera.claims.internal.rank.Weighed;
import dev.frontera.claims.reading.ReadingWords;
import dev.frontera.data.query.QueryEngine;
import dev.frontera.data.store.Store;
import java.nio.file.Path;
import java.util.Locale;

/** Prints every candidate reading of each figure of a text, for looking into one case: {@code ClaimDebug TEXT DATE [--full]} (FRONTERA_DB names the store; --full reads the official files instead). */
final class ClaimDebug {
    private ClaimDebug() {}

    public static void main(String[] args) {
        dev.frontera.core.query.OfficialRecord record = args.length > 2 && args[2].equals("--full")
                ? dev.frontera.data.PublishedRecord.full()
                : QueryEngine.over(Store.openReadOnly(Path.of(System.getenv("FRONTERA_DB"))));
        ClaimChecker checker = ClaimChecker.create(record);
        LogLinearRanker ranker = new LogLinearRanker(ClaimModel.shipped());
        for (ReadFigure figure : checker.read(args[0], ClaimJson.parsePublished(args[1]))) {
            System.out.printf(
                    Locale.ROOT,
                    "%n== \"%s\" %s bound %s rate %s change %s unverifiable %s%n",
                    figure.claim().phrase(),
                    figure.claim().qualifier(),
                    figure.claim().bound(),
                    figure.claim().rate(),
                    figure.claim().change(),
                    figure.claim().unverifiable());
            if (figure.evaluated().isEmpty()) {
                continue;
            }
            Posterior posterior = ranker.rank(figure.evaluated());
            System.out.printf(
                    Locale.ROOT,
                    "P(acc) %.2f P(mis) %.2f P(wrong) %.2f P(unknown) %.2f%n",
                    posterior.accurate(),
                    posterior.misleading(),
                    posterior.inaccurate(),
                    posterior.unknown());
            for (Weighed w : posterior.readings()) {
                System.out.printf(
                        Locale.ROOT,
                        "  %.3f/%.3f %s = %s %s %s %s%n",
                        w.prior(),
                        w.posterior(),
                        ReadingWords.describe(w.evaluated().candidate().reading()),
                        w.evaluated()
                                .judged()
                                .map(f -> String.valueOf(f.value()))
                                .orElse("-"),
                        w.evaluated()
                                .fit()
                                .map(f -> (f.fits() ? "FITS q=" : "no q=")
                                        + String.format(Locale.ROOT, "%.3f", f.chance()))
                                .orElse("unanswered: "
                                        + w.evaluated()
                                                .detail()
                                                .substring(
                                                        0,
                                                        Math.min(
                                                                120,
                                                                w.evaluated()
                                                                        .detail()
                                                                        .length()))),
                        w.evaluated().candidate().features(),
                        w.evaluated().answered() ? w.evaluated().detail() : "");
            }
        }
    }
}
