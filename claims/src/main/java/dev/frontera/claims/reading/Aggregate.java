package dev.frontera.claims.reading;

/**
 * How a figure is computed from the record's monthly counts: a total, a rate, or a comparison.
 * Which ones a figure may take follows from its form (a count, a percentage, a multiple) and the
 * words around it ("a day", "averaged ... a month", "up 21% from", "a third of"), or, for a claim with no
 * count, from its words ("a record number", "the 3rd busiest sector", "slightly less than September 2020").
 */
public enum Aggregate {
    /** The sum over the period. */
    TOTAL,
    /** The sum over the period divided by its days. */
    PER_DAY,
    /** The sum over the period divided by its days, times seven. */
    PER_WEEK,
    /** The sum over the period divided by its months. */
    MONTHLY_AVERAGE,
    /** The sum over the period divided by its months, times twelve ("averaged 1.1 million a year"). */
    YEARLY_AVERAGE,
    /** The percent change from the base period. */
    PERCENT_CHANGE,
    /** The absolute difference from the base period ("2,300 fewer than in June"). */
    DIFFERENCE,
    /** The ratio to the base period ("four times as many as in fiscal 2021"). */
    MULTIPLE,
    /** The share of a wider whole, as a percentage ("accounted for 40% of"). */
    SHARE,
    /** Whether the period is the highest of every earlier comparable period (or since a date). */
    RECORD_HIGH,
    /** Whether the period is the lowest of every earlier comparable period (or since a date). */
    RECORD_LOW,
    /** The place or group's rank among its peers (the sectors of its region, the nationalities), most first. */
    RANK_HIGH,
    /** The place or group's rank among its peers, fewest first ("the least busy sector"). */
    RANK_LOW,
    /** Which way the period differs from the base period, with no number ("slightly less than September 2020"). */
    COMPARISON,
    /** The period's smallest month: a floor said of every month ("more than 100,000 for the third month in a row"). */
    LOWEST_MONTH,
    /** The period's largest month: a ceiling said of every month ("under 50,000 every month since March"). */
    HIGHEST_MONTH,
    /** Whether each month of the period after its first moved the same way from the month before ("fell for the third straight month"). */
    RUN_OF_CHANGES;

    /** Whether the figure compares the period with another one. */
    public boolean hasBase() {
        return this == PERCENT_CHANGE || this == DIFFERENCE || this == MULTIPLE || this == COMPARISON;
    }

    public boolean isRank() {
        return this == RANK_HIGH || this == RANK_LOW;
    }

    /** Whether the claim is about every month of a run, answered month by month. */
    public boolean isStreak() {
        return this == LOWEST_MONTH || this == HIGHEST_MONTH || this == RUN_OF_CHANGES;
    }

    public boolean isRecord() {
        return this == RECORD_HIGH || this == RECORD_LOW;
    }
}
