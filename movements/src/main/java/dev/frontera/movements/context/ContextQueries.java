package dev.frontera.movements.context;

import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.dimension.Region;
import dev.frontera.core.dimension.Vocabulary;
import dev.frontera.core.period.Period;
import dev.frontera.core.query.GroupBy;
import dev.frontera.core.query.Measure;
import dev.frontera.core.query.Query;
import dev.frontera.movements.gazetteer.PortOfEntry;
import dev.frontera.movements.sightings.Movement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What to ask the official record about a movement: monthly southwest-border encounters of each
 * nationality it reports, and monthly encounters in the Border Patrol sector and at the field
 * office of the crossing it heads for, over the twelve months ending with the latest published.
 */
public final class ContextQueries {
    /** How many months of context to show. */
    public static final int MONTHS = 12;

    private ContextQueries() {}

    /** The queries for a movement; {@code heading} is its likely crossing, if known. */
    public static List<ContextQuery> forMovement(
            Movement movement, Optional<PortOfEntry> heading, YearMonth latestMonth) {
        Period period = Period.months(latestMonth.minusMonths(MONTHS - 1), latestMonth);
        List<GroupBy> byMonth = List.of(new GroupBy.ByTime(Period.Grouping.MONTH));
        Vocabulary vocabulary = Vocabulary.standard();
        List<ContextQuery> queries = new ArrayList<>();
        for (String nationality : movement.nationalities()) {
            Query query = Query.total(Measure.ENCOUNTERS, period)
                    .withGroupBy(byMonth)
                    .withFilter(Dimension.REGION, Set.of(Region.SOUTHWEST.slug()))
                    .withFilter(Dimension.CITIZENSHIP, Set.of(nationality));
            queries.add(new ContextQuery(
                    "Southwest border encounters of citizens of %s, by month"
                            .formatted(vocabulary.displayName(Dimension.CITIZENSHIP, nationality)),
                    query));
        }
        heading.ifPresent(port -> {
            queries.add(new ContextQuery(
                    "Border Patrol encounters in the %s, by month"
                            .formatted(vocabulary.displayName(Dimension.AREA, port.sector())),
                    new Query(
                            Measure.USBP_ENCOUNTERS,
                            Map.of(Dimension.AREA, Set.of(port.sector())),
                            period,
                            byMonth,
                            Optional.empty(),
                            false,
                            Optional.empty())));
            queries.add(new ContextQuery(
                    "Field Operations encounters at the %s, by month"
                            .formatted(vocabulary.displayName(Dimension.AREA, port.fieldOffice())),
                    new Query(
                            Measure.OFO_ENCOUNTERS,
                            Map.of(Dimension.AREA, Set.of(port.fieldOffice())),
                            period,
                            byMonth,
                            Optional.empty(),
                            false,
                            Optional.empty())));
        });
        return queries;
    }
}
