package dev.frontera.surges.digest;

/**
 * What is too small to report. A series is left out of a digest when both the month's figure and
 * the figure it is compared with are below {@value #MIN_LEVEL} encounters (a few hundred people
 * either way are not a surge, and DHS rounds its figures to 10); a change is left out when it is
 * under {@value #MIN_CHANGE} encounters, whatever its percentage; a revision is left out under
 * {@value #MIN_REVISION} encounters. Moves against the seasonal baseline are measured in interval
 * widths on the log scale, so a small series cannot swamp the digest with large percentages.
 */
final class NoiseRule {
    public static final long MIN_LEVEL = 1_000;
    public static final long MIN_CHANGE = 250;
    public static final long MIN_REVISION = 50;

    private NoiseRule() {}

    /** Whether a figure and the one it is compared with are large enough to speak of. */
    public static boolean large(long value, long compared) {
        return Math.max(value, compared) >= MIN_LEVEL;
    }

    public static boolean notableChange(long value, long compared) {
        return large(value, compared) && Math.abs(value - compared) >= MIN_CHANGE;
    }

    public static boolean notableRevision(long change) {
        return Math.abs(change) >= MIN_REVISION;
    }
}
