package dev.frontera.surges.model;

/**
 * The tuning constants of {@link SeasonalModel}. The product always uses {@link #DEFAULT}; the
 * backtest varies them to show how they were chosen (docs/SURGES.md).
 *
 * @param seasonYears years of steps the seasonal medians look back over
 * @param moveCap largest move (log scale) the momentum components carry forward
 * @param damping share of the carried move kept each further month (1: not damped)
 * @param blendOrigins how many recent known-outcome forecasts the blend's weights are measured on
 * @param sharpness power on the inverse mean squared errors that weigh the components (1: inverse
 *     squared error; higher leans harder on the component that did best lately)
 * @param smoothing the damped-trend exponential smoothing component, or {@link Smoothing#OFF}
 * @param intervals how the 80% intervals are read off the blend's past errors
 */
public record ModelSettings(
        int seasonYears,
        double moveCap,
        double damping,
        int blendOrigins,
        double sharpness,
        Smoothing smoothing,
        Intervals intervals) {

    /** The model's constants, as chosen and documented in docs/SURGES.md. */
    public static final ModelSettings DEFAULT =
            new ModelSettings(8, 0.2, 0.5, 24, 1, new Smoothing(0.5, 0.5, 0.9), new Intervals(72, 6, 1.1, false));

    public ModelSettings {
        if (seasonYears < 2
                || moveCap < 0
                || damping < 0
                || damping > 1
                || blendOrigins < 3
                || sharpness <= 0
                || smoothing == null
                || intervals == null) {
            throw new IllegalArgumentException("invalid model settings: " + this);
        }
    }

    /**
     * Holt's damped-trend smoothing of the seasonally adjusted log series ({@code alpha} the level's
     * weight, {@code beta} the trend's, {@code phi} the trend's damping per month); off when alpha is 0.
     */
    public record Smoothing(double alpha, double beta, double phi) {
        public static final Smoothing OFF = new Smoothing(0, 0, 0);

        public Smoothing {
            if (alpha < 0 || alpha > 1 || beta < 0 || beta > 1 || phi < 0 || phi > 1) {
                throw new IllegalArgumentException("invalid smoothing: " + this);
            }
        }

        public boolean on() {
            return alpha > 0;
        }
    }

    /**
     * The intervals: quantiles of the blend's errors from the last {@code errorOrigins} origins at
     * each horizon, each divided by the typical one-month error size just before it (the median of
     * the last {@code scaleOrigins}; 0: not scaled, the raw errors), times {@code widen}. With
     * {@code byHorizon}, each horizon's errors are scaled by the typical size of the errors at that
     * horizon instead of the one-month errors.
     */
    public record Intervals(int errorOrigins, int scaleOrigins, double widen, boolean byHorizon) {
        public Intervals {
            if (errorOrigins < 12 || (scaleOrigins != 0 && scaleOrigins < 3) || widen <= 0) {
                throw new IllegalArgumentException("invalid interval settings: " + this);
            }
        }

        public boolean scaled() {
            return scaleOrigins > 0;
        }
    }

    public ModelSettings withMomentum(double moveCap, double damping) {
        return new ModelSettings(seasonYears, moveCap, damping, blendOrigins, sharpness, smoothing, intervals);
    }

    public ModelSettings withBlend(int blendOrigins, double sharpness) {
        return new ModelSettings(seasonYears, moveCap, damping, blendOrigins, sharpness, smoothing, intervals);
    }

    public ModelSettings withSmoothing(Smoothing smoothing) {
        return new ModelSettings(seasonYears, moveCap, damping, blendOrigins, sharpness, smoothing, intervals);
    }

    public ModelSettings withIntervals(Intervals intervals) {
        return new ModelSettings(seasonYears, moveCap, damping, blendOrigins, sharpness, smoothing, intervals);
    }

    public ModelSettings withSeasonYears(int seasonYears) {
        return new ModelSettings(seasonYears, moveCap, damping, blendOrigins, sharpness, smoothing, intervals);
    }
}
