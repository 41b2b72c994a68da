package dev.frontera.claims.verify;

/**
 * Whether an official figure supports a claimed number under the labelling standard's tolerance,
 * and {@code chance}: how likely a figure written with the same bound and precision would fit as
 * well if it had been made up or taken from another quantity (see {@link Tolerance}). An exact
 * five-digit match almost never happens by chance; "more than 2 million" often does.
 */
public record Fit(boolean fits, double chance) {
    public Fit {
        if (!(chance > 0 && chance < 1)) {
            throw new IllegalArgumentException("chance must lie strictly between 0 and 1, not " + chance);
        }
    }
}
