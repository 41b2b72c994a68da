package dev.frontera.data.query;

import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.dimension.Exclusion;
import dev.frontera.core.dimension.Region;
import dev.frontera.core.period.Period;
import dev.frontera.core.query.Family;
import dev.frontera.core.query.Release;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides which releases may answer a query: those published by its as-of date, of a family
 * that publishes every dimension the query filters or groups by (with the values asked for),
 * and that covers the regions asked for. Also writes, for a refusal, why each family could not.
 */
final class Planner {
    private final Tables tables;

    Planner(Tables tables) {
        this.tables = tables;
    }

    /** What a query needs from a release. */
    record Needs(Map<Dimension, Set<String>> filters, Optional<Dimension> groupDimension, Optional<LocalDate> asOf) {
        Set<Dimension> dimensions() {
            Set<Dimension> needed = EnumSet.noneOf(Dimension.class);
            needed.addAll(filters.keySet());
            groupDimension.ifPresent(needed::add);
            return needed;
        }
    }

    /** The releases that can answer, best first (see {@link Precedence}). */
    List<Release> candidates(Needs needs) {
        List<Release> candidates = new ArrayList<>();
        for (Release release : tables.releases()) {
            if (published(release, needs.asOf())
                    && reasonFamilyCannot(release.family(), needs).isEmpty()) {
                candidates.add(release);
            }
        }
        candidates.sort(Precedence.BEST_FIRST);
        return candidates;
    }

    /**
     * The releases of the one family that answers a query grouped by a dimension: families list
     * different values (22 citizenships in the by-state file, 5 groups in the southwest file), so
     * a grouped answer never mixes them. The family chosen is, in order: the one that leaves the
     * fewest months of the period uncovered (so a family that stops in August never answers
     * November when another covers it), the one listing the most values, and the family of the
     * best release by {@link Precedence}.
     */
    List<Release> oneFamily(List<Release> candidates, Dimension dimension, Period period) {
        Map<Family, List<Release>> byFamily = new LinkedHashMap<>();
        for (Release release : candidates) {
            byFamily.computeIfAbsent(release.family(), family -> new ArrayList<>())
                    .add(release);
        }
        Comparator<List<Release>> best = Comparator.comparingLong(
                        (List<Release> releases) -> monthsUncovered(releases, period))
                .thenComparing(Comparator.comparingInt((List<Release> releases) -> richness(releases, dimension))
                        .reversed());
        // The map keeps the families in the order of their best release, so ties keep precedence.
        return byFamily.values().stream().min(best).orElse(List.of());
    }

    private static long monthsUncovered(List<Release> releases, Period period) {
        return period.months().stream()
                .filter(month -> releases.stream().noneMatch(release -> spans(release, month)))
                .count();
    }

    /** A fiscal-year table stores each year at its September but stands for the twelve months before. */
    private static boolean spans(Release release, YearMonth month) {
        YearMonth first = release.family().granularity() == Family.Granularity.FISCAL_YEAR
                ? release.firstMonth().minusMonths(11)
                : release.firstMonth();
        return !month.isBefore(first) && !month.isAfter(release.lastMonth());
    }

    private int richness(List<Release> releases, Dimension dimension) {
        return releases.stream()
                .mapToInt(release -> tables.table(release).domain(dimension).cardinality())
                .max()
                .orElse(0);
    }

    static boolean published(Release release, Optional<LocalDate> asOf) {
        return asOf.map(date -> !release.published().isAfter(date)).orElse(true);
    }

    /** Why a family cannot answer, or empty when it can. */
    Optional<String> reasonFamilyCannot(Family family, Needs needs) {
        Set<Dimension> missing = EnumSet.noneOf(Dimension.class);
        for (Dimension dimension : needs.dimensions()) {
            if (!family.dimensions().contains(dimension) && !titleImplied(family, dimension, needs)) {
                missing.add(dimension);
            }
        }
        if (!missing.isEmpty()) {
            return Optional.of("does not publish " + names(missing));
        }
        Optional<String> only = Precedence.onlyComponent(family);
        if (only.isPresent()) {
            Set<String> components = needs.filters().get(Dimension.COMPONENT);
            boolean grouped =
                    needs.groupDimension().filter(d -> d == Dimension.COMPONENT).isPresent();
            if (components == null || !components.equals(Set.of(only.get())) || grouped) {
                return Optional.of("counts Border Patrol encounters only");
            }
        }
        Set<Dimension> cuts = EnumSet.noneOf(Dimension.class);
        needs.dimensions().stream().filter(family.separateCuts()::contains).forEach(cuts::add);
        if (cuts.size() > 1) {
            return Optional.of("publishes %s only in separate tables, never crossed"
                    .formatted(names(cuts).replace(" or ", " and ")));
        }
        Set<String> regions = needs.filters().get(Dimension.REGION);
        boolean nationwide = regions == null
                || needs.groupDimension().filter(d -> d == Dimension.REGION).isPresent();
        if (nationwide && !Precedence.coversAllRegions(family)) {
            return Optional.of("covers the southwest border only, not the whole nation");
        }
        if (regions != null) {
            for (String region : regions) {
                if (Region.bySlug(region)
                        .filter(known -> Precedence.coversRegion(family, known))
                        .isEmpty()) {
                    return Optional.of("covers the southwest border only, not region " + region);
                }
            }
        }
        for (Map.Entry<Dimension, Set<String>> filter : needs.filters().entrySet()) {
            if (filter.getKey() == Dimension.REGION || !family.dimensions().contains(filter.getKey())) {
                continue;
            }
            for (String slug : filter.getValue()) {
                if (!tables.familyPublishes(family, filter.getKey(), Exclusion.named(slug))) {
                    return Optional.of("does not publish %s '%s' separately"
                            .formatted(filter.getKey().parameter(), slug));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A Border Patrol table without a title column still answers Title 8 (apprehensions) for the
     * months before Title 42 began; {@link FamilyView} limits it to those months.
     */
    private static boolean titleImplied(Family family, Dimension dimension, Needs needs) {
        return dimension == Dimension.TITLE
                && Precedence.onlyComponent(family).filter("usbp"::equals).isPresent()
                && Set.of("title-8").equals(needs.filters().get(Dimension.TITLE))
                && needs.groupDimension().filter(d -> d == Dimension.TITLE).isEmpty();
    }

    /** A sentence per stored family on why it cannot answer the months asked for. */
    String explain(Needs needs, List<YearMonth> missingMonths) {
        List<String> reasons = new ArrayList<>();
        for (Family family : Family.values()) {
            List<Release> releases = tables.releases().stream()
                    .filter(release -> release.family() == family)
                    .filter(release -> published(release, needs.asOf()))
                    .toList();
            if (releases.isEmpty()) {
                continue;
            }
            YearMonth first = releases.stream()
                    .map(Release::firstMonth)
                    .min(YearMonth::compareTo)
                    .orElseThrow();
            YearMonth last = releases.stream()
                    .map(Release::lastMonth)
                    .max(YearMonth::compareTo)
                    .orElseThrow();
            String span = "covers %s to %s".formatted(first, last);
            Optional<String> cannot = reasonFamilyCannot(family, needs);
            reasons.add("%s %s"
                    .formatted(
                            family.displayName(),
                            cannot.map(reason -> reason + " (it " + span + ")").orElse(span)));
        }
        if (reasons.isEmpty()) {
            return "the store holds no releases"
                    + needs.asOf().map(date -> " published by " + date).orElse("")
                    + "; run 'frontera ingest DIR' or 'frontera fetch'";
        }
        return String.join("; ", reasons);
    }

    static String names(Set<Dimension> dimensions) {
        return dimensions.stream()
                .map(Dimension::parameter)
                .reduce((a, b) -> a + " or " + b)
                .orElse("");
    }
}
