package dev.frontera.claims.internal.extract;

/** What the words say about a count being a rate: "a day", "a month", or an average of unstated unit. */
public enum Rate {
    /** A plain count over the period. */
    NONE,
    /** "10,000 a day", "a daily average of". */
    PER_DAY,
    /** "40,000 a week", "a weekly average of": the daily average times seven, as monthly figures allow. */
    PER_WEEK,
    /** "150,000 a month", "a monthly average of". */
    PER_MONTH,
    /** "Averaged more than 1.1 million a year", "annually": the total over the period's years. */
    PER_YEAR,
    /** "averaged 200,000": an average whose unit the words leave open. */
    AVERAGE
}
