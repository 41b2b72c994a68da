package dev.frontera.claims;

import dev.frontera.claims.internal.extract.ChangeVerbs;
import dev.frontera.claims.internal.extract.ClaimExtractor;
import dev.frontera.claims.internal.extract.GroupRule;
import dev.frontera.claims.internal.extract.PeriodRule;
import dev.frontera.claims.internal.extract.PlaceMention;
import dev.frontera.claims.internal.extract.SentenceMentions;
import dev.frontera.claims.internal.verify.CandidateEvaluator;
import dev.frontera.claims.reading.Aggregate;
import dev.frontera.claims.reading.Figure;
import dev.frontera.claims.reading.Reading;
import dev.frontera.core.FronteraException;
import dev.frontera.core.Verdict;
import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.dimension.Region;
import dev.frontera.core.period.Period;
import dev.frontera.core.query.Measure;
import dev.frontera.core.query.OfficialRecord;
import dev.frontera.core.query.Total;
import dev.frontera.surges.SeasonalBaseline;
import dev.frontera.surges.Typical;
import dev.frontera.surges.model.Fit;
import dev.frontera.surges.series.MonthlySeries;
import dev.frontera.surges.series.SeriesSpec;
import dev.frontera.text.Sentence;
import dev.frontera.text.SentenceSplitter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Claims about seasons ("higher than is typical for December", "the usual seasonal dip") as
 * claims of kind {@code season}: the series the sentence names (southwest encounters unless it
 * says otherwise) is compared with the seasonal baseline for the month, which is estimated from
 * the months before it and never from the month itself. The model's interval decides: a figure
 * inside the usual range on the other side of the expected value is not called wrong.
 */
final class SeasonCheck {
    static final String KIND = "season";

    private static final String MONTH =
            "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
    private static final String TIME_OF_YEAR = "(?:(?:this|that|the)\\s+time\\s+of\\s+(?:the\\s+)?year|the\\s+season|"
            + "(?:the\\s+month\\s+of\\s+)?" + MONTH + "|(?:a|an)\\s+" + MONTH + ")";
    /**
     * "higher than is typical for December", "above normal for this time of year", "unusually high for June": the
     * season must be named, since "higher than expected" alone speaks of forecasts, not of the season.
     */
    private static final Pattern COMPARED =
            Pattern.compile("(?i)\\b(?:(higher|more|greater|larger|above|lower|fewer|less|"
                    + "smaller|below)\\s+(?:than\\s+)?(?:is\\s+|was\\s+|what\\s+is\\s+)?(?:typical|usual|normal|expected|"
                    + "customary)|unusually\\s+(high|low|busy|quiet|strong|weak))\\s+(?:for|in|during)\\s+"
                    + TIME_OF_YEAR);
    /** "above the seasonal norm", "below seasonal averages". */
    private static final Pattern AGAINST_NORM = Pattern.compile(
            "(?i)\\b(above|below)\\s+(?:the\\s+)?(?:seasonal|usual\\s+seasonal)\\s+(?:norms?|averages?|levels?|trends?|patterns?)\\b");
    /** "the usual seasonal dip", "a typical summer slowdown", "the customary winter rise". */
    private static final Pattern SEASONAL_MOVE = Pattern.compile("(?i)\\b(?:(?:usual|typical|normal|customary|"
            + "traditional|expected|annual|regular)\\s+(?:seasonal|summer|winter|holiday|spring|fall|autumn)|seasonal)"
            + "\\s+(dip|decline|drop|downturn|slowdown|slow-down|lull|decrease|fall|falloff|slump|rise|increase|uptick|"
            + "upswing|surge|spike|jump|upturn|climb)s?\\b");

    private static final Set<String> DOWN_WORDS = Set.of(
            "lower",
            "fewer",
            "less",
            "smaller",
            "below",
            "low",
            "quiet",
            "weak",
            "dip",
            "decline",
            "drop",
            "downturn",
            "slowdown",
            "slow-down",
            "lull",
            "decrease",
            "fall",
            "falloff",
            "slump");
    private static final Pattern BORDER_PATROL =
            Pattern.compile("(?i)\\bBorder Patrol\\b|\\bapprehen(?:sions?|ded)\\b|\\bbetween (?:the )?ports\\b");
    private static final Pattern FIELD_OPERATIONS =
            Pattern.compile("(?i)\\bports? of entry\\b|\\bField Operations\\b|\\bOFO\\b|\\binadmissibles?\\b");

    /** A verdict on the record's side of the interval is firm; inside it, less so. */
    private static final double OUTSIDE_CONFIDENCE = 0.85;

    private static final double INSIDE_CONFIDENCE = 0.6;

    private final SeasonalBaseline baseline;
    private final OfficialRecord record;
    private final ClaimExtractor extractor = new ClaimExtractor();

    SeasonCheck(OfficialRecord record) {
        this.record = java.util.Objects.requireNonNull(record, "record is null");
        this.baseline = SeasonalBaseline.over(record);
    }

    /** The claims about seasons in {@code text}, with offsets into it. */
    List<CheckedClaim> check(String text, SentenceSplitter splitter, LocalDate published) {
        // Most texts make no claim about a season: split only those where one of the wordings occurs.
        if (!mayHold(text)) {
            return List.of();
        }
        List<CheckedClaim> claims = new ArrayList<>();
        for (Sentence sentence : splitter.split(text, SeasonCheck::mayHold)) {
            find(sentence.text())
                    .ifPresent(found -> claims.add(judge(
                            sentence,
                            found,
                            sentence.offset() + found.start(),
                            sentence.offset() + found.end(),
                            published)));
        }
        return claims;
    }

    /**
     * {@code unusual}: the words say "unusually", so a figure inside the usual range does not bear them out.
     * {@code againstIt}: the sentence sets the month against the season ("December typically sees a seasonal lull,
     * but ... jumped"), so the claim is the season's way alone.
     */
    private record Found(
            Subject.Season.Claim claim, int start, int end, String words, boolean unusual, boolean againstIt) {}

    private static final Pattern CONTRAST = Pattern.compile(
            "(?i)\\b(?:but|yet|however|although|though|despite|instead|bucking|defying|contrary to)\\b");
    private static final Pattern ROSE =
            Pattern.compile("(?i)\\b(?:" + ChangeVerbs.RISE + "|went up|was up|were up)\\b");
    private static final Pattern FELL =
            Pattern.compile("(?i)\\b(?:" + ChangeVerbs.FALL + "|went down|was down|were down)\\b");

    /**
     * Whether the sentence sets the month against the season: a contrast ("but", "despite") and, after
     * it, a move the other way ("... seasonal lull, but encounters jumped").
     */
    private static boolean setAgainst(String sentence, boolean seasonDown) {
        Matcher contrast = CONTRAST.matcher(sentence);
        return contrast.find()
                && (seasonDown ? ROSE : FELL)
                        .matcher(sentence.substring(contrast.end()))
                        .find();
    }

    private static boolean mayHold(String text) {
        return SEASONAL_MOVE.matcher(text).find()
                || COMPARED.matcher(text).find()
                || AGAINST_NORM.matcher(text).find();
    }

    private static Optional<Found> find(String sentence) {
        for (Pattern pattern : List.of(SEASONAL_MOVE, COMPARED, AGAINST_NORM)) {
            Matcher matcher = pattern.matcher(sentence);
            if (matcher.find()) {
                String direction = matcher.group(1) != null
                        ? matcher.group(1)
                        : matcher.groupCount() > 1 && matcher.group(2) != null ? matcher.group(2) : "";
                boolean down = DOWN_WORDS.contains(direction.toLowerCase(Locale.ROOT));
                Subject.Season.Claim claim = pattern == SEASONAL_MOVE
                        ? (down ? Subject.Season.Claim.USUAL_DIP : Subject.Season.Claim.USUAL_RISE)
                        : (down ? Subject.Season.Claim.BELOW_TYPICAL : Subject.Season.Claim.ABOVE_TYPICAL);
                boolean unusual = pattern == COMPARED && matcher.group(2) != null;
                boolean againstIt = pattern == SEASONAL_MOVE && setAgainst(sentence, down);
                return Optional.of(
                        new Found(claim, matcher.start(), matcher.end(), matcher.group(), unusual, againstIt));
            }
        }
        return Optional.empty();
    }

    private CheckedClaim judge(Sentence sentence, Found found, int start, int end, LocalDate published) {
        String text = sentence.text();
        Optional<String> unanswerable = Optional.empty();
        Map<Dimension, Set<String>> filters = new EnumMap<>(Dimension.class);
        SentenceMentions mentions = extractor.mentions(sentence, published);
        for (GroupRule.Mention group : mentions.groups()) {
            filters.computeIfAbsent(group.dimension(), d -> new java.util.HashSet<>())
                    .add(group.slug());
        }
        Region region = Region.SOUTHWEST;
        for (PlaceMention place : mentions.places()) {
            switch (place.kind()) {
                case REGION -> region = place.region();
                case AREA ->
                    filters.computeIfAbsent(Dimension.AREA, d -> new java.util.HashSet<>())
                            .add(place.slug());
                case STATE ->
                    filters.computeIfAbsent(Dimension.STATE, d -> new java.util.HashSet<>())
                            .add(place.slug());
            }
        }
        if (filters.values().stream().anyMatch(values -> values.size() > 1)) {
            unanswerable = Optional.of("it names several groups or places at once, and the baseline is for one series");
        }
        Measure measure = BORDER_PATROL.matcher(text).find()
                ? Measure.USBP_ENCOUNTERS
                : FIELD_OPERATIONS.matcher(text).find() ? Measure.OFO_ENCOUNTERS : Measure.ENCOUNTERS;
        SeriesSpec spec = SeriesSpec.of(measure, region);
        for (Map.Entry<Dimension, Set<String>> filter : filters.entrySet()) {
            spec = spec.with(filter.getKey(), filter.getValue().iterator().next());
        }
        Optional<YearMonth> month;
        try {
            month = month(mentions, published, spec);
        } catch (FronteraException e) {
            month = Optional.empty();
            unanswerable = unanswerable.or(() -> Optional.of(e.getMessage()));
        }
        Reading reading = Reading.of(
                measure,
                region,
                filters,
                Period.month(month.orElse(YearMonth.from(published).minusMonths(1))),
                Aggregate.TOTAL);
        Asked asked = new Asked(new Subject.Season(reading, found.claim()), sentence, start, end, found);
        if (unanswerable.isPresent() || month.isEmpty()) {
            return asked.unverifiable(
                    "Unverifiable: " + unanswerable.orElse("the sentence names no month the record holds") + ".");
        }
        try {
            Typical typical = baseline.typicalFor(spec, month.get(), Optional.empty());
            if (typical.actual().isEmpty()) {
                return asked.unverifiable(String.format(
                        Locale.ROOT, "Unverifiable: %s for %s is not published yet.", spec.phrase(), month.get()));
            }
            return switch (found.claim()) {
                case ABOVE_TYPICAL, BELOW_TYPICAL -> againstTypical(asked, typical);
                case USUAL_DIP, USUAL_RISE -> seasonalMove(asked, typical);
            };
        } catch (FronteraException e) {
            return asked.unverifiable("Unverifiable: " + e.getMessage() + ".");
        }
    }

    /** The month named in the sentence, or else the newest month published by the article's date. */
    private Optional<YearMonth> month(SentenceMentions mentions, LocalDate published, SeriesSpec spec) {
        for (PeriodRule.Located located : mentions.periods()) {
            List<Period> named = located.mention().periods();
            if (named.size() == 1 && named.get(0).kind() == Period.Kind.MONTH) {
                return Optional.of(named.get(0).first());
            }
        }
        MonthlySeries known = baseline.series(spec, Optional.of(published));
        return Optional.of(known.last());
    }

    private CheckedClaim againstTypical(Asked asked, Typical typical) {
        Found found = asked.found();
        long actual = typical.actual().orElseThrow();
        boolean claimedAbove = found.claim() == Subject.Season.Claim.ABOVE_TYPICAL;
        double expected = typical.expected().expected();
        String range = String.format(
                Locale.ROOT,
                "the seasonal baseline for %s expected about %,d (80%% interval %,d to %,d)",
                typical.month(),
                Math.round(expected),
                Math.round(typical.expected().low()),
                Math.round(typical.expected().high()));
        String official =
                String.format(Locale.ROOT, "%s in %s: %,d", typical.series().phrase(), typical.month(), actual);
        boolean onClaimedSide = claimedAbove ? actual > expected : actual < expected;
        boolean outside = claimedAbove
                ? actual > typical.expected().high()
                : actual < typical.expected().low();
        boolean outsideOtherWay = claimedAbove
                ? actual < typical.expected().low()
                : actual > typical.expected().high();
        Optional<Figure> figure = official(asked);
        if (onClaimedSide && found.unusual() && !outside) {
            return asked.judged(
                    figure,
                    Verdict.UNVERIFIABLE,
                    INSIDE_CONFIDENCE,
                    String.format(
                            Locale.ROOT,
                            "Unverifiable: %s; %s: %s the expected value but within the usual range,"
                                    + " so the baseline does not bear out \"unusually\".",
                            official,
                            range,
                            claimedAbove ? "above" : "below"));
        }
        if (onClaimedSide) {
            return asked.judged(
                    figure,
                    Verdict.ACCURATE,
                    outside ? OUTSIDE_CONFIDENCE : INSIDE_CONFIDENCE,
                    String.format(
                            Locale.ROOT,
                            "Accurate: %s; %s, so it is %s%s.",
                            official,
                            range,
                            claimedAbove ? "above" : "below",
                            outside ? " the usual range" : " the expected value, within the usual range"));
        }
        if (outsideOtherWay) {
            return asked.judged(
                    figure,
                    Verdict.INACCURATE,
                    OUTSIDE_CONFIDENCE,
                    String.format(
                            Locale.ROOT,
                            "Inaccurate: %s; %s, so it is %s the usual range, not %s it.",
                            official,
                            range,
                            claimedAbove ? "below" : "above",
                            claimedAbove ? "above" : "below"));
        }
        return asked.judged(
                figure,
                Verdict.UNVERIFIABLE,
                INSIDE_CONFIDENCE,
                String.format(
                                Locale.ROOT,
                                "Unverifiable: %s; %s: within the usual range, on the other side of the expected value, so the",
                                official,
                                range)
                        + String.format(
                                Locale.ROOT,
                                " record shows it neither clearly %s nor clearly %s typical.",
                                claimedAbove ? "above" : "below",
                                claimedAbove ? "below" : "above"));
    }

    private CheckedClaim seasonalMove(Asked asked, Typical typical) {
        Found found = asked.found();
        boolean claimedDown = found.claim() == Subject.Season.Claim.USUAL_DIP;
        YearMonth month = typical.month();
        Optional<Long> before =
                baseline.series(typical.series(), Optional.empty()).valueOf(month.minusMonths(1));
        if (before.isEmpty() || before.get() == 0) {
            return asked.unverifiable(String.format(
                    Locale.ROOT,
                    "Unverifiable: the record holds no figure for %s to compare %s with.",
                    month.minusMonths(1),
                    month));
        }
        long actual = typical.actual().orElseThrow();
        double days = month.lengthOfMonth();
        double daysBefore = month.minusMonths(1).lengthOfMonth();
        double countChange = (double) actual / before.get() - 1;
        double rateChange = (actual / days) / (before.get() / daysBefore) - 1;
        // The model's usual change is per day; February's short month turns a steady rate into a drop in the count.
        Fit.UsualChange usual = typical.usualChange();
        double usualCount = (1 + usual.median()) * days / daysBefore - 1;
        boolean movedAsClaimed = claimedDown ? countChange < 0 || rateChange < 0 : countChange > 0 || rateChange > 0;
        boolean movedAgainst = claimedDown ? countChange > 0 && rateChange > 0 : countChange < 0 && rateChange < 0;
        boolean usuallyAsClaimed =
                claimedDown ? usual.median() < 0 || usualCount < 0 : usual.median() > 0 || usualCount > 0;
        // Sure the season goes the other way only when most years' change (the 10% to 90% range) does.
        boolean usuallyAgainst = claimedDown ? usual.low() > 0 : usual.high() < 0;
        String moved = String.format(
                Locale.ROOT,
                "%s went from %,d in %s to %,d in %s (%+.1f%%, %+.1f%% per day)",
                typical.series().phrase(),
                before.get(),
                month.minusMonths(1),
                actual,
                month,
                countChange * 100,
                rateChange * 100);
        String season = String.format(
                Locale.ROOT,
                "over %d years the usual change into %s is %+.1f%% per day (most years %+.1f%% to %+.1f%%)",
                usual.years(),
                month.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH),
                usual.median() * 100,
                usual.low() * 100,
                usual.high() * 100);
        Optional<Figure> figure = official(asked);
        String way = claimedDown ? "fall" : "rise";
        if (found.againstIt()) {
            // The writer says this month went against the season: only the season's way is claimed.
            Verdict verdict =
                    usuallyAgainst ? Verdict.INACCURATE : usuallyAsClaimed ? Verdict.ACCURATE : Verdict.UNVERIFIABLE;
            return asked.judged(
                    figure,
                    verdict,
                    verdict == Verdict.UNVERIFIABLE ? INSIDE_CONFIDENCE : OUTSIDE_CONFIDENCE,
                    String.format(
                            Locale.ROOT,
                            "%s: the sentence sets this month against the season, so the season's way is the claim:"
                                    + " %s (%s).",
                            switch (verdict) {
                                case ACCURATE -> "Accurate";
                                case INACCURATE -> "Inaccurate";
                                default -> "Unverifiable";
                            },
                            season,
                            moved));
        }
        if (movedAgainst) {
            return asked.judged(
                    figure,
                    Verdict.INACCURATE,
                    OUTSIDE_CONFIDENCE,
                    String.format(Locale.ROOT, "Inaccurate: %s, no %s; %s.", moved, way, season));
        }
        if (movedAsClaimed && usuallyAgainst) {
            return asked.judged(
                    figure,
                    Verdict.INACCURATE,
                    INSIDE_CONFIDENCE,
                    String.format(
                            Locale.ROOT, "Inaccurate: %s, but that is not the season's usual way: %s.", moved, season));
        }
        if (movedAsClaimed && usuallyAsClaimed) {
            return asked.judged(
                    figure,
                    Verdict.ACCURATE,
                    OUTSIDE_CONFIDENCE,
                    String.format(Locale.ROOT, "Accurate: %s; %s.", moved, season));
        }
        return asked.judged(
                figure,
                Verdict.UNVERIFIABLE,
                INSIDE_CONFIDENCE,
                String.format(
                        Locale.ROOT, "Unverifiable: %s; %s: the record does not settle it either way.", moved, season));
    }

    /** The month's official figure as the record answers it, citing the release that holds that month. */
    private Optional<Figure> official(Asked asked) {
        Total total = record.total(asked.subject().reading().query(Optional.empty()));
        return Optional.of(new Figure(total.value(), CandidateEvaluator.citation(total.releases())));
    }

    /** What a season claim's verdict is about: the claim, its sentence and where it stands in the text. */
    private record Asked(Subject.Season subject, Sentence sentence, int start, int end, Found found) {
        CheckedClaim judged(Optional<Figure> official, Verdict verdict, double confidence, String explanation) {
            return new CheckedClaim(
                    subject,
                    sentence.text(),
                    start,
                    end,
                    found.words(),
                    OptionalDouble.empty(),
                    found.claim().slug(),
                    official,
                    Optional.empty(),
                    verdict,
                    confidence,
                    explanation,
                    List.of());
        }

        CheckedClaim unverifiable(String explanation) {
            return judged(Optional.empty(), Verdict.UNVERIFIABLE, 0.5, explanation);
        }
    }
}
