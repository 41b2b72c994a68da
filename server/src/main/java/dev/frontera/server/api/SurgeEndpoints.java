package dev.frontera.server.api;

import dev.frontera.core.FronteraException;
import dev.frontera.core.period.Period;
import dev.frontera.core.period.PeriodParser;
import dev.frontera.core.query.Query;
import dev.frontera.core.query.Release;
import dev.frontera.data.query.QueryEngine;
import dev.frontera.data.query.QueryParameters;
import dev.frontera.data.store.Store;
import dev.frontera.surges.ForecastView;
import dev.frontera.surges.SeasonalBaseline;
import dev.frontera.surges.alerts.AlertStore;
import dev.frontera.surges.digest.Digest;
import dev.frontera.surges.digest.DigestBuilder;
import dev.frontera.surges.digest.DigestDocument;
import dev.frontera.surges.feed.AtomFeeds;
import dev.frontera.surges.model.SeasonalModel;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Noticing surges: {@code GET /api/v1/digest} (what a release brought), {@code GET /api/v1/forecast}
 * (the seasonal baseline band and the next one to three months, never official: what the overview
 * chart draws as a band and a dashed continuation), and the Atom feeds {@code /feeds/alerts.atom}
 * and {@code /feeds/digest.atom}.
 */
final class SurgeEndpoints implements AutoCloseable {
    /** How many releases, newest first, the digest feed carries. */
    static final int FEED_RELEASES = 12;

    static final int FEED_ALERTS = 100;

    static final Set<String> FORECAST_NAMES = forecastNames();

    private final QueryEngine engine;
    private final Store store;
    private final ResponseCache cache;
    private final SeasonalBaseline baseline;
    private final DigestBuilder digests;
    private final AlertStore alerts;
    private final RequestLimits limits;

    SurgeEndpoints(QueryEngine engine, Store store, ResponseCache cache, RequestLimits limits) {
        this.engine = engine;
        this.store = store;
        this.cache = cache;
        this.limits = limits;
        this.baseline = SeasonalBaseline.over(engine);
        this.digests = new DigestBuilder(engine, baseline, store::revisions);
        this.alerts = AlertStore.open(store.connection(), !store.readOnly(), Clock.systemUTC());
    }

    void digest(Context context) {
        Map<String, List<String>> parameters = RequestParameters.only(context, Set.of("release"));
        cache.get("digest", parameters, "json", () -> {
                    limits.takeQuery(context);
                    return ResponseCache.Rendered.utf8(
                            "application/json",
                            AnswerFormat.json(DigestDocument.tree(digests.digest(release(parameters)))));
                })
                .send(context);
    }

    void forecast(Context context) {
        Map<String, List<String>> parameters = RequestParameters.only(context, FORECAST_NAMES);
        cache.get("forecast", parameters, "json", () -> {
                    limits.takeQuery(context);
                    Map<String, List<String>> query = new LinkedHashMap<>(parameters);
                    query.remove("horizon");
                    query.remove("band");
                    Optional<String> period = Optional.ofNullable(RequestParameters.single(parameters, "period", null));
                    query.put("period", List.of(period.orElse("2000-01")));
                    Query parsed = new QueryParameters(engine).parse(query, Set.of());
                    Optional<Period> months = period.map(PeriodParser::parse);
                    int horizon = whole(parameters, "horizon", SeasonalModel.MAX_HORIZON);
                    int band = whole(parameters, "band", ForecastView.DEFAULT_BAND_MONTHS);
                    ForecastView view = ForecastView.of(
                            baseline,
                            dev.frontera.surges.series.SeriesSpec.of(parsed),
                            months,
                            horizon,
                            band,
                            parsed.asOf(),
                            parsed.perDay());
                    return ResponseCache.Rendered.utf8("application/json", AnswerFormat.json(view.tree()));
                })
                .send(context);
    }

    void alertsFeed(Context context) {
        RequestParameters.only(context, Set.of());
        limits.takeQuery(context);
        context.contentType(AtomFeeds.CONTENT_TYPE)
                .result(AtomFeeds.alerts(alerts.firings(FEED_ALERTS), base(context)));
    }

    void digestFeed(Context context) {
        RequestParameters.only(context, Set.of());
        String base = base(context);
        cache.get("digest-feed", Map.of("base", List.of(base)), "atom", () -> {
                    limits.takeQuery(context);
                    List<Digest> latest = store.releases().stream()
                            .limit(FEED_RELEASES)
                            .map(digests::digest)
                            .toList();
                    return ResponseCache.Rendered.utf8(AtomFeeds.CONTENT_TYPE, AtomFeeds.digests(latest, base));
                })
                .send(context);
    }

    @Override
    public void close() {
        alerts.close();
    }

    private Release release(Map<String, List<String>> parameters) {
        String key = RequestParameters.single(parameters, "release", null);
        if (key == null) {
            return store.releases().stream()
                    .findFirst()
                    .orElseThrow(() ->
                            new FronteraException(dev.frontera.core.ErrorCode.NOT_FOUND, "the store holds no release"));
        }
        return store.release(key)
                .orElseThrow(() -> new FronteraException(
                        dev.frontera.core.ErrorCode.NOT_FOUND,
                        "no stored release matches '%s'; see /api/v1/releases".formatted(key)));
    }

    private static int whole(Map<String, List<String>> parameters, String name, int fallback) {
        String text = RequestParameters.single(parameters, name, null);
        if (text == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw FronteraException.invalid("parameter '%s' must be a whole number, not '%s'", name, text);
        }
    }

    private static String base(Context context) {
        return context.scheme() + "://" + context.host() + "/";
    }

    private static Set<String> forecastNames() {
        Set<String> names = new HashSet<>(QueryParameters.NAMES);
        names.removeAll(Set.of("group-by", "top"));
        names.addAll(Set.of("horizon", "band"));
        return Set.copyOf(names);
    }
}
