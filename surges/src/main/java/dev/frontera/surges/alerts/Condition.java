package dev.frontera.surges.alerts;

import dev.frontera.core.FronteraException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What makes an alert rule fire for a series in a newly published month. */
public enum Condition {
    /** The month's figure (or its daily average, with per-day) is above the threshold. */
    ABOVE("above", true),
    /** ... below the threshold. */
    BELOW("below", true),
    /** Up more than the threshold, in percent, on the same month a year before. */
    CHANGE_ON_YEAR_ABOVE("change-on-year-above", true),
    /** Up more than the threshold, in percent, on the month before. */
    CHANGE_ON_MONTH_ABOVE("change-on-month-above", true),
    /** The highest month in the record held. */
    RECORD("record", false),
    /** Above the seasonal baseline by more than the threshold in interval half-widths (1: outside the 80% interval). */
    ABOVE_BASELINE("above-baseline", false);

    private final String slug;
    private final boolean needsThreshold;

    Condition(String slug, boolean needsThreshold) {
        this.slug = slug;
        this.needsThreshold = needsThreshold;
    }

    public String slug() {
        return slug;
    }

    public boolean needsThreshold() {
        return needsThreshold;
    }

    public static Condition parse(String text) {
        String key = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(values())
                .filter(c -> c.slug.equals(key))
                .findFirst()
                .orElseThrow(() -> FronteraException.invalid(
                        "unknown alert condition '%s'; valid conditions: %s",
                        text.trim(),
                        Arrays.stream(values()).map(Condition::slug).collect(Collectors.joining(", "))));
    }
}
