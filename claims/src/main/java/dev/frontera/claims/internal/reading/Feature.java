package dev.frontera.claims.internal.reading;

/**
 * What a candidate reading takes from the words, or assumes against them. Each feature has a
 * weight in the ranker's prior (fitted on labelled claims, not set by hand); a reading that
 * follows the nearest, explicit words has none.
 */
public enum Feature {
    /** The generic verb suggests the other measure ("apprehended" read as all encounters). */
    MEASURE_OTHER_THAN_VERB,
    /** Title 8 apprehensions or inadmissibles only, leaving out Title 42 expulsions. */
    MEASURE_TITLE_8_ONLY,
    /** The agency or place named elsewhere in the sentence, beyond the figure's clause. */
    MEASURE_ELSEWHERE,
    /** The measure named in the sentence before, or in the headline. */
    MEASURE_FROM_CONTEXT,
    /** No region named: read nationwide rather than at the southwest border. */
    REGION_NATIONWIDE_UNSTATED,
    /** A region named elsewhere in the sentence, not in the figure's clause. */
    REGION_ELSEWHERE,
    /** A region, sector or state taken from the sentence before, or from the headline. */
    PLACE_FROM_CONTEXT,
    /** A sector, field office or state named in the sentence, left out. */
    AREA_DROPPED,
    /** A sector, field office or state named in another clause of the sentence, applied. */
    AREA_ELSEWHERE,
    /** The second-nearest period written in the sentence. */
    PERIOD_SECOND,
    /** A period written farther away than the two nearest. */
    PERIOD_FARTHER,
    /** Another figure stands between the number and the period. */
    PERIOD_ACROSS_FIGURE,
    /** The period of the sentence before. */
    PERIOD_PREVIOUS_SENTENCE,
    /** The period of the headline. */
    PERIOD_HEADLINE,
    /** No period written anywhere, past tense: the month before publication (or, twice, the one in progress). */
    PERIOD_ASSUMED,
    /** No period written, but the claim speaks of now (a record, a rate, the present tense): the latest months. */
    PERIOD_NOW,
    /** No period written: the fiscal year so far, the running total agencies publish. */
    PERIOD_FISCAL_YEAR_SO_FAR,
    /** No period written: the last whole fiscal year published. */
    PERIOD_LAST_FISCAL_YEAR,
    /** A period run to the month before publication, which CBP's usual schedule had not yet published. */
    PERIOD_PUBLISHED_EARLY,
    /** "In 2023" read as the calendar year rather than the fiscal year. */
    PERIOD_CALENDAR_FOR_BARE_YEAR,
    /** "Under Trump", written during his second term, read as his first. */
    PERIOD_FIRST_TERM,
    /** The whole period, though it had not ended when the text was published. */
    PERIOD_BEYOND_PUBLICATION,
    /**
     * The words run the period to the article's own date ("since Oct. 1", "so far this year"): the
     * record holds its complete months only, a floor under the count the writer had.
     */
    PERIOD_TO_ARTICLE_DATE,
    /** A group named right beside the number ("19,000 unaccompanied children", "Mexico (-9%)"), left out. */
    GROUP_BESIDE_FIGURE_DROPPED,
    /** A group (nationality, demographic) named in the figure's clause, left out. */
    GROUP_DROPPED,
    /** One group of a list the figure stands beside ("families and unaccompanied minors (76,020)"). */
    GROUP_ONE_OF_LIST,
    /** A group named in another clause of the sentence, applied. */
    GROUP_ELSEWHERE,
    /** A group from the sentence before, or from the headline. */
    GROUP_FROM_CONTEXT,
    /** A way of combining counts the words do not mark (a total read as a monthly average). */
    AGGREGATE_UNMARKED,
    /** A change or multiple against a base the words do not name (the previous period, a year earlier). */
    BASE_UNSTATED,
    /** A base period named elsewhere in the sentence, not after "than", "from" or "compared with". */
    BASE_ELSEWHERE,
    /**
     * The sentence points back to something it does not state ("Of those", "This figure", "that number",
     * "the same period"): every reading of the figure carries it, which moves weight to the readings not built.
     */
    REFERS_BACK,
    /** A scope often confused with the one stated (Border Patrol for all encounters, nationwide for southwest, calendar for fiscal). */
    CONFUSED_SCOPE;

    /** Whether the feature describes the claim rather than a reading: every reading of a figure carries it, and it may be positive. */
    public boolean ofTheClaim() {
        return this == REFERS_BACK;
    }

    /** Features that make a reading contradict the words: a fit under it makes the claim misleading, not accurate. */
    public boolean contradictsWords() {
        return this == CONFUSED_SCOPE;
    }
}
