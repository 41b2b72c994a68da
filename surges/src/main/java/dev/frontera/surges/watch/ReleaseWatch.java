package dev.frontera.surges.watch;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.query.Release;
import dev.frontera.data.query.QueryEngine;
import dev.frontera.data.store.Store;
import dev.frontera.surges.SeasonalBaseline;
import dev.frontera.surges.alerts.AlertEvaluator;
import dev.frontera.surges.alerts.AlertRule;
import dev.frontera.surges.alerts.AlertStore;
import dev.frontera.surges.alerts.FiredAlert;
import dev.frontera.surges.alerts.WebhookSender;
import dev.frontera.surges.digest.Digest;
import dev.frontera.surges.digest.DigestBuilder;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What runs after an ingest stores new releases: each one's digest, and the alert rules
 * evaluated on it (fired alerts recorded, and posted to their webhooks in the background).
 * Releases are taken in publication order, each against the record as it stood when it was
 * published, so a batch ingest tells the same story as a month-by-month one.
 */
public final class ReleaseWatch implements AutoCloseable {
    private final Store store;
    private final AlertStore alerts;
    private final WebhookSender sender;

    private ReleaseWatch(Store store, AlertStore alerts, WebhookSender sender) {
        this.store = store;
        this.alerts = alerts;
        this.sender = sender;
    }

    /** Over a store open read-write: creates the alert tables if needed. */
    public static ReleaseWatch open(Store store, Function<WebhookSender.DeliveryLog, WebhookSender> senders) {
        requireNonNull(store, "store is null");
        AlertStore alerts = AlertStore.open(store.connection(), true, Clock.systemUTC());
        return new ReleaseWatch(store, alerts, senders.apply(alerts::recordDelivery));
    }

    public static ReleaseWatch open(Store store) {
        return open(store, WebhookSender::standard);
    }

    /** One release's outcome. */
    public record Outcome(Release release, Digest digest, List<FiredAlert> fired) {}

    /** Digests and alerts for newly stored releases; webhook posts leave in the background. */
    public List<Outcome> onStored(List<Release> stored) {
        if (stored.isEmpty()) {
            return List.of();
        }
        QueryEngine engine = QueryEngine.over(store);
        SeasonalBaseline baseline = SeasonalBaseline.over(engine);
        DigestBuilder digests = new DigestBuilder(engine, baseline, store::revisions);
        AlertEvaluator evaluator = new AlertEvaluator(engine, baseline);
        List<AlertRule> rules = alerts.rules();
        List<Outcome> outcomes = new ArrayList<>();
        for (Release release : stored.stream()
                .sorted(Comparator.comparing(Release::published).thenComparing(Release::lastMonth))
                .toList()) {
            List<FiredAlert> fired = new ArrayList<>();
            for (AlertRule rule : rules) {
                for (AlertEvaluator.Hit hit : evaluator.evaluate(rule, release)) {
                    Optional<FiredAlert> recorded = alerts.recordFiring(
                            rule,
                            hit.series().label(),
                            hit.month(),
                            hit.value(),
                            hit.sentence(),
                            hit.query(),
                            release.id(),
                            release.name());
                    recorded.ifPresent(alert -> {
                        fired.add(alert);
                        rule.webhook().ifPresent(webhook -> sender.send(alert, webhook));
                    });
                }
            }
            outcomes.add(new Outcome(release, digests.digest(release), fired));
        }
        return outcomes;
    }

    /** Waits up to {@code limit} for webhook posts in flight; returns how many are still pending. */
    public int awaitDeliveries(Duration limit) {
        return sender.await(limit);
    }

    @Override
    public void close() {
        try {
            sender.close();
        } finally {
            alerts.close();
        }
    }
}
