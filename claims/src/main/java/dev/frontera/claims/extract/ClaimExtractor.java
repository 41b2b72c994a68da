package dev.frontera.claims.extract;

import dev.frontera.claims.numbers.Quantity;
import dev.frontera.claims.numbers.QuantityFinder;
import dev.frontera.claims.text.Sentence;
import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.period.Period;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the checkable claims of a sentence by running the rules: each number that is not
 * excluded by {@link NotStatisticRule} becomes a claim with its qualifier, measure, place,
 * period, rate and groups; a record phrase becomes a claim of its own. Sentences that say
 * nothing about migration or the border are skipped. Stateless after construction; thread-safe.
 */
public final class ClaimExtractor {
    private static final Pattern ABOUT_MIGRATION = Pattern.compile("(?i)migra|immigra|border|asylum|encounter|apprehen|cross|"
            + "\\bcbp\\b|deport|expel|expuls|got[- ]?away|detain|arrest|unaccompanied|\\buacs?\\b|entering|entries|ports? of entry");
    private static final Pattern PEOPLE_AFTER = Pattern.compile("(?i)^\\s*(?:\\p{L}+\\s+){0,2}?(?:migrants?|people|persons|individuals"
            + "|encounters|apprehensions|arrests|crossings|children|minors|families|adults|asylum|immigrants|nationals|times)\\b");
    private static final int SMALL = 100;
    private static final Pattern BASE_CONNECTIVE = Pattern.compile("(?i)\\b(?:than|compared (?:to|with)|from|versus|vs\\.?)\\s+");

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

    /** Whether a sentence is worth reading at all: it must mention migration or the border. */
    public static boolean mayHoldClaims(String sentence) {
        return ABOUT_MIGRATION.matcher(sentence).find();
    }

    public List<ExtractedClaim> extract(Sentence sentence, LocalDate published) {
        return extract(sentence, published, Optional.empty());
    }

    /**
     * The claims of {@code sentence}; a claim whose sentence states no period takes {@code context}'s,
     * the period stated by the sentence before it or the headline ("In November, ... Of those, 1,114 were...").
     */
    public List<ExtractedClaim> extract(Sentence sentence, LocalDate published, Optional<PeriodMention> context) {
        String text = sentence.text();
        if (!mayHoldClaims(text)) {
            return List.of();
        }
        Place place = places.find(text);
        List<Quantity> found = quantities.find(text);
        ClauseGroups clauseGroups = new ClauseGroups(text, groups.mentions(text), found);
        Map<Dimension, Set<String>> filters = withPlace(clauseGroups.sentenceWide(), place);
        Optional<String> cannot = unverifiable.find(text);
        boolean yearBefore = changeBase.fires(text);
        List<ExtractedClaim> claims = new ArrayList<>();
        for (Quantity quantity : found) {
            if (notStatistic.find(text, quantity).isPresent() || tooSmallToCount(text, quantity)) {
                continue;
            }
            boolean daily = perDay.fires(text, quantity);
            MeasureWording measure = measures.find(text, quantity.start());
            int phraseStart = qualifiers.phraseStart(text, quantity);
            Qualifier qualifier = qualifiers.find(text, quantity);
            PeriodMention period;
            boolean againstYearBefore = yearBefore;
            if (qualifier == Qualifier.CHANGE) {
                ChangePeriods change = changePeriods(text, phraseStart, quantity.end(), published);
                period = inContext(change.period(), context);
                if (change.base().isPresent() && period.periods().size() == 1) {
                    againstYearBefore = change.base().get().equals(period.periods().get(0).yearBefore())
                            || yearBefore && !change.base().get().equals(period.periods().get(0).previous());
                }
            } else {
                period = inContext(periods.find(text, phraseStart, quantity.end(), published, daily), context);
            }
            claims.add(new ExtractedClaim(sentence, Optional.of(quantity), phraseStart, quantity.end(),
                    qualifier, measure, place, period, daily, withPlace(clauseGroups.of(quantity), place), Optional.empty(),
                    reason(cannot, period, measure), againstYearBefore, false));
        }
        records.find(text, published).ifPresent(record -> {
            MeasureWording measure = measures.find(text, record.start());
            // The "since" of the record phrase is its baseline, not its period.
            String withoutPhrase = text.substring(0, record.start()) + " ".repeat(record.end() - record.start()) + text.substring(record.end());
            PeriodMention period = inContext(periods.find(withoutPhrase, record.start(), record.end(), published, false), context);
            claims.add(new ExtractedClaim(sentence, Optional.empty(), record.start(), record.end(), record.qualifier(), measure,
                    place, period, false, filters, record.since(), reason(cannot, period, measure), false, record.sinceAtLeast()));
        });
        claims.sort(java.util.Comparator.comparingInt(ExtractedClaim::phraseStart));
        return claims;
    }

    private static Map<Dimension, Set<String>> withPlace(Map<Dimension, Set<String>> groups, Place place) {
        Map<Dimension, Set<String>> filters = new EnumMap<>(Dimension.class);
        groups.forEach((dimension, values) -> filters.put(dimension, new HashSet<>(values)));
        place.areas().forEach((dimension, values) -> filters.computeIfAbsent(dimension, d -> new HashSet<>()).addAll(values));
        return filters;
    }

    /** The period this sentence states, if any, for the claims of the sentences after it. */
    public Optional<PeriodMention> statedPeriod(Sentence sentence, LocalDate published) {
        PeriodMention mention = periods.find(sentence.text(), 0, 0, published, false);
        // A day or a week does not carry over: the next sentence usually widens the view again.
        return mention.stated() && mention.partial().isEmpty() ? Optional.of(mention) : Optional.empty();
    }

    /**
     * The period of a change and the period it is measured against. "From June to July" is July
     * against June; a period after "than", "from" or "compared with" ("68% lower than in August 2023",
     * "down 21% from 46,666 in June") is a base, so it is masked before the claim's own period is read.
     */
    private ChangePeriods changePeriods(String text, int start, int end, LocalDate published) {
        PeriodMention direct = periods.find(text, start, end, published, false);
        if (direct.stated() && FROM_OR_BETWEEN_FIRST.matcher(direct.words()).matches() && direct.periods().size() == 1
                && direct.periods().get(0).length() >= 2) {
            Period range = direct.periods().get(0);
            PeriodMention last = new PeriodMention(List.of(Period.month(range.last())), Optional.empty(), false, true, Optional.empty(),
                    direct.words());
            return new ChangePeriods(last, Optional.of(Period.month(range.first())));
        }
        StringBuilder masked = new StringBuilder(text);
        Optional<Period> nearestBase = Optional.empty();
        int nearestDistance = Integer.MAX_VALUE;
        Matcher connective = BASE_CONNECTIVE.matcher(text);
        while (connective.find()) {
            String after = text.substring(connective.end(), Math.min(text.length(), connective.end() + 60));
            PeriodMention base = periods.find(after, 0, 0, published, false);
            int at = base.words().isEmpty() ? -1 : after.indexOf(base.words());
            if (!base.stated() || at < 0 || at > 35 || base.periods().size() != 1 || base.partial().isPresent()) {
                continue;
            }
            int from = connective.end() + at;
            int to = from + base.words().length();
            for (int i = from; i < to; i++) {
                masked.setCharAt(i, ' ');
            }
            int distance = Math.abs(connective.start() - end);
            if (connective.start() >= end && distance < nearestDistance) {
                nearestDistance = distance;
                nearestBase = Optional.of(base.periods().get(0));
            }
        }
        if (nearestBase.isEmpty()) {
            return new ChangePeriods(direct, Optional.empty());
        }
        return new ChangePeriods(periods.find(masked.toString(), start, end, published, false), nearestBase);
    }

    private record ChangePeriods(PeriodMention period, Optional<Period> base) {}

    private static PeriodMention inContext(PeriodMention period, Optional<PeriodMention> context) {
        return period.stated() || context.isEmpty() ? period : context.get();
    }

    private boolean tooSmallToCount(String text, Quantity quantity) {
        if (quantity.form() != Quantity.Form.COUNT || quantity.value() >= SMALL) {
            return false;
        }
        return !perDay.fires(text, quantity) && !PEOPLE_AFTER.matcher(text.substring(quantity.end())).find();
    }

    private static Optional<String> reason(Optional<String> cannot, PeriodMention period, MeasureWording measure) {
        if (measure.measure().isEmpty()) {
            return Optional.of(measure.name().equals("got-aways")
                    ? "got-aways (people who evaded capture) are not in the official encounter data"
                    : "the official encounter data do not count %s".formatted(measure.words()));
        }
        if (cannot.isPresent()) {
            return cannot;
        }
        return period.partial().map(window -> "it covers %s, and the official record is monthly".formatted(window));
    }

    // Compiled once: these run for every number found.
    private static final Pattern FROM_OR_BETWEEN_FIRST = Pattern.compile("(?is)^(?:from|between)\\s.*");
}
