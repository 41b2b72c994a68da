package dev.frontera.claims.internal.extract;

import dev.frontera.claims.internal.numbers.Quantity;
import dev.frontera.claims.internal.numbers.QuantityFinder;
import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.period.Period;
import dev.frontera.text.Sentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the checkable figures of a sentence. It first collects everything the sentence names
 * ({@link SentenceMentions}); then each number that is not excluded by {@link NotStatisticRule}
 * becomes a claim with its qualifier, its rate and change words, and the periods written as its
 * base; a record phrase becomes a claim of its own. Which period, place and group a figure is
 * about is not decided here: the candidate readings weigh every mention. Which sentences are
 * worth reading is the checker's call ({@link #mayHoldClaims}). Stateless after construction; thread-safe.
 */
public final class ClaimExtractor {
    private static final Pattern ABOUT_MIGRATION =
            Pattern.compile("(?i)migra|immigra|border|asylum|encounter|apprehen|cross|"
                    + "\\bcbp\\b|deport|expel|expuls|got[- ]?away|detain|arrest|unaccompanied|\\buacs?\\b|entering|entries|ports? of entry"
                    // The groups and places the record counts by: "individuals traveling in family units numbered ...".
                    + "|\\bfamil(?:y|ies)\\b|\\bchildren\\b|\\bminors\\b|single adults|\\bsectors?\\b|field offices?"
                    + "|\\bcustody\\b|inadmissib|\\btitle (?:8|42)\\b|\\bcitizens of\\b|\\bnationals\\b");
    // Between a figure and the agency of its own noun phrase: "7.3 million [Border Patrol]", "2,400 [U.S. Border
    // Patrol]".
    private static final Pattern OTHER_FIGURES_NOUN = Pattern.compile("(?i)\\s*(?:(?:the|U\\.S\\.|US)\\s+)?");
    private static final Pattern PEOPLE_AFTER =
            Pattern.compile("(?i)^\\s*(?:\\p{L}+\\s+){0,2}?(?:migrants?|people|persons|individuals"
                    + "|encounters|apprehensions|arrests|crossings|children|minors|families|adults|asylum|immigrants|nationals|aliens"
                    + "|times)\\b");
    // A count in a series of monthly figures ("from 1,520 in November to just three in December").
    private static final Pattern SERIES_BEFORE =
            Pattern.compile("(?i)\\b(?:to|and)\\s+(?:just|only|about|nearly)?\\s*$");
    private static final Pattern SERIES_AFTER =
            Pattern.compile("(?i)^\\s+in\\s+(?:" + dev.frontera.text.MonthNames.PATTERN + "|(?:19|20)\\d\\d)\\b");
    private static final int SMALL = 100;
    private static final Pattern OTHER_SUBJECT =
            Pattern.compile("(?i)\\b(?:stock|stocks|market|economy|inflation|GDP|prices?|"
                    + "polls?|voters?|residents|population|temperature|weather|unemployment|tariffs?)\\b");
    private static final Pattern CONNECTIVE =
            // "Up 7.8% on January" (British and wire copy): "on" straight after a percentage.
            Pattern.compile("(?i)\\b(?:than|compared (?:to|with)|from|versus|vs\\.?|over|against|since)\\s+"
                    + "|(?<=%\\s|percent\\s|per cent\\s)on\\s+(?:the\\s+)?");
    private static final int BASE_REACH = 80;
    private static final int RANGE_BEFORE_REACH = 140;
    private static final Pattern ABOVE_BELOW = Pattern.compile("(?i)\\s+" + QualifierRule.ABOVE_OR_BELOW);
    // "2,045,838 of the 2,475,669": a part, then its whole.
    private static final Pattern PART_OF = Pattern.compile("(?i)\\s+(?:out\\s+)?of\\s+(?:the|all|a total of)?\\s*");
    // How far after a whole its own words may run ("2,475,669 encounters at the southwest border").
    private static final int WHOLE_WORDS = 40;
    // "About half the December figure", "well below the 2023 total": another figure, named by its period.
    private static final Pattern REFERENCE_BEFORE = Pattern.compile(
            "(?i)\\b(?:half|double|twice|triple|than|from|with|to|against|versus|below|above|of)\\s+the\\s+$");
    private static final Pattern OWN_FIGURE_AFTER = Pattern.compile(
            "(?i)\\s*(?:of|at|was|were|:|,|\\()?\\s*(?:(?:about|nearly|almost|roughly|around|some|more than|over|just"
                    + "|approximately)\\s+)?");
    private static final Pattern REFERENCE_AFTER =
            Pattern.compile("(?i)['’]?s?\\s+(?:figure|total|level|count|tally|number|mark|peak)\\b");
    // "Compared with December 2022, encounters rose 20%": a base written before the change, opening its clause.
    private static final Pattern COMPARED_LEAD =
            Pattern.compile("(?i)(?:^|[,;:—–]\\s*|\\band\\s+)(?:compared (?:to|with)|relative to|against|versus)\\s+$");
    // "One year ago", "two months earlier": a number of a span, not a count.
    private static final Pattern SPAN_AFTER =
            Pattern.compile("(?i)\\s*(?:years?|months?|weeks?|days?|decades?|percent|%|times)\\b");
    private static final Pattern BASE_COUNT_LEAD = Pattern.compile(
            "(?i)\\s*(?:(?:the|a|an)\\s+)?(?:(?:total|record|high|low|peak)\\s+of\\s+)?"
                    + "(?:(?:about|nearly|almost|roughly|some|around|approximately|more than|over|fewer than|less than|just)\\s+)?");
    private static final Pattern WHEN_AFTER = Pattern.compile("(?is)^\\s*,?\\s*when\\b.*");
    private static final Pattern MULTIPLE_OF = Pattern.compile("(?i)\\s+(?:(?:the|its|their)\\s+)?(?:"
            + "(?:level|levels|number|numbers|total|totals|figure|figures|count|counts|pace|amount|those|that)"
            + "\\s+(?:(?:seen|recorded|reported|encountered)\\s+)?(?:of|in|for|during)\\s+(?:the\\s+)?"
            + "|the\\s+)");
    private static final Pattern LEADING_PREPOSITION = Pattern.compile("(?i)(?:in|of|for|during)\\s+");
    private static final Pattern AS_IN = Pattern.compile(
            "(?is)\\s+as\\s+(?:many|much|high|large)\\b[^;:.]*?\\bas\\s+(?:(?:in|during|for|of)\\s+)?(?:the\\s+)?");

    private static final Pattern FALLING =
            Pattern.compile("(?i)\\b(?:" + ChangeVerbs.FALL + "|down|lower|cut|reduc\\w*|less|fewer)\\b");
    private static final Pattern RISING =
            Pattern.compile("(?i)\\b(?:" + ChangeVerbs.RISE + "|up|higher|more|doubl\\w*|tripl\\w*|quadrupl\\w*)\\b");
    private static final Pattern BOUND_BEFORE = Pattern.compile("(?i)\\b(?:more|less|fewer)\\s+than(?:\\s+an?)?\\s*$");
    private static final Pattern DIFFERENCE_AFTER = Pattern.compile(
            // The words between may scope the count: "1,012 more encounters at the southwest border in April than in
            // March".
            "(?i)^\\s*(?:[\\p{L}-]+\\s+){0,2}?(more|fewer|less|higher|lower)\\s+(?:[^\\s,;:.]+\\s+){0,8}?than\\b");
    private static final Pattern DIFFERENCE_BEFORE = Pattern.compile(
            "(?i)(?:\\b(?:an?\\s+)?(?:increase|decrease|rise|drop|decline|jump"
                    + "|reduction|gain|growth|fall)\\s+of"
                    // "Picked up 19,000", "shut down": a verb's particle, not a change.
                    + "|(?<!\\b(?:picked|pick|picks|picking|ended|end|ends|showed|shows|turned|turns|made|makes|added|adds"
                    + "|took|stepped|broke|shut|set|backed|back)\\s)\\b(?:up|down)(?:\\s+by)?"
                    + "|\\b(?:rose|fell|increased|decreased|dropped|climbed|grew|declined|jumped|plunged|plummeted|soared"
                    + "|surged|spiked|ballooned|skyrocketed|swelled|tumbled|slumped|sank|slid|shrank|dipped)(?:\\s+by)?)\\s+(?:(?:about|nearly|almost|more than|over|some|roughly|approximately)\\s+)?$");
    private static final Pattern PER_WEEK_AFTER = Pattern.compile(
            "(?i)^[^.;\\d]{0,40}?\\b(?:a|per|each|every)\\s+week\\b" + "|^\\s*(?:\\p{L}+\\s+){0,3}weekly\\b");
    private static final Pattern PER_WEEK_BEFORE =
            Pattern.compile("(?i)\\bweekly\\s+(?:average|totals?|rate)\\b[^.;]{0,30}$");
    // "1.1 million a year", "annually"; not a base ("a year earlier") nor one year's total ("in a year").
    private static final Pattern PER_YEAR_AFTER =
            Pattern.compile("(?i)^\\s*(?:\\p{L}+\\s+){0,3}?(?<!\\bin\\s)(?<!\\bwithin\\s)"
                    + "(?:a|per|each|every)\\s+year\\b(?!\\s+(?:earlier|ago|before|prior|later|after|over|on)\\b)"
                    + "|^\\s*(?:\\p{L}+\\s+){0,3}annually\\b");
    private static final Pattern PER_MONTH_AFTER = Pattern.compile(
            "(?i)^[^.;]{0,40}?\\b(?:a|per|each|every)\\s+month\\b" + "|^\\s*(?:\\p{L}+\\s+){0,3}monthly\\b");
    // "The monthly average of Border Patrol apprehensions ... during Trump's first term, about 43,000": the
    // average's own figure, however far, with no number but a year between.
    private static final Pattern PER_MONTH_BEFORE =
            Pattern.compile("(?i)\\bmonthly\\s+(?:average|totals?|rate)\\b(?:[^.;\\d]|\\b(?:19|20)\\d\\d\\b){0,120}$");
    private static final Pattern AVERAGE_BEFORE = Pattern.compile("(?i)\\baverag\\w*\\b[^.;]{0,40}$");
    private static final Pattern PREVIOUS = Pattern.compile(
            "(?i)\\b(?:the\\s+)?(?:previous|prior|preceding)\\s+month\\b"
                    + "|\\bmonth[- ](?:over|on|to)[- ]month\\b|\\b(?:the\\s+)?month\\s+before\\b|\\bfrom\\s+a\\s+month\\s+(?:earlier|ago)\\b");
    // A record's own count: "a record low of 8,346", "an all-time high of more than 10,000".
    private static final int RECORD_OF_REACH = 20;
    private static final Pattern RECORD_OF = Pattern.compile(
            "(?i)\\s*(?:(?:at|of|with|reaching)\\s+)?(?:(?:more than|over|nearly|almost|about|roughly|some|just)\\s+)*");
    // "8,347 migrants attempting to cross ..., the lowest in history", "8,346 was a record low".
    private static final int APPOSITION_REACH = 90;
    private static final Pattern APPOSITION =
            Pattern.compile("(?i)[^;.\\d]*(?:[,—–]\\s*(?:(?:which|that)\\s+(?:was|is|were|are"
                    + "|marks?|marked)\\s+|making (?:it|them)\\s+|marking\\s+)?|\\s(?:was|were|is|are|marks?|marked|became)\\s+)"
                    + "(?:(?:the|a|an|its|new)\\s+)?");
    private static final Pattern SAME_PERIOD = Pattern.compile(
            "(?i)\\bthe same (?:time )?(?:period|months?)(?: (?:in|of|during|for|last)\\s+(?:the\\s+)?|\\s+)$");
    // The words that set a number against the one before it, just before the number.
    private static final Pattern COMPARED_WITH = Pattern.compile(
            "(?i)\\b(?:compared (?:to|with)|versus|vs\\.?|from|(?<!more |fewer |less |rather )than|against)\\s+(?:about |nearly |almost |more than |over |some |just )?$");
    // How far apart, in characters, a rate and the number set against it may stand.
    private static final int COMPARED_REACH = 90;
    private static final Pattern ELIDED = Pattern.compile("(?i),\\s*(?:and|but|while|with)\\s+$");

    private final QuantityFinder quantities = new QuantityFinder();
    private final NotStatisticRule notStatistic = new NotStatisticRule();
    private final QualifierRule qualifiers = new QualifierRule();
    private final PerDayRule perDay = new PerDayRule();
    private final PeriodRule periods = new PeriodRule();
    private final MeasureRule measures = new MeasureRule();
    private final PlaceRule places = new PlaceRule();
    private final GroupRule groups = new GroupRule();
    private final RecordRule records = new RecordRule();
    private final ChangeBaseRule changeBase = new ChangeBaseRule();
    private final UnverifiableRule unverifiable = new UnverifiableRule();
    private final RankRule ranks = new RankRule();
    private final ComparisonRule comparisons = new ComparisonRule();
    private final StreakRule streaks = new StreakRule();
    private final RunRule runs = new RunRule();

    // "November: 61,640": a line of a list, which goes on the subject of the line before.
    private static final Pattern LIST_LINE = Pattern.compile("^\\s*[\\p{L}][\\p{L} .'-]{0,39}:\\s*[\\d,.]+\\s*%?\\s*$");

    /** Whether a sentence is a line of a list ("November: 61,640"), which keeps to the subject of the list. */
    public static boolean isListLine(String sentence) {
        return LIST_LINE.matcher(sentence).matches();
    }

    // "How many people are crossing each day? About 10,000 in December.": the question gives the answer's unit.
    private static final Pattern QUESTION_PER_DAY =
            Pattern.compile("(?i)\\b(?:(?:a|per|each|every) day|daily)\\b[^?]*\\?\\s*$");

    /**
     * The figures of a sentence that answers {@code question} (the sentence before, when it asks one):
     * a plain count answering "how many ... each day?" is a daily rate.
     */
    public static List<ExtractedClaim> answering(String question, List<ExtractedClaim> claims) {
        if (!question.strip().endsWith("?")
                || !QUESTION_PER_DAY.matcher(question).find()) {
            return claims;
        }
        return claims.stream()
                .map(c -> c.rate() == Rate.NONE
                                && c.quantity()
                                        .filter(q -> q.form() == Quantity.Form.COUNT)
                                        .isPresent()
                                && c.qualifier() != Qualifier.CHANGE
                                && !c.change().difference()
                        ? c.withRate(Rate.PER_DAY)
                        : c)
                .toList();
    }

    /** Whether a sentence is worth reading at all: it must mention migration or the border. */
    public static boolean mayHoldClaims(String sentence) {
        return ABOUT_MIGRATION.matcher(sentence).find();
    }

    /** Whether a sentence is plainly about another subject (markets, prices, polls, population), so its numbers are not border figures. */
    public static boolean aboutSomethingElse(String sentence) {
        return OTHER_SUBJECT.matcher(sentence).find();
    }

    /** Everything {@code sentence} names that can scope a figure. */
    public SentenceMentions mentions(Sentence sentence, LocalDate published) {
        String text = sentence.text();
        return new SentenceMentions(
                sentence,
                periods.mentions(text, published),
                places.mentions(text),
                groups.mentions(text),
                quantities.find(text),
                measures.stated(text));
    }

    /** The figures of a sentence, each with the words that are its own, in order of position. */
    public List<ExtractedClaim> extract(SentenceMentions mentions, LocalDate published) {
        String text = mentions.text();
        boolean yearBefore = changeBase.fires(text);
        List<ExtractedClaim> claims = new ArrayList<>();
        Optional<RecordRule.Found> record = records.find(text, published);
        Set<Integer> recordSince = record.map(r -> sinceMentions(mentions, r)).orElse(Set.of());
        Map<Integer, Integer> referenced = referencedFigures(mentions);
        for (Quantity quantity : mentions.quantities()) {
            if (notStatistic.find(text, quantity).isPresent() || tooSmallToCount(text, quantity)) {
                continue;
            }
            int phraseStart = qualifiers.phraseStart(text, quantity);
            MeasureWording measure = whole(
                    text,
                    quantity,
                    claims,
                    elided(
                            text,
                            phraseStart,
                            claims,
                            ownNoun(text, quantity, claims, measures.find(text, quantity.start()))));
            Qualifier qualifier = qualifierOrCompared(text, quantity, claims);
            boolean difference = quantity.form() == Quantity.Form.COUNT && isDifference(text, quantity);
            boolean compares = qualifier == Qualifier.CHANGE
                    || quantity.form() == Quantity.Form.MULTIPLE
                    || difference
                    || quantity.form() == Quantity.Form.PERCENT;
            Set<Integer> baseMentions = new HashSet<>();
            // "Rose to about 50,000, the most since January": January is the record's baseline, not the figure's
            // period, unless the figure is that month's own ("the lowest since July, when agents reported 39,215").
            boolean whenAfter = record.filter(r -> r.end() <= quantity.start())
                    .map(r -> WHEN_AFTER
                            .matcher(text.substring(r.end(), quantity.start()))
                            .matches())
                    .orElse(false);
            if (!whenAfter) {
                baseMentions.addAll(recordSince);
            }
            ChangeWords change = compares
                    ? change(
                            mentions,
                            quantity,
                            yearBefore,
                            difference,
                            qualifier == Qualifier.CHANGE || quantity.form() == Quantity.Form.MULTIPLE,
                            baseMentions)
                    : ChangeWords.NONE;
            // "The December total of 301,981" names its own figure; "about half the December figure" another's (or
            // this one's base, which the comparison has taken above).
            referenced.forEach((start, end) -> {
                if (quantity.start() < end
                        || !OWN_FIGURE_AFTER
                                .matcher(text.substring(end, quantity.start()))
                                .matches()) {
                    baseMentions.add(start);
                }
            });
            Qualifier bound = qualifiers.bound(text, quantity);
            Rate written = rateOrCompared(text, quantity, claims);
            // "Above 150,000 every month since March": a month's count in each month, not a monthly average.
            Optional<StreakRule.Found> run = (written == Rate.NONE || written == Rate.PER_MONTH) && !compares
                    ? streaks.find(text, quantity, bound)
                    : Optional.empty();
            Optional<Streak> streak = run.map(StreakRule.Found::streak);
            Rate rate = streak.isPresent() ? Rate.NONE : written;
            // A denied bound is turned round, and the phrase quoted back keeps its denial ("not apprehended fewer
            // than").
            boolean denied = streak.filter(Streak::negated).isPresent();
            claims.add(new ExtractedClaim(
                    mentions,
                    Optional.of(quantity),
                    denied ? run.get().phraseStart() : phraseStart,
                    quantity.end(),
                    denied && qualifier == bound ? denied(qualifier) : qualifier,
                    denied ? denied(bound) : bound,
                    measure,
                    rate,
                    change,
                    baseMentions,
                    Optional.empty(),
                    false,
                    reason(unverifiable.find(text, quantity.start(), quantity.end()), measure)
                            .or(() -> otherPlaceOrGroupBase(mentions, quantity)),
                    Optional.empty(),
                    Optional.empty(),
                    1,
                    streak));
        }
        List<ExtractedClaim> figures = List.copyOf(claims);
        record.ifPresent(found -> claims.add(numberless(
                mentions,
                found.start(),
                found.end(),
                found.qualifier(),
                Qualifier.EXACT,
                ChangeWords.NONE,
                recordSince,
                found.since(),
                found.sinceAtLeast(),
                Optional.empty(),
                recordFigure(figures, text, found.start(), found.end()),
                found.place(),
                Optional.empty())));
        boolean namesNationality = mentions.groups().stream().anyMatch(g -> g.dimension() == Dimension.CITIZENSHIP);
        for (RankRule.Found rank : ranks.find(text, namesNationality)) {
            claims.add(numberless(
                    mentions,
                    rank.start(),
                    rank.end(),
                    Qualifier.RANK,
                    Qualifier.EXACT,
                    ChangeWords.NONE,
                    Set.of(),
                    Optional.empty(),
                    false,
                    Optional.of(rank.words()),
                    Optional.empty(),
                    1,
                    Optional.empty()));
        }
        for (ComparisonRule.Found comparison : comparisons.find(mentions)) {
            claims.add(numberless(
                    mentions,
                    comparison.start(),
                    comparison.end(),
                    Qualifier.COMPARISON,
                    // "Slightly less": the two periods are close, which the tolerance checks as "about".
                    comparison.close() ? Qualifier.ABOUT : Qualifier.EXACT,
                    new ChangeWords(comparison.direction(), comparison.bases(), false, false, false),
                    comparison.baseMentions(),
                    Optional.empty(),
                    false,
                    Optional.empty(),
                    Optional.empty(),
                    1,
                    Optional.empty()));
        }
        for (RunRule.Found run : runs.find(mentions)) {
            // N changes span N + 1 months, ending at the month the claim is about.
            claims.add(numberless(
                    mentions,
                    run.start(),
                    run.end(),
                    Qualifier.RUN,
                    Qualifier.EXACT,
                    new ChangeWords(run.direction(), List.of(), false, false, false),
                    Set.of(),
                    Optional.empty(),
                    false,
                    Optional.empty(),
                    Optional.empty(),
                    1,
                    Optional.of(new Streak(run.changes() + 1, false, false))));
        }
        claims.sort(Comparator.comparingInt(ExtractedClaim::phraseStart));
        return claims;
    }

    /**
     * A claim with no number of its own (a record, a rank, a comparison): the phrase at {@code
     * [start, end)} gives its measure and anything that rules it out.
     */
    private ExtractedClaim numberless(
            SentenceMentions mentions,
            int start,
            int end,
            Qualifier kind,
            Qualifier bound,
            ChangeWords change,
            Set<Integer> baseMentions,
            Optional<Period> since,
            boolean sinceAtLeast,
            Optional<RankWords> rank,
            Optional<ExtractedClaim.RecordFigure> recordFigure,
            int recordPlace,
            Optional<Streak> streak) {
        String text = mentions.text();
        MeasureWording measure = measures.find(text, start);
        return new ExtractedClaim(
                mentions,
                Optional.empty(),
                start,
                end,
                kind,
                bound,
                measure,
                Rate.NONE,
                change,
                baseMentions,
                since,
                sinceAtLeast,
                reason(unverifiable.find(text, start, end), measure),
                rank,
                recordFigure,
                recordPlace,
                streak);
    }

    /** "Hasn't apprehended fewer than 148,000" claims at least that many; "hasn't topped 50,000", under it (or at it). */
    private static Qualifier denied(Qualifier bound) {
        return bound == Qualifier.UNDER ? Qualifier.AT_LEAST : Qualifier.UNDER;
    }

    /**
     * "Agents caught just under 400,000 ... in 2017, and just over 300,000 in 2016": a figure that
     * follows a conjunction with no words of its own counts what the figure before it counts,
     * unless an agency or place is named beside it.
     */
    private static MeasureWording elided(
            String text, int phraseStart, List<ExtractedClaim> before, MeasureWording own) {
        if (own.explicit()
                || before.isEmpty()
                || !ELIDED.matcher(text.substring(0, phraseStart)).find()) {
            return own;
        }
        ExtractedClaim previous = before.get(before.size() - 1);
        boolean count =
                previous.quantity().map(q -> q.form() == Quantity.Form.COUNT).orElse(false);
        return count && previous.measure().measure().isPresent() ? previous.measure() : own;
    }

    /**
     * "7.3 million Border Patrol apprehensions at the southwest border and nearly 11 million encounters nationwide":
     * an agency written in the noun phrase of the figure before is that figure's; a figure with a noun of its own
     * counts what its own words name.
     */
    private MeasureWording ownNoun(String text, Quantity quantity, List<ExtractedClaim> before, MeasureWording own) {
        if (!own.explicit()
                || own.measure().isEmpty()
                || own.words().isEmpty()
                || before.isEmpty()
                || !PEOPLE_AFTER.matcher(text.substring(quantity.end())).lookingAt()) {
            return own;
        }
        Quantity previous = before.get(before.size() - 1).quantity().orElseThrow();
        int at = text.lastIndexOf(own.words(), quantity.start());
        if (at < previous.end()
                || !OTHER_FIGURES_NOUN
                        .matcher(text.substring(previous.end(), at))
                        .matches()) {
            return own;
        }
        return measures.find(text.substring(quantity.start()), 0);
    }

    /**
     * "2,045,838 of the 2,475,669 encounters ... were made by the Border Patrol": the agency named
     * is the part's; the whole counts what the words right after it name.
     */
    private MeasureWording whole(String text, Quantity quantity, List<ExtractedClaim> before, MeasureWording own) {
        if (!own.explicit() || before.isEmpty()) {
            return own;
        }
        Quantity part = before.get(before.size() - 1).quantity().orElseThrow();
        if (part.form() != Quantity.Form.COUNT
                || quantity.start() < part.end()
                || !PART_OF.matcher(text.substring(part.end(), quantity.start()))
                        .matches()) {
            return own;
        }
        String words = text.substring(quantity.start(), Math.min(text.length(), quantity.end() + WHOLE_WORDS));
        return measures.find(words, 0);
    }

    /**
     * The count a record phrase is said of: one inside it or just after it ("a record low of
     * 8,346"), or one it stands in apposition to ("8,347 migrants ..., the lowest in history",
     * "8,346 was a record low"), with no other number between. A rate or a change is not a count
     * a record of months is about.
     */
    private static Optional<ExtractedClaim.RecordFigure> recordFigure(
            List<ExtractedClaim> figures, String text, int start, int end) {
        for (ExtractedClaim figure : figures) {
            Quantity quantity = figure.quantity().orElseThrow();
            if (quantity.form() != Quantity.Form.COUNT
                    || figure.rate() != Rate.NONE
                    || figure.qualifier() == Qualifier.CHANGE
                    || figure.unverifiable().isPresent()) {
                continue;
            }
            boolean attached = quantity.start() >= start
                    ? quantity.start() <= end + RECORD_OF_REACH
                            && RECORD_OF
                                    .matcher(text.substring(end, Math.max(end, quantity.start())))
                                    .matches()
                    : quantity.end() <= start
                            && start - quantity.end() <= APPOSITION_REACH
                            && APPOSITION
                                    .matcher(text.substring(quantity.end(), start))
                                    .matches();
            if (attached) {
                return Optional.of(new ExtractedClaim.RecordFigure(quantity, figure.bound()));
            }
        }
        return Optional.empty();
    }

    /**
     * "An average of 930 daily encounters, compared to 1,798 for December": a bare number set
     * against a rate just before it is a rate of the same kind. It takes the rate only when its own
     * words name none and nothing but the comparison stands between the two.
     */
    private Rate rateOrCompared(String text, Quantity quantity, List<ExtractedClaim> before) {
        Rate own = rate(text, quantity);
        if (own != Rate.NONE || quantity.form() != Quantity.Form.COUNT) {
            return own;
        }
        return setAgainst(text, quantity, before)
                .filter(previous -> previous.rate() != Rate.NONE && previous.qualifier() != Qualifier.CHANGE)
                .map(ExtractedClaim::rate)
                .orElse(own);
    }

    /**
     * "28% of encounters in fiscal 2024, up from 17% a year earlier": a percentage set against one
     * just before it is the same kind of figure (a share, or a change) for the earlier period, not a
     * change because "up" stands before it.
     */
    private Qualifier qualifierOrCompared(String text, Quantity quantity, List<ExtractedClaim> before) {
        Qualifier own = qualifiers.find(text, quantity);
        if (quantity.form() != Quantity.Form.PERCENT) {
            return own;
        }
        return setAgainst(text, quantity, before).map(ExtractedClaim::qualifier).orElse(own);
    }

    /**
     * The figure just before {@code quantity}, of the same form, that the words between set it against
     * ("compared to", "from", "than"), with nothing but the comparison between the two.
     */
    private static Optional<ExtractedClaim> setAgainst(String text, Quantity quantity, List<ExtractedClaim> before) {
        if (before.isEmpty()) {
            return Optional.empty();
        }
        ExtractedClaim previous = before.get(before.size() - 1);
        Quantity earlier = previous.quantity().orElseThrow();
        if (earlier.form() != quantity.form() || quantity.start() - earlier.end() > COMPARED_REACH) {
            return Optional.empty();
        }
        String between = text.substring(earlier.end(), quantity.start());
        return COMPARED_WITH.matcher(between).find() && !between.contains(";")
                ? Optional.of(previous)
                : Optional.empty();
    }

    private Rate rate(String text, Quantity quantity) {
        if (perDay.fires(text, quantity)) {
            return Rate.PER_DAY;
        }
        String before = text.substring(Math.max(0, quantity.start() - 45), quantity.start());
        if (PER_WEEK_AFTER.matcher(text.substring(quantity.end())).find()
                || PER_WEEK_BEFORE.matcher(before).find()) {
            return Rate.PER_WEEK;
        }
        if (PER_MONTH_AFTER.matcher(text.substring(quantity.end())).find()
                || PER_MONTH_BEFORE
                        .matcher(text.substring(Math.max(0, quantity.start() - 160), quantity.start()))
                        .find()) {
            return Rate.PER_MONTH;
        }
        if (PER_YEAR_AFTER.matcher(text.substring(quantity.end())).find()) {
            return Rate.PER_YEAR;
        }
        return AVERAGE_BEFORE.matcher(before).find() ? Rate.AVERAGE : Rate.NONE;
    }

    private static boolean isDifference(String text, Quantity quantity) {
        return DIFFERENCE_AFTER.matcher(text.substring(quantity.end())).find()
                || DIFFERENCE_BEFORE
                        .matcher(text.substring(Math.max(0, quantity.start() - 40), quantity.start()))
                        .find();
    }

    /**
     * The direction and the bases of a comparison. A period written just after "than", "from",
     * "compared with" or "over" that follows the number is a base ("68% lower than in August
     * 2023", "down 21% from 46,666 in June"); "from June to July" is July against June.
     */
    private ChangeWords change(
            SentenceMentions mentions,
            Quantity quantity,
            boolean yearBefore,
            boolean difference,
            boolean relative,
            Set<Integer> baseMentions) {
        String text = mentions.text();
        List<Period> bases = new ArrayList<>();
        boolean samePeriod = false;
        for (PeriodRule.Located located : mentions.periods()) {
            // "77,794 during the same period in fiscal year 2018 -- a 456.4 percent increase": the year of the base,
            // whose months are the claim's own a year back.
            if (SAME_PERIOD
                    .matcher(text.substring(Math.max(0, located.start() - 40), located.start()))
                    .find()) {
                baseMentions.add(located.start());
                samePeriod = true;
                continue;
            }
            // "Increased 33 percent from June to July": the range names the base and the period at once;
            // "-9% from 2023": one period after "from" is the base whole.
            int gap = located.start() - quantity.end();
            if (gap >= 0
                    && gap <= BASE_REACH
                    && located.mention().afterFrom()
                    && !mentions.figureBetween(quantity.end(), located.start())) {
                bases.add(located.mention().base());
                baseMentions.add(located.start());
            }
        }
        // "Between FY2018 and FY2019, family-unit apprehensions ... rose more than fourfold": a range that opens the
        // sentence before a change or a multiple, with no figure between, is its base and its period too.
        for (PeriodRule.Located located : mentions.periods()) {
            int gap = quantity.start() - located.end();
            if (relative
                    && bases.isEmpty()
                    && !yearBefore
                    && gap >= 0
                    && gap <= RANGE_BEFORE_REACH
                    && located.mention().isRange()
                    && text.substring(0, located.start()).isBlank()
                    && !mentions.figureBetween(located.end(), quantity.start())) {
                bases.add(located.mention().base());
                baseMentions.add(located.start());
            }
        }
        for (PeriodRule.Located located : mentions.statedPeriods()) {
            int gap = quantity.start() - located.end();
            if (gap >= 0
                    && gap <= BASE_REACH
                    && !baseMentions.contains(located.start())
                    && !mentions.figureBetween(located.end(), quantity.start())
                    && COMPARED_LEAD
                            .matcher(text.substring(Math.max(0, located.start() - 40), located.start()))
                            .find()) {
                bases.add(located.mention().base());
                baseMentions.add(located.start());
            }
        }
        if (quantity.form() == Quantity.Form.MULTIPLE) {
            multipleBase(mentions, quantity, bases, baseMentions);
        }
        // "Have fallen 64 percent since May 2019": the month a change runs from is its base.
        if (relative && bases.isEmpty()) {
            for (PeriodRule.Located located : mentions.periods()) {
                if (located.mention().sinceMonth() && !baseMentions.contains(located.start())) {
                    bases.add(Period.month(located.mention().periods().get(0).first()));
                    baseMentions.add(located.start());
                    break;
                }
            }
        }
        // "4% above FY22": the period straight after "above" or "below" is the base.
        Matcher above = ABOVE_BELOW.matcher(text).region(quantity.end(), text.length());
        if (above.lookingAt()) {
            for (PeriodRule.Located located : mentions.statedPeriods()) {
                if (located.start() == above.end() && !baseMentions.contains(located.start())) {
                    bases.add(located.mention().base());
                    baseMentions.add(located.start());
                }
            }
        }
        Matcher connective = CONNECTIVE.matcher(text);
        while (connective.find()) {
            if (connective.start() < quantity.start()) {
                continue;
            }
            for (PeriodRule.Located located : mentions.statedPeriods()) {
                if (!mayBeBase(located, connective.end(), baseMentions)) {
                    continue;
                }
                if (mentions.figureBetween(connective.end(), located.start())
                        && !text.substring(connective.end(), located.start())
                                .matches("(?s)\\s*[\\d,.]+\\s*(?:\\p{L}+\\s+){0,2}(?:in|during|for)?\\s*")) {
                    continue;
                }
                bases.add(located.mention().base());
                baseMentions.add(located.start());
            }
        }
        int from = Math.max(0, quantity.start() - QualifierRule.EXCEEDED_REACH);
        Matcher exceeded = QualifierRule.EXCEEDED_BY.matcher(text.substring(from, quantity.start()));
        boolean exceeds = exceeded.find();
        if (exceeds) {
            int verbEnd = from + exceeded.end(1);
            for (PeriodRule.Located located : mentions.statedPeriods()) {
                if (located.start() >= verbEnd
                        && located.end() <= quantity.start()
                        && !baseMentions.contains(located.start())) {
                    bases.add(located.mention().base());
                    baseMentions.add(located.start());
                }
            }
        }
        return new ChangeWords(
                exceeds ? 1 : direction(text, quantity),
                bases,
                yearBefore || samePeriod,
                PREVIOUS.matcher(text).find(),
                difference,
                baseCount(mentions, quantity));
    }

    /**
     * The count written for a change's base: straight after "than", "from", "compared with" or
     * "over" that follows the change ("about 20% higher than the 252,315 encounters recorded a year
     * earlier", "down 21% from 46,666 in June", "dropped 25 percent from 2023 to 2024 (from 2,045,838
     * ..."), with no other count between; never a year or a span ("one year ago").
     */
    private Optional<ExtractedClaim.RecordFigure> baseCount(SentenceMentions mentions, Quantity quantity) {
        String text = mentions.text();
        Matcher connective = CONNECTIVE.matcher(text);
        int at = quantity.end();
        while (connective.find(at) && !mentions.countBetween(quantity.end(), connective.start())) {
            int from = connective.end();
            Optional<Quantity> count = mentions.quantities().stream()
                    .filter(q -> q.start() >= from
                            && q.form() == Quantity.Form.COUNT
                            && BASE_COUNT_LEAD
                                    .matcher(text.substring(from, q.start()))
                                    .matches()
                            && !SPAN_AFTER.matcher(text.substring(q.end())).lookingAt()
                            && !ClauseGroups.isYear(q)
                            && !mentions.inPeriod(q))
                    .findFirst();
            if (count.isPresent()) {
                return count.map(q -> new ExtractedClaim.RecordFigure(q, qualifiers.bound(text, q)));
            }
            at = connective.end();
        }
        return Optional.empty();
    }

    /**
     * A multiple's base: the period after "as" ("four times as many ... in fiscal 2022 as in fiscal
     * 2020"), or the period that the words straight after the multiple name ("three times the level
     * of December 2024", "triple those of 2019", "double the December 2024 total").
     */
    private static void multipleBase(
            SentenceMentions mentions, Quantity quantity, List<Period> bases, Set<Integer> baseMentions) {
        String text = mentions.text();
        for (PeriodRule.Located located : mentions.statedPeriods()) {
            if (!mayBeBase(located, quantity.end(), baseMentions)
                    || mentions.countBetween(quantity.end(), located.start())) {
                continue;
            }
            // A period's words may open with its preposition ("in December", "of 2019"): it belongs to what is between.
            Matcher preposition = LEADING_PREPOSITION.matcher(located.mention().words());
            String between = text.substring(quantity.end(), located.start())
                    + (preposition.lookingAt() ? preposition.group() : "");
            // "More than double the year before": a period whose own words open with "the" stands as the noun, unless
            // the multiple is a verb ("doubled the year before" is when it doubled).
            boolean theNoun = between.isBlank()
                    && located.mention().words().regionMatches(true, 0, "the ", 0, 4)
                    && !quantity.text().toLowerCase(java.util.Locale.ROOT).endsWith("ed");
            // "Nearly four times fiscal 2020's": a period in the possessive straight after the multiple is its base.
            boolean possessive =
                    between.isBlank() && (text.startsWith("'s", located.end()) || text.startsWith("’s", located.end()));
            if (theNoun
                    || possessive
                    || MULTIPLE_OF.matcher(between).matches()
                    || AS_IN.matcher(between).matches()) {
                bases.add(located.mention().base());
                baseMentions.add(located.start());
                return;
            }
        }
    }

    /**
     * Periods that name another figure set against this one ("about half the December figure", "below
     * the 2023 total"): what is compared with, never a figure's own period.
     */
    private static Map<Integer, Integer> referencedFigures(SentenceMentions mentions) {
        String text = mentions.text();
        Map<Integer, Integer> phrases = new java.util.HashMap<>();
        for (PeriodRule.Located located : mentions.periods()) {
            Matcher after = REFERENCE_AFTER.matcher(text.substring(located.end()));
            if (REFERENCE_BEFORE
                            .matcher(text.substring(Math.max(0, located.start() - 30), located.start()))
                            .find()
                    && after.lookingAt()) {
                phrases.put(located.start(), located.end() + after.end());
            }
        }
        return Map.copyOf(phrases);
    }

    /**
     * The periods a record phrase names as its baseline: its "since" is not the period it is about
     * ("the highest in a fiscal year to date since 2014" is about a fiscal year to date).
     */
    private static Set<Integer> sinceMentions(SentenceMentions mentions, RecordRule.Found record) {
        if (record.since().isEmpty()) {
            return Set.of();
        }
        String text = mentions.text();
        int since = Math.max(record.start(), text.toLowerCase(Locale.ROOT).lastIndexOf("since", record.end()));
        Set<Integer> starts = new HashSet<>();
        for (PeriodRule.Located located : mentions.periods()) {
            if (located.start() >= since && located.end() <= record.end()) {
                starts.add(located.start());
            }
        }
        return Set.copyOf(starts);
    }

    /** Whether a stated period written soon after {@code after}, and not yet a base, may be one. */
    private static boolean mayBeBase(PeriodRule.Located located, int after, Set<Integer> baseMentions) {
        int gap = located.start() - after;
        return gap >= 0 && gap <= BASE_REACH && !baseMentions.contains(located.start());
    }

    private static int direction(String text, Quantity quantity) {
        if (quantity.sign() != 0) {
            return quantity.sign();
        }
        // "An increase of 37.5% from July but still 89% below August 2024": "below" straight after the figure is
        // its own direction, whatever an earlier figure's words say.
        Matcher above = ABOVE_BELOW.matcher(text).region(quantity.end(), text.length());
        if (above.lookingAt()) {
            return above.group(1).equalsIgnoreCase("above") ? 1 : -1;
        }
        // "A decrease of more than 38 percent": the bound's "more than" says how precise, not which way.
        String before = BOUND_BEFORE
                .matcher(text.substring(Math.max(0, quantity.start() - 40), quantity.start()))
                .replaceFirst("");
        String after = text.substring(quantity.end(), Math.min(text.length(), quantity.end() + 30));
        int falling = lastMatch(FALLING, before);
        int rising = lastMatch(RISING, before);
        if (falling >= 0 || rising >= 0) {
            return falling > rising ? -1 : 1;
        }
        int fallingAfter = firstMatch(FALLING, after);
        int risingAfter = firstMatch(RISING, after);
        if (fallingAfter < 0 && risingAfter < 0) {
            return 0;
        }
        return risingAfter < 0 || fallingAfter >= 0 && fallingAfter < risingAfter ? -1 : 1;
    }

    private static int lastMatch(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        int last = -1;
        while (matcher.find()) {
            last = matcher.start();
        }
        return last;
    }

    private static int firstMatch(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.start() : -1;
    }

    private boolean tooSmallToCount(String text, Quantity quantity) {
        if (quantity.form() != Quantity.Form.COUNT || quantity.value() >= SMALL) {
            return false;
        }
        return !perDay.fires(text, quantity)
                && !PEOPLE_AFTER.matcher(text.substring(quantity.end())).find()
                && !inSeries(text, quantity);
    }

    /** A small count at the end of a series of dated figures, larger ones before it. */
    private boolean inSeries(String text, Quantity quantity) {
        return SERIES_BEFORE.matcher(text.substring(0, quantity.start())).find()
                && SERIES_AFTER.matcher(text.substring(quantity.end())).find()
                && quantities.find(text.substring(0, quantity.start())).stream()
                        .anyMatch(q -> q.form() == Quantity.Form.COUNT && q.value() >= SMALL);
    }

    /**
     * "Tucson agents apprehended more than twice as many migrants as the El Paso sector did": a multiple
     * of another sector or group in the same period, which the readings (a period against another) do
     * not compare; said so rather than misread.
     */
    private static Optional<String> otherPlaceOrGroupBase(SentenceMentions mentions, Quantity quantity) {
        if (quantity.form() != Quantity.Form.MULTIPLE) {
            return Optional.empty();
        }
        String text = mentions.text();
        Matcher as = AS_OTHER.matcher(text).region(quantity.end(), text.length());
        if (!as.lookingAt()) {
            return Optional.empty();
        }
        int at = as.end();
        // "... in fiscal 2021 as the Tucson sector did in fiscal 2020": the same place is a base in time.
        boolean other = mentions.places().stream()
                        .anyMatch(p -> p.start() == at
                                && mentions.places().stream()
                                        .noneMatch(q -> q.end() <= quantity.start()
                                                && q.slug().equals(p.slug())))
                || mentions.groups().stream()
                        .anyMatch(g -> g.start() == at
                                && mentions.groups().stream()
                                        .noneMatch(h -> h.end() <= quantity.start()
                                                && h.slug().equals(g.slug())));
        return other
                ? Optional.of("it compares one sector or group with another, which the checker does not read yet")
                : Optional.empty();
    }

    private static final Pattern AS_OTHER = Pattern.compile(
            "(?i)\\s+(?:as\\s+(?:many|much|often)\\b[^;:.]{0,60}?\\bas|(?:more|higher|larger)\\s+than)\\s+(?:the\\s+)?");

    private static Optional<String> reason(Optional<String> cannot, MeasureWording measure) {
        if (measure.measure().isEmpty()) {
            return Optional.of(
                    measure.name().equals("got-aways")
                            ? "got-aways (people who evaded capture) are not in the official encounter data"
                            : "the official encounter data do not count %s".formatted(measure.words()));
        }
        return cannot;
    }
}
