package dev.frontera.cli;

import dev.frontera.core.query.Release;
import dev.frontera.data.store.Store;
import dev.frontera.surges.alerts.FiredAlert;
import dev.frontera.surges.digest.DigestDocument;
import dev.frontera.surges.digest.DigestItem;
import dev.frontera.surges.watch.ReleaseWatch;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;

/**
 * The hook at the end of {@code frontera ingest}: each new release's digest (in full for the
 * newest, its lead for the others of a batch) and the alerts it fired. Webhook posts leave in the
 * background while the digests are written; the command then waits for them a little.
 */
final class SurgeReport {
    static final int ITEMS_PRINTED = 5;
    static final Duration WEBHOOK_WAIT = Duration.ofSeconds(30);

    private SurgeReport() {}

    static void afterIngest(Store store, List<Release> stored, PrintWriter out) {
        try (ReleaseWatch watch = ReleaseWatch.open(store)) {
            List<ReleaseWatch.Outcome> outcomes = watch.onStored(stored);
            int fired = 0;
            out.println();
            for (int i = 0; i < outcomes.size(); i++) {
                ReleaseWatch.Outcome outcome = outcomes.get(i);
                if (i == outcomes.size() - 1) {
                    DigestDocument.lines(outcome.digest(), ITEMS_PRINTED).forEach(out::println);
                } else {
                    out.println("Digest of %s: %s"
                            .formatted(
                                    outcome.release().name(),
                                    outcome.digest()
                                            .lead()
                                            .map(DigestItem::sentence)
                                            .orElse("nothing notable")));
                }
                for (FiredAlert alert : outcome.fired()) {
                    out.println("  ALERT " + alert.sentence());
                    fired++;
                }
            }
            if (outcomes.size() > 1) {
                out.println(
                        "(Older releases of this batch: lead item only; 'frontera digest --release ID' shows any in full.)");
            }
            if (fired > 0) {
                out.println("%d alert(s) fired; see 'frontera alerts list' and /feeds/alerts.atom.".formatted(fired));
            }
            int pending = watch.awaitDeliveries(WEBHOOK_WAIT);
            if (pending > 0) {
                out.println(
                        "%d webhook post(s) still unanswered after %d s; their attempts are in 'frontera alerts history'."
                                .formatted(pending, WEBHOOK_WAIT.toSeconds()));
            }
        }
        out.println();
    }
}
