package dev.frontera.surges.model;

import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * The weights of the {@link Component}s at one origin and horizon, from their own past errors
 * only: each weighs the inverse of its mean squared error (log scale) over its last
 * {@code origins} forecasts (24) whose target is already known at the origin.
 * Forecasts across a break month are left out: no component could have seen it coming, so they say
 * nothing about which one to trust. With fewer than {@value SeasonalModel#BLEND_MIN} errors to go
 * on (a series' first year or so), the last value alone: nothing yet says another does better.
 */
final class Blend {
    private Blend() {}

    /**
     * @param z the series on the log scale (only values up to {@code origin} are read)
     * @param forecasts {@code forecasts[o]} are the components from origin index {@code o} (null below 1)
     */
    static Map<Component, Double> weights(
            double[] z, YearMonth first, Components[] forecasts, int origin, int h, ModelSettings settings) {
        Component[] components = active(settings);
        int origins = settings.blendOrigins();
        double[] squares = new double[components.length];
        int count = 0;
        for (int past = origin - h; past >= 1 && count < origins; past--) {
            if (touchesBreak(first, past, h)) {
                continue;
            }
            for (int c = 0; c < components.length; c++) {
                double error = z[past + h] - forecasts[past].forecast(components[c], h);
                squares[c] += error * error;
            }
            count++;
        }
        Map<Component, Double> weights = new EnumMap<>(Component.class);
        if (count < Math.min(SeasonalModel.BLEND_MIN, origins)) {
            for (Component component : components) {
                weights.put(component, component == Component.LAST_VALUE ? 1.0 : 0.0);
            }
            return weights;
        }
        double total = 0;
        double[] inverse = new double[components.length];
        for (int c = 0; c < components.length; c++) {
            inverse[c] = Math.pow(1 / Math.max(1e-12, squares[c] / count), settings.sharpness());
            total += inverse[c];
        }
        for (int c = 0; c < components.length; c++) {
            weights.put(components[c], inverse[c] / total);
        }
        return weights;
    }

    /** The components the settings use: the damped trend only when its smoothing is on. */
    static Component[] active(ModelSettings settings) {
        return Arrays.stream(Component.values())
                .filter(c -> c != Component.DAMPED_TREND || settings.smoothing().on())
                .toArray(Component[]::new);
    }

    static double forecast(Components components, Map<Component, Double> weights, int h) {
        double value = 0;
        for (Map.Entry<Component, Double> weight : weights.entrySet()) {
            value += weight.getValue() * components.forecast(weight.getKey(), h);
        }
        return value;
    }

    /** Whether any month from the one after {@code origin} to the target is a break month. */
    private static boolean touchesBreak(YearMonth first, int origin, int h) {
        for (int k = 1; k <= h; k++) {
            if (RegimeBreaks.isBreakMonth(first.plusMonths(origin + (long) k))) {
                return true;
            }
        }
        return false;
    }
}
