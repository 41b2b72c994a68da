package dev.frontera.claims.internal.reading;

import dev.frontera.claims.internal.extract.ClaimExtractor;
import dev.frontera.claims.internal.extract.ExtractedClaim;
import dev.frontera.claims.internal.extract.SentenceMentions;
import dev.frontera.claims.reading.Aggregate;
import dev.frontera.claims.reading.Reading;
import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.dimension.Region;
import dev.frontera.core.period.Period;
import dev.frontera.core.query.Measure;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every reading the words allow for one figure: measures x places x periods x groups x ways of
 * combining counts (with their bases and wholes), each with the features it takes from the
 * words. Combinations that contradict themselves are left out (a Border Patrol sector counted at
 * ports of entry; Title 8 apprehensions outside the Title 42 years, where they equal all
 * apprehensions; a Title 8 filter on expulsions, or on a measure that is Title 8 already; a month
 * compared with a year or a run of months). The space is bounded: past {@link #MOST}, the readings that assume the most
 * are dropped.
 *
 * <pre>{@code
 * List<Candidate> candidates = CandidateSpace.build(claim, context, Optional.empty());
 * }</pre>
 */
public final class CandidateSpace {
    /** The most readings kept for one figure. */
    public static final int MOST = 400;

    private static final Pattern REFERS_BACK =
            Pattern.compile("(?i)^\\W*(?:of (?:those|them|these)|among (?:those|them|these)"
                    // "The number of unaccompanied children ... peaked" names what it counts: no pointer back.
                    + "|this|that|these|those|it|they"
                    + "|the (?:figure|number|total|increase|decrease|drop|rise|latest figure)(?!\\s+of\\b))\\b"
                    // "This month" and "this year" are the present, not text before; "that month" points back.
                    // "The same month a year ago", "the same period of fiscal 2023" name a base, not text before.
                    + "|\\b(?:that|the same) (?:figure|number|total|period|month|year|time frame)\\b"
                    + "(?!\\s+(?:a|one|two|three|last|the previous|the prior|of|in)\\b)"
                    + "|\\bthis (?:figure|number|total|period|time frame)\\b");
    // "... the total number of encounters from the previous year": a year before a date the sentence does not give.
    private static final Pattern RELATIVE_ONLY =
            Pattern.compile("(?i)\\b(?:the\\s+)?(?:previous|prior|preceding)\\s+(?:fiscal\\s+)?(?:year|month)\\b");
    private static final Pattern A_YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b|\\bFY\\s?\\d\\d\\b");
    private static final Option<Boolean> BACK = Option.of(true, Feature.REFERS_BACK);
    private static final YearMonth TITLE_42_FIRST = YearMonth.of(2020, 3);
    private static final YearMonth TITLE_42_LAST = YearMonth.of(2023, 5);

    private CandidateSpace() {}

    /** The sentence before is there and about migration: a sentence silent on it reads on from one the checker holds. */
    private static boolean previousAboutMigration(ClaimContext context) {
        return context.previous()
                .map(m -> ClaimExtractor.mayHoldClaims(m.sentence().text()))
                .orElse(false);
    }

    /**
     * The candidate readings of {@code claim}, those assuming least first. {@code pinned} picks
     * one period of a mention that names several ("both fiscal years 2022 and 2023").
     */
    public static List<Candidate> build(ExtractedClaim claim, ClaimContext context, Optional<Period> pinned) {
        if (claim.measure().measure().isEmpty()) {
            return List.of(); // got-aways, releases...: nothing the record counts, so nothing to read
        }
        List<Option<Measure>> measures = MeasureOptions.of(claim, context);
        List<Option<PlaceChoice>> places = PlaceOptions.of(claim, context);
        List<Option<Period>> periods = PeriodOptions.of(claim, context, pinned);
        List<Option<Map<Dimension, Set<String>>>> groups = GroupOptions.of(claim, context);
        List<Option<Aggregate>> aggregates = AggregateOptions.of(claim);
        // A sentence that says nothing of migration or the border ("The highest monthly total ever recorded
        // (18,715) was in March 2021") counts something named before it, as much as one that starts "This",
        // unless that is the sentence before, about migration, which the checker holds.
        boolean refersBack = REFERS_BACK.matcher(claim.mentions().text()).find()
                || !ClaimExtractor.mayHoldClaims(claim.mentions().text()) && !previousAboutMigration(context)
                || RELATIVE_ONLY.matcher(claim.mentions().text()).find()
                        && !A_YEAR.matcher(claim.mentions().text()).find();
        List<Period> sentencePeriods = periods.stream()
                .filter(p -> p.unanswerable().isEmpty())
                .map(Option::value)
                .toList();
        List<Option<Period>> pointedBases = pointedBases(claim, context);
        Map<Key, Candidate> readings = new LinkedHashMap<>();
        for (Option<Measure> measure : measures) {
            for (Option<PlaceChoice> place : places) {
                if (!fits(measure.value(), place.value())) {
                    continue;
                }
                for (Option<Period> period : periods) {
                    if (isTitle8Only(measure.value()) && !duringTitle42(period.value())) {
                        continue;
                    }
                    for (Option<Map<Dimension, Set<String>>> group : groups) {
                        for (Option<Aggregate> aggregate : aggregates) {
                            List<Option<?>> parts = new ArrayList<>(List.of(measure, place, period, group, aggregate));
                            if (refersBack) {
                                parts.add(BACK);
                            }
                            Optional<String> unanswerable =
                                    period.unanswerable().or(place::unanswerable);
                            Map<Dimension, Set<String>> filters = new EnumMap<>(Dimension.class);
                            filters.putAll(place.value().areas());
                            filters.putAll(group.value());
                            Measure m = counted(measure.value(), place.value());
                            Region region = place.value().region();
                            Aggregate how = aggregate.value();
                            if (how.isRank() && !ranks(claim, filters)) {
                                continue;
                            }
                            if (filters.containsKey(Dimension.TITLE) && (isTitle8Only(m) || m == Measure.EXPULSIONS)) {
                                continue; // the measure already says its title, or contradicts it
                            }
                            if (filters.containsKey(Dimension.COMPONENT) && m != Measure.EXPULSIONS) {
                                continue; // the component of expulsions; other measures say their own
                            }
                            if (how.hasBase()) {
                                List<Option<Period>> bases =
                                        new ArrayList<>(AggregateOptions.bases(claim, period.value(), sentencePeriods));
                                pointedBases.stream()
                                        .filter(b -> !b.value().equals(period.value()))
                                        .forEach(bases::add);
                                for (Option<Period> base : bases) {
                                    if (monthAgainstOther(period.value(), base.value())) {
                                        continue;
                                    }
                                    add(
                                            readings,
                                            new Reading(
                                                    m,
                                                    region,
                                                    filters,
                                                    period.value(),
                                                    how,
                                                    Optional.of(base.value()),
                                                    Optional.empty()),
                                            parts,
                                            base,
                                            unanswerable);
                                }
                            } else if (how == Aggregate.SHARE) {
                                for (Option<Reading.Whole> whole :
                                        AggregateOptions.wholes(m, place.value(), group.value())) {
                                    add(
                                            readings,
                                            new Reading(
                                                    m,
                                                    region,
                                                    filters,
                                                    period.value(),
                                                    how,
                                                    Optional.empty(),
                                                    Optional.of(whole.value())),
                                            parts,
                                            whole,
                                            unanswerable);
                                }
                            } else if (how.isStreak()) {
                                // "The third month in a row" ends at the month read; "since February" runs from it.
                                claim.streak()
                                        .orElseThrow()
                                        .window(period.value(), context.lastPublished())
                                        .ifPresent(run -> add(
                                                readings,
                                                Reading.of(m, region, filters, run, how),
                                                parts,
                                                null,
                                                unanswerable));
                            } else {
                                add(
                                        readings,
                                        Reading.of(m, region, filters, period.value(), how),
                                        parts,
                                        null,
                                        unanswerable);
                            }
                        }
                    }
                }
            }
        }
        List<Candidate> candidates = new ArrayList<>(readings.values());
        // A stable sort over the order the readings were built in: deterministic, and cheap.
        candidates.sort(Comparator.comparingInt(CandidateSpace::assumptions));
        return candidates.size() > MOST ? List.copyOf(candidates.subList(0, MOST)) : List.copyOf(candidates);
    }

    /** Two derivations of one reading are one candidate; the same reading behind an unanswerable reference is another. */
    private record Key(Reading reading, Optional<String> unanswerable) {}

    private static void add(
            Map<Key, Candidate> readings,
            Reading reading,
            List<Option<?>> parts,
            Option<?> extra,
            Optional<String> unanswerable) {
        Map<Feature, Integer> features = new EnumMap<>(Feature.class);
        for (Option<?> part : parts) {
            part.features().forEach((feature, count) -> features.merge(feature, count, Integer::sum));
        }
        if (extra != null) {
            extra.features().forEach((feature, count) -> features.merge(feature, count, Integer::sum));
        }
        Candidate candidate = new Candidate(reading, features, unanswerable);
        Key key = new Key(reading, unanswerable);
        Candidate known = readings.get(key);
        if (known == null || assumptions(candidate) < assumptions(known)) {
            readings.put(key, candidate);
        }
    }

    private static int assumptions(Candidate candidate) {
        return candidate.features().values().stream()
                .mapToInt(Integer::intValue)
                .sum();
    }

    /** Sectors are the Border Patrol's and field offices the ports': a reading must count what the place holds. */
    private static boolean fits(Measure measure, PlaceChoice place) {
        boolean borderPatrol = measure == Measure.USBP_ENCOUNTERS || measure == Measure.APPREHENSIONS;
        boolean ports = measure == Measure.OFO_ENCOUNTERS || measure == Measure.INADMISSIBLES;
        if (place.hasSectors()) {
            return borderPatrol || measure == Measure.EXPULSIONS || measure == Measure.ENCOUNTERS;
        }
        return !place.hasFieldOffices() || ports || measure == Measure.ENCOUNTERS || measure == Measure.EXPULSIONS;
    }

    /**
     * Every encounter in a sector is the Border Patrol's and at a field office the ports': "the Laredo
     * Field Office processed 215,060 migrants" counts the ports' encounters, which the record holds by office.
     */
    private static Measure counted(Measure measure, PlaceChoice place) {
        if (measure != Measure.ENCOUNTERS) {
            return measure;
        }
        if (place.hasSectors()) {
            return Measure.USBP_ENCOUNTERS;
        }
        return place.hasFieldOffices() ? Measure.OFO_ENCOUNTERS : measure;
    }

    /** A rank needs the one sector or nationality it ranks, of the kind its words name, and nothing of the other kind. */
    private static boolean ranks(ExtractedClaim claim, Map<Dimension, Set<String>> filters) {
        Dimension peers = claim.rank().orElseThrow().peers();
        Dimension other = peers == Dimension.AREA ? Dimension.CITIZENSHIP : Dimension.AREA;
        return filters.getOrDefault(peers, Set.of()).size() == 1 && !filters.containsKey(other);
    }

    // A base the sentence points back to: "... averaged about 178,000 a month, more than 15 times that pace", "had
    // fallen about 45 percent from that peak".
    private static final Pattern POINTED_BASE = Pattern.compile("(?i)^[^.;]{0,30}?\\b(?:that|this|the same|the earlier"
            + "|the previous) (?:pace|level|rate|figure|number|total|count|peak|high|record|mark)\\b");

    /** The periods of the sentence before, when the figure is a multiple or change of "that pace" or the like. */
    private static List<Option<Period>> pointedBases(ExtractedClaim claim, ClaimContext context) {
        if (claim.quantity().isEmpty()
                || !POINTED_BASE
                        .matcher(claim.mentions()
                                .text()
                                .substring(claim.quantity().get().end()))
                        .find()) {
            return List.of();
        }
        // When the sentence before lends no period, the last one that did ("Then the numbers broke. By fiscal 2003,
        // ... fallen about 45 percent from that peak").
        for (Optional<SentenceMentions> sentence : List.of(context.previous(), context.earlier())) {
            List<Option<Period>> lent = sentence.map(s -> PeriodOptions.lent(s, false).stream()
                            .flatMap(located -> located.mention().periods().stream())
                            .map(Option::of)
                            .toList())
                    .orElse(List.of());
            if (!lent.isEmpty()) {
                return lent;
            }
        }
        return List.of();
    }

    /** A month set against a year or a run of months, or the other way round ("triple May 2018" said of fiscal 2019 to date). */
    private static boolean monthAgainstOther(Period period, Period base) {
        return (period.kind() == Period.Kind.MONTH) != (base.kind() == Period.Kind.MONTH);
    }

    private static boolean isTitle8Only(Measure measure) {
        return measure == Measure.APPREHENSIONS || measure == Measure.INADMISSIBLES;
    }

    private static boolean duringTitle42(Period period) {
        return !period.last().isBefore(TITLE_42_FIRST) && !period.first().isAfter(TITLE_42_LAST);
    }
}
