package dev.frontera.claims.internal.reading;

import dev.frontera.claims.internal.extract.ExtractedClaim;
import dev.frontera.claims.internal.extract.Qualifier;
import dev.frontera.claims.internal.numbers.Quantity;
import dev.frontera.claims.reading.Aggregate;
import dev.frontera.claims.reading.Reading;
import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.period.Period;
import dev.frontera.core.query.Measure;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a figure combines the counts, from its form and words: a count is a total, a rate with
 * "a day" or "a month", an average of either; a count with "more than in June" or "an increase
 * of" is a difference; a percentage with a verb of change is a change, otherwise a share; a
 * multiple compares with a base; a bound said of every month of a run is judged by the run's
 * extreme month; a record phrase ranks the period; a rank phrase ranks a place or
 * group among its peers; a comparison with no number compares two periods. Also the bases a
 * comparison may take and the wholes a share may be of.
 */
final class AggregateOptions {
    private AggregateOptions() {}

    static List<Option<Aggregate>> of(ExtractedClaim claim) {
        if (claim.qualifier() == Qualifier.RANK) {
            return List.of(Option.of(claim.rank().orElseThrow().highest() ? Aggregate.RANK_HIGH : Aggregate.RANK_LOW));
        }
        if (claim.qualifier() == Qualifier.COMPARISON) {
            return List.of(Option.of(Aggregate.COMPARISON));
        }
        if (claim.qualifier() == Qualifier.RUN) {
            return List.of(Option.of(Aggregate.RUN_OF_CHANGES));
        }
        if (claim.quantity().isEmpty()) {
            return List.of(Option.of(
                    claim.qualifier() == Qualifier.RECORD_LOW ? Aggregate.RECORD_LOW : Aggregate.RECORD_HIGH));
        }
        Quantity quantity = claim.quantity().get();
        return switch (quantity.form()) {
            case COUNT -> counts(claim);
            case PERCENT ->
                claim.qualifier() == Qualifier.CHANGE
                        ? changeWritten(claim)
                                ? List.of(Option.of(Aggregate.PERCENT_CHANGE))
                                : List.of(
                                        Option.of(Aggregate.PERCENT_CHANGE),
                                        Option.of(Aggregate.SHARE, Feature.AGGREGATE_UNMARKED))
                        : claim.change().bases().isEmpty()
                                ? List.of(Option.of(Aggregate.SHARE))
                                : List.of(
                                        Option.of(Aggregate.SHARE),
                                        Option.of(Aggregate.PERCENT_CHANGE, Feature.AGGREGATE_UNMARKED));
            case SHARE -> List.of(Option.of(Aggregate.SHARE));
            case MULTIPLE -> List.of(Option.of(Aggregate.MULTIPLE));
        };
    }

    /**
     * "Fell 81% compared to a year earlier": a direction and a base both written leave no share to read;
     * nor does a sign ("El Paso: 308K (+12%)"), which no share carries.
     */
    private static boolean changeWritten(ExtractedClaim claim) {
        return claim.quantity().orElseThrow().sign() != 0
                || claim.change().direction() != 0
                        && (!claim.change().bases().isEmpty() || claim.change().yearBefore());
    }

    private static List<Option<Aggregate>> counts(ExtractedClaim claim) {
        if (claim.streak().isPresent()) {
            // The words say the bound held every month of the run: its one extreme month decides.
            return List.of(
                    Option.of(claim.bound() == Qualifier.UNDER ? Aggregate.HIGHEST_MONTH : Aggregate.LOWEST_MONTH));
        }
        List<Option<Aggregate>> options = new ArrayList<>();
        switch (claim.rate()) {
            case PER_DAY -> options.add(Option.of(Aggregate.PER_DAY));
            case PER_WEEK -> options.add(Option.of(Aggregate.PER_WEEK));
            case PER_MONTH -> options.add(Option.of(Aggregate.MONTHLY_AVERAGE));
            case PER_YEAR -> options.add(Option.of(Aggregate.YEARLY_AVERAGE));
            case AVERAGE -> {
                options.add(Option.of(Aggregate.MONTHLY_AVERAGE));
                options.add(Option.of(Aggregate.PER_DAY));
            }
            case NONE -> {
                if (claim.change().difference()) {
                    options.add(Option.of(Aggregate.DIFFERENCE));
                    options.add(Option.of(Aggregate.TOTAL, Feature.AGGREGATE_UNMARKED));
                } else {
                    options.add(Option.of(Aggregate.TOTAL));
                }
            }
        }
        return options;
    }

    /**
     * The periods a comparison may be against: those written after "than", "from" or "compared
     * with" (a year written against a month means that month a year earlier), a year earlier and
     * the period before (marked as unstated unless the words say "a year earlier"), and the other
     * periods of the sentence.
     */
    static List<Option<Period>> bases(ExtractedClaim claim, Period period, List<Period> sentencePeriods) {
        List<Option<Period>> options = new ArrayList<>();
        boolean first = true;
        for (Period written : claim.change().bases()) {
            Period base = aligned(written, period);
            if (!base.equals(period)) {
                options.add(first ? Option.of(base) : Option.of(base, Feature.BASE_ELSEWHERE));
                first = false;
            }
        }
        if (claim.qualifier() == Qualifier.COMPARISON) {
            return options; // its words always write the base: one not written is not what it compares with
        }
        // Against a base the words write ("fell 50% from May to June"), an unstated one is not what is meant.
        if (first || claim.change().yearBefore()) {
            options.add(
                    claim.change().yearBefore()
                            ? Option.of(period.yearBefore())
                            : Option.of(period.yearBefore(), Feature.BASE_UNSTATED));
        }
        if (first || claim.change().previous()) {
            options.add(
                    claim.change().previous()
                            ? Option.of(period.previous())
                            : Option.of(period.previous(), Feature.BASE_UNSTATED));
        }
        for (Period other : sentencePeriods) {
            if (!other.equals(period) && other.last().isBefore(period.first())) {
                options.add(Option.of(aligned(other, period), Feature.BASE_ELSEWHERE));
            }
        }
        List<Option<Period>> distinct = new ArrayList<>();
        for (Option<Period> option : options) {
            if (distinct.stream().noneMatch(kept -> kept.value().equals(option.value()))) {
                distinct.add(option);
            }
        }
        return distinct;
    }

    /**
     * "May 2023, down 15% compared to 2022": a year written as the base of a shorter period means the
     * same months that year; a year of the other kind than the period's is read as the period's kind.
     */
    private static Period aligned(Period written, Period period) {
        // "January through November 2024, down 31% from the same months of 2023": months across two fiscal years are
        // set against a calendar year's.
        Period base = written.kind() == Period.Kind.FISCAL_YEAR
                        && period.kind() == Period.Kind.MONTHS
                        && Period.fiscalYearOf(period.first()) != Period.fiscalYearOf(period.last())
                ? Period.calendarYear(Period.fiscalYearOf(written.last()))
                : written;
        // A calendar year read for a fiscal one (or the other way) reads its base the same way: CY2022 on CY2021.
        if (base.kind() == Period.Kind.FISCAL_YEAR && period.kind() == Period.Kind.CALENDAR_YEAR) {
            return Period.calendarYear(Period.fiscalYearOf(base.last()));
        }
        if (base.kind() == Period.Kind.CALENDAR_YEAR && period.kind() == Period.Kind.FISCAL_YEAR) {
            return Period.fiscalYear(base.first().getYear());
        }
        boolean baseIsYear = base.kind() == Period.Kind.FISCAL_YEAR || base.kind() == Period.Kind.CALENDAR_YEAR;
        boolean periodIsShorter = period.length() < base.length();
        if (!baseIsYear || !periodIsShorter) {
            return base;
        }
        int baseYear = base.kind() == Period.Kind.FISCAL_YEAR
                ? Period.fiscalYearOf(base.last())
                : base.first().getYear();
        int periodYear = base.kind() == Period.Kind.FISCAL_YEAR
                ? Period.fiscalYearOf(period.last())
                : period.last().getYear();
        int years = periodYear - baseYear;
        return years <= 0
                ? base
                : new Period(
                        period.kind(),
                        period.first().minusYears(years),
                        period.last().minusYears(years));
    }

    /**
     * What a share may be of: the same count without the groups named (a nationality's share of all),
     * all encounters for expulsions or for one agency's count, the region for a sector or state.
     */
    static List<Option<Reading.Whole>> wholes(Measure measure, PlaceChoice place, Map<Dimension, Set<String>> groups) {
        List<Option<Reading.Whole>> options = new ArrayList<>();
        Map<Dimension, Set<String>> areas = place.areas();
        if (!groups.isEmpty()) {
            options.add(Option.of(new Reading.Whole(measure, place.region(), areas)));
        }
        if (!areas.isEmpty()) {
            options.add(Option.of(new Reading.Whole(measure, place.region(), groups)));
        }
        if (measure == Measure.EXPULSIONS) {
            options.add(Option.of(new Reading.Whole(Measure.ENCOUNTERS, place.region(), merged(areas, groups))));
            options.add(Option.of(
                    new Reading.Whole(Measure.USBP_ENCOUNTERS, place.region(), merged(areas, groups)),
                    Feature.AGGREGATE_UNMARKED));
        } else if (measure != Measure.ENCOUNTERS && groups.isEmpty() && areas.isEmpty()) {
            options.add(Option.of(
                    new Reading.Whole(Measure.ENCOUNTERS, place.region(), Map.of()), Feature.AGGREGATE_UNMARKED));
        }
        return options;
    }

    private static Map<Dimension, Set<String>> merged(Map<Dimension, Set<String>> a, Map<Dimension, Set<String>> b) {
        Map<Dimension, Set<String>> all = new EnumMap<>(Dimension.class);
        all.putAll(a);
        all.putAll(b);
        return all;
    }
}
