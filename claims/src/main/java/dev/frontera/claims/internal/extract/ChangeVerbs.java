package dev.frontera.claims.internal.extract;

/**
 * The verbs news uses for a rise or a fall, in every form, as regex alternations (no groups): one
 * lexicon for telling a change from a share and for its direction.
 */
public final class ChangeVerbs {
    /** "Rose", "jumped", "ballooned", "skyrocketed", "swelled". */
    public static final String RISE =
            "rose|ris(?:e|es|en|ing)|increas(?:e[sd]?|ing)|jump\\w*|surg\\w*|spik\\w*|climb\\w*|grew|grow(?:s|n|th)?"
                    + "|soar\\w*|balloon\\w*|skyrocket\\w*|swell\\w*|swollen|leap\\w*|leapt|rocket\\w*|rebound\\w*";
    /** "Fell", "dropped", "tumbled", "slid", "shrank". */
    public static final String FALL =
            "fell|fall(?:en|ing|s)?|drop(?:ped|ping|s)?|declin\\w*|decreas\\w*|plung\\w*|plummet\\w*"
                    + "|dip(?:ped|ping|s)?|slid(?:e|es|ing)?|sank|sink(?:s|ing)?|shr[ai]nk\\w*|shrunk|tumbl\\w*|slump\\w*"
                    + "|nosediv\\w*";

    private ChangeVerbs() {}
}
