package dev.frontera.claims.interpret;

import dev.frontera.claims.extract.ExtractedClaim;
import dev.frontera.claims.extract.Place;
import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.period.Period;
import dev.frontera.core.query.Measure;
import dev.frontera.core.query.OfficialRecord;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns an extracted claim into ranked readings, following the labelling standard: the wording
 * first ("apprehended" as Border Patrol, "crossings" as all encounters, no region as the
 * southwest border, "in 2023" as the fiscal year), then the scopes often confused with it (the
 * other measure, nationwide vs southwest, calendar vs fiscal year). Periods that run "to date"
 * end at the last month published by the article's date.
 */
public final class ClaimInterpreter {
    private static final Set<String> NORTHERN_SECTORS = Set.of("blaine", "spokane", "havre", "grand-forks", "detroit", "buffalo",
            "swanton", "houlton");
    private static final Set<String> COASTAL_SECTORS = Set.of("miami", "new-orleans", "ramey");

    private final OfficialRecord record;

    public ClaimInterpreter(OfficialRecord record) {
        this.record = java.util.Objects.requireNonNull(record, "record is null");
    }

    /** The readings of {@code claim} for one of its periods, best first. */
    public List<Reading> readings(ExtractedClaim claim, Period period, LocalDate published) {
        Measure measure = claim.measure().measure().orElse(Measure.ENCOUNTERS);
        boolean sector = claim.filters().containsKey(Dimension.AREA);
        if (sector && !claim.measure().explicit() && measure == Measure.ENCOUNTERS && isSectorOnly(claim)) {
            // Sectors are Border Patrol's: a sector figure is a Border Patrol figure.
            measure = Measure.USBP_ENCOUNTERS;
        }
        String region = claim.place().region().orElseGet(() -> sector ? regionOfSectors(claim) : "southwest");
        Period resolved = claim.period().toDate() ? toDate(period, published) : period;
        Reading written = new Reading(measure, region, resolved, claim.perDay(), claim.filters(), Reading.Change.AS_WRITTEN, true);
        List<Reading> readings = new ArrayList<>();
        readings.add(written);
        boolean measureOpen = !claim.measure().explicit();
        if (measure == Measure.USBP_ENCOUNTERS && !sector) {
            readings.add(written.with(Measure.ENCOUNTERS, region, resolved, Reading.Change.MEASURE, measureOpen));
        } else if (measure == Measure.ENCOUNTERS) {
            readings.add(written.with(Measure.USBP_ENCOUNTERS, region, resolved, Reading.Change.MEASURE, measureOpen));
        }
        if (!sector && region.equals("southwest")) {
            readings.add(written.with(measure, Place.NATIONWIDE, resolved, Reading.Change.REGION, !claim.place().named()));
        } else if (!sector && region.equals(Place.NATIONWIDE)) {
            readings.add(written.with(measure, "southwest", resolved, Reading.Change.REGION, false));
        }
        Optional<Period> otherYear = otherYear(claim, period);
        otherYear.ifPresent(other -> readings.add(written.with(written.measure(), region, other, Reading.Change.YEAR_KIND,
                claim.period().calendarAlternative().isPresent())));
        return readings;
    }

    private static boolean isSectorOnly(ExtractedClaim claim) {
        return claim.filters().get(Dimension.AREA).stream().noneMatch(slug -> slug.endsWith("-field-office"));
    }

    private static String regionOfSectors(ExtractedClaim claim) {
        Set<String> sectors = claim.filters().get(Dimension.AREA);
        if (sectors.stream().anyMatch(NORTHERN_SECTORS::contains)) {
            return "northern";
        }
        return sectors.stream().anyMatch(COASTAL_SECTORS::contains) ? "other" : "southwest";
    }

    private static Optional<Period> otherYear(ExtractedClaim claim, Period period) {
        if (claim.period().calendarAlternative().isPresent() && claim.period().periods().size() == 1) {
            return claim.period().calendarAlternative();
        }
        if (period.kind() == Period.Kind.FISCAL_YEAR) {
            return Optional.of(Period.calendarYear(period.last().getYear()));
        }
        if (period.kind() == Period.Kind.CALENDAR_YEAR) {
            return Optional.of(Period.fiscalYear(period.first().getYear()));
        }
        return Optional.empty();
    }

    /** Ends a to-date period at the last month published by the article's date (or the latest, if none was). */
    private Period toDate(Period period, LocalDate published) {
        // The files kept are a sample of vintages: when the release of the article's day is not among them, the month
        // CBP's schedule had published by then (a month's figures come out mid-way through the next) is the best guess.
        Optional<YearMonth> newest = record.latestMonth(Optional.empty());
        Optional<YearMonth> monthBefore = newest.map(last -> {
            YearMonth before = YearMonth.from(published).minusMonths(published.getDayOfMonth() >= 15 ? 1 : 2);
            return before.isAfter(last) ? last : before;
        });
        Optional<YearMonth> atPublication = record.latestMonth(Optional.of(published));
        Optional<YearMonth> latest = atPublication.isPresent() && monthBefore.isPresent()
                && atPublication.get().plusMonths(1).isBefore(monthBefore.get()) ? monthBefore : atPublication.or(() -> newest);
        YearMonth end = latest.filter(month -> !month.isAfter(period.last())).orElse(period.last());
        if (end.isBefore(period.first())) {
            end = period.first();
        }
        if (period.kind() == Period.Kind.FISCAL_YEAR) {
            return Period.fiscalYearToDate(Period.fiscalYearOf(period.first()), end);
        }
        return Period.months(period.first(), end);
    }
}
