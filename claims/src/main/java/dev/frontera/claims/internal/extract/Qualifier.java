package dev.frontera.claims.internal.extract;

/**
 * The kind of claim a qualifier makes. {@link #slug()} is the name used in JSON, following the
 * labelling standard ("nearly" is an {@code under} claim with its own tolerance).
 */
public enum Qualifier {
    EXACT("exact"),
    ABOUT("about"),
    NEARLY("under"),
    OVER("over"),
    AT_LEAST("at_least"),
    UNDER("under"),
    UP_TO("up_to"),
    CHANGE("change"),
    RATIO("ratio"),
    RECORD_HIGH("record_high"),
    RECORD_LOW("record_low"),
    /** A place or group ranked among its peers ("the 3rd busiest sector"). */
    RANK("rank"),
    /** Two periods compared with no number ("slightly less than September 2020"). */
    COMPARISON("comparison"),
    /** Months that each moved the same way from the month before, with no number ("fell for the third straight month"). */
    RUN("run");

    private final String slug;

    Qualifier(String slug) {
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }

    public boolean isRecord() {
        return this == RECORD_HIGH || this == RECORD_LOW;
    }
}
