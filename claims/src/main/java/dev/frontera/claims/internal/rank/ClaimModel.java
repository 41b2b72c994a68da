package dev.frontera.claims.internal.rank;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.frontera.claims.internal.reading.Feature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The few numbers the checker's judgement rests on, fitted on labelled claims (never set per
 * sentence): a weight per {@link Feature} for the prior over readings, the weight of a reading the
 * checker failed to build ({@code unread}), the share of published figures that are right
 * ({@code rightShare}), and the two thresholds of the verdict policy. The shipped values live in
 * {@code claim-model.json} beside this class and are written by the fitting tool in the tests
 * ({@code ClaimModelFit}), which also reports how they do on sources held out.
 *
 * @param weights log-weight of each feature in a reading's prior (0 or below)
 * @param unread log-weight of the readings the checker did not build, against a reading with no feature
 * @param unanswered log-weight of a reading the record cannot answer (it keeps its prior as undecidable mass; this scales it)
 * @param logScatter how far wrong published counts fall from the true figure (scale of |ln(claimed/official)|)
 * @param pointScatter how far wrong published percentages fall from the true one, in points
 * @param rightShare the share of published figures that are right (the prior before the record is asked)
 * @param acceptAt the probability of being right, given a reading built is meant, above which a claim is called accurate (or misleading)
 * @param flagAt the probability of being wrong, given a reading built is meant, above which a claim is called inaccurate
 * @param doubtAt the probability that no reading built and answered is meant above which no verdict but unverifiable is given
 * @param calibration how the confidence of a verdict is mapped to how often such verdicts are right
 */
public record ClaimModel(
        Map<Feature, Double> weights,
        double unread,
        double unanswered,
        double logScatter,
        double pointScatter,
        double rightShare,
        double acceptAt,
        double flagAt,
        double doubtAt,
        Calibration calibration) {
    private static final String RESOURCE = "claim-model.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    public ClaimModel {
        Map<Feature, Double> all = new EnumMap<>(Feature.class);
        for (Feature feature : Feature.values()) {
            all.put(feature, requireNonNull(weights, "weights is null").getOrDefault(feature, 0.0));
        }
        weights = Map.copyOf(all);
        requireNonNull(calibration, "calibration is null");
        if (!(logScatter > 0 && pointScatter > 0)) {
            throw new IllegalArgumentException("scatters must be positive, not " + logScatter + " and " + pointScatter);
        }
        if (!(rightShare > 0 && rightShare < 1)) {
            throw new IllegalArgumentException("rightShare must lie strictly between 0 and 1, not " + rightShare);
        }
    }

    /** The model shipped with the checker. */
    public static ClaimModel shipped() {
        try (InputStream in = ClaimModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the claims jar");
            }
            return fromJson(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /**
     * Where every fit starts: each feature costs the same (-1), the readings not built weigh as a
     * reading with two features, a reading the record cannot answer keeps half its weight, wrong
     * figures scatter by 30% (5 points), four published figures in five are right. The fit moves from here.
     */
    public static ClaimModel initial() {
        Map<Feature, Double> weights = new EnumMap<>(Feature.class);
        for (Feature feature : Feature.values()) {
            // A reading that follows the words has no feature; one that runs a period to the article's date does follow
            // them.
            weights.put(feature, feature.ofTheClaim() || feature == Feature.PERIOD_TO_ARTICLE_DATE ? 0.0 : -1.0);
        }
        return new ClaimModel(weights, -2, Math.log(0.5), 0.3, 5, 0.85, 0.5, 0.7, 0.5, Calibration.IDENTITY);
    }

    public double weight(Feature feature) {
        return weights.get(feature);
    }

    public ClaimModel withWeight(Feature feature, double weight) {
        Map<Feature, Double> changed = new EnumMap<>(weights);
        changed.put(feature, weight);
        return new ClaimModel(
                changed,
                unread,
                unanswered,
                logScatter,
                pointScatter,
                rightShare,
                acceptAt,
                flagAt,
                doubtAt,
                calibration);
    }

    public ClaimModel withUnread(double value) {
        return new ClaimModel(
                weights,
                value,
                unanswered,
                logScatter,
                pointScatter,
                rightShare,
                acceptAt,
                flagAt,
                doubtAt,
                calibration);
    }

    public ClaimModel withUnanswered(double value) {
        return new ClaimModel(
                weights, unread, value, logScatter, pointScatter, rightShare, acceptAt, flagAt, doubtAt, calibration);
    }

    public ClaimModel withLogScatter(double value) {
        return new ClaimModel(
                weights, unread, unanswered, value, pointScatter, rightShare, acceptAt, flagAt, doubtAt, calibration);
    }

    public ClaimModel withPointScatter(double value) {
        return new ClaimModel(
                weights, unread, unanswered, logScatter, value, rightShare, acceptAt, flagAt, doubtAt, calibration);
    }

    public ClaimModel withRightShare(double value) {
        return new ClaimModel(
                weights, unread, unanswered, logScatter, pointScatter, value, acceptAt, flagAt, doubtAt, calibration);
    }

    public ClaimModel withAcceptAt(double value) {
        return new ClaimModel(
                weights, unread, unanswered, logScatter, pointScatter, rightShare, value, flagAt, doubtAt, calibration);
    }

    public ClaimModel withDoubtAt(double value) {
        return new ClaimModel(
                weights,
                unread,
                unanswered,
                logScatter,
                pointScatter,
                rightShare,
                acceptAt,
                flagAt,
                value,
                calibration);
    }

    public ClaimModel withFlagAt(double value) {
        return new ClaimModel(
                weights,
                unread,
                unanswered,
                logScatter,
                pointScatter,
                rightShare,
                acceptAt,
                value,
                doubtAt,
                calibration);
    }

    public ClaimModel withCalibration(Calibration value) {
        return new ClaimModel(
                weights, unread, unanswered, logScatter, pointScatter, rightShare, acceptAt, flagAt, doubtAt, value);
    }

    public static ClaimModel fromJson(JsonNode node) {
        Map<Feature, Double> weights = new EnumMap<>(Feature.class);
        node.path("weights")
                .fields()
                .forEachRemaining(entry -> weights.put(
                        Feature.valueOf(entry.getKey().toUpperCase(Locale.ROOT).replace('-', '_')),
                        entry.getValue().asDouble()));
        return new ClaimModel(
                weights,
                node.path("unread").asDouble(),
                node.path("unanswered").asDouble(),
                node.path("log_scatter").asDouble(),
                node.path("point_scatter").asDouble(),
                node.path("right_share").asDouble(),
                node.path("accept_at").asDouble(),
                node.path("flag_at").asDouble(),
                node.path("doubt_at").asDouble(0.5),
                node.has("calibration")
                        ? new Calibration(
                                node.path("calibration").path("slope").asDouble(),
                                node.path("calibration").path("shift").asDouble())
                        : Calibration.IDENTITY);
    }

    public ObjectNode toJson() {
        ObjectNode node = JSON.createObjectNode();
        ObjectNode weightNode = node.putObject("weights");
        weights.forEach((feature, weight) ->
                weightNode.put(feature.name().toLowerCase(Locale.ROOT).replace('_', '-'), weight));
        node.put("unread", unread);
        node.put("unanswered", unanswered);
        node.put("log_scatter", logScatter);
        node.put("point_scatter", pointScatter);
        node.put("right_share", rightShare);
        node.put("accept_at", acceptAt);
        node.put("flag_at", flagAt);
        node.put("doubt_at", doubtAt);
        ObjectNode calibrationNode = node.putObject("calibration");
        calibrationNode.put("slope", calibration.slope());
        calibrationNode.put("shift", calibration.shift());
        return node;
    }
}
