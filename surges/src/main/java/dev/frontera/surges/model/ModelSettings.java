package dev.frontera.surges.model;

/**
 * The tuning constants of {@link SeasonalModel}. The product always uses {@link #DEFAULT}; the
 * backtest varies them to show how they were chosen (docs/SURGES.md).
 *
 * @param seasonYears years of steps the seasonal medians look back over
 * @param moveCap largest move (log scale) the momentum components carry forward
 * @param damping share of the carried move kept each further month (1: not damped)
 * @param blendOrigins how many recent known-outcome forecasts the blend's weights are measured on
 * @param scaleOrigins how many recent one-month errors give the typical error size the intervals scale with
 * @param widen factor on the quantiles of past scaled errors
 */
public record ModelSettings(
        int seasonYears, double moveCap, double damping, int blendOrigins, int scaleOrigins, double widen) {

    /** The model's constants, as chosen and documented in docs/SURGES.md. */
    public static final ModelSettings DEFAULT = new ModelSettings(8, 0.2, 0.5, 24, 6, 1.1);

    public ModelSettings {
        if (seasonYears < 2
                || moveCap < 0
                || damping < 0
                || damping > 1
                || blendOrigins < SeasonalModel.BLEND_MIN
                || scaleOrigins < 3
                || widen <= 0) {
            throw new IllegalArgumentException("invalid model settings: " + this);
        }
    }

    public ModelSettings withMomentum(double moveCap, double damping) {
        return new ModelSettings(seasonYears, moveCap, damping, blendOrigins, scaleOrigins, widen);
    }

    public ModelSettings withBlendOrigins(int blendOrigins) {
        return new ModelSettings(seasonYears, moveCap, damping, blendOrigins, scaleOrigins, widen);
    }

    public ModelSettings withIntervals(int scaleOrigins, double widen) {
        return new ModelSettings(seasonYears, moveCap, damping, blendOrigins, scaleOrigins, widen);
    }

    public ModelSettings withSeasonYears(int seasonYears) {
        return new ModelSettings(seasonYears, moveCap, damping, blendOrigins, scaleOrigins, widen);
    }
}
