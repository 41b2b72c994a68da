package dev.frontera.movements;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.core.query.OfficialRecord;
import dev.frontera.movements.context.ContextQueries;
import dev.frontera.movements.context.ContextQuery;
import dev.frontera.movements.gazetteer.Gazetteer;
import dev.frontera.movements.gazetteer.PortOfEntry;
import dev.frontera.movements.gazetteer.PortsOfEntry;
import dev.frontera.movements.geography.GeoPoint;
import dev.frontera.movements.geography.GreatCircle;
import dev.frontera.movements.geography.Pace;
import dev.frontera.movements.geography.Position;
import dev.frontera.movements.geography.UsMexicoBorder;
import dev.frontera.movements.news.CaravanReport;
import dev.frontera.movements.news.CaravanReports;
import dev.frontera.movements.news.DistanceClaim;
import dev.frontera.movements.news.DistanceClaims;
import dev.frontera.movements.routes.ArrivalWindow;
import dev.frontera.movements.routes.BorderDistances;
import dev.frontera.movements.routes.RoadNetwork;
import dev.frontera.movements.sightings.Movement;
import dev.frontera.movements.sightings.MovementStore;
import dev.frontera.movements.sightings.Sighting;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The front door to caravans and migrant movements: where a group is, how fast it moves, how far
 * it is from the US border, when it could arrive, and what articles say about it.
 *
 * <pre>{@code
 * Movements movements = Movements.create();
 * try (MovementStore store = movements.openStore(Path.of("frontera.duckdb"), Clock.systemUTC())) {
 *     Movement caravan = store.addMovement(new NewMovement("Exodus from poverty",
 *             LocalDate.of(2023, 12, 24), "Tapachula", List.of("Honduras", "Haiti"), MovementStatus.MOVING));
 *     List<Sighting> sightings = store.sightings(caravan.id());
 *     movements.arrivalWindow(caravan, sightings).ifPresent(w -> System.out.println(w.expected()));
 * }
 * movements.distanceClaims(articleText, published).forEach(c -> System.out.println(c.explanation()));
 * }</pre>
 *
 * <p>An instance is immutable and thread-safe; build one per process (building the road
 * network takes a few milliseconds, the gazetteer is read once per JVM).
 */
public final class Movements {
    private final Gazetteer gazetteer;
    private final UsMexicoBorder border;
    private final RoadNetwork roads;
    private final CaravanReports caravanReports;
    private final DistanceClaims distanceClaims;

    private Movements(Gazetteer gazetteer, UsMexicoBorder border) {
        this.gazetteer = requireNonNull(gazetteer, "gazetteer is null");
        this.border = requireNonNull(border, "border is null");
        this.roads = new RoadNetwork(gazetteer);
        this.caravanReports = new CaravanReports(gazetteer);
        this.distanceClaims = new DistanceClaims(gazetteer, border, roads);
    }

    /** Movements on the vendored gazetteer (GeoNames) and border line (Natural Earth). */
    public static Movements create() {
        return new Movements(Gazetteer.standard(), UsMexicoBorder.standard());
    }

    /** Places, with accent-insensitive lookup and suggestions for unknown names. */
    public Gazetteer gazetteer() {
        return gazetteer;
    }

    /** Every southwest land port of entry, west to east. */
    public List<PortOfEntry> portsOfEntry() {
        return PortsOfEntry.all();
    }

    /** The corridor road model, with its fitted circuity factor and calibration errors. */
    public RoadNetwork roads() {
        return roads;
    }

    /** The movement store on the app's DuckDB connection; the caller closes the connection. */
    public MovementStore openStore(Connection connection, Clock clock) {
        return MovementStore.open(connection, gazetteer, clock);
    }

    /** The movement store for reading only (a store file opened read-only): it never writes, not even its tables. */
    public MovementStore openReadOnlyStore(Connection connection, Clock clock) {
        return MovementStore.openReadOnly(connection, gazetteer, clock);
    }

    /** The movement store on a DuckDB file; close the store when done. */
    public MovementStore openStore(Path databaseFile, Clock clock) {
        return MovementStore.open(databaseFile, gazetteer, clock);
    }

    /** How far a point is from the border, the nearest port and the likely crossing by road. */
    public BorderDistances distancesFrom(GeoPoint point) {
        PortOfEntry nearestPort = PortsOfEntry.nearest(point);
        return new BorderDistances(
                point,
                border.nearest(point),
                nearestPort,
                GreatCircle.between(point, nearestPort.point()),
                roads.toLikelyCrossing(point));
    }

    /** The same, from a place name ({@code "Tapachula"}); unknown names fail with suggestions. */
    public BorderDistances distancesFrom(String place) {
        return distancesFrom(gazetteer.resolve(place).point());
    }

    /** The movement's positions: its origin on the first report day, then its sightings. */
    public List<Position> positions(Movement movement, List<Sighting> sightings) {
        List<Position> positions = new ArrayList<>();
        positions.add(new Position(movement.firstReported(), movement.origin().point()));
        sightings.forEach(s -> positions.add(new Position(s.date(), s.point())));
        return positions;
    }

    /** Pace from the origin and successive sightings; empty until they span two days. */
    public Optional<Pace> pace(Movement movement, List<Sighting> sightings) {
        return Pace.of(positions(movement, sightings));
    }

    /** The last known position: the latest sighting, else the origin. */
    public GeoPoint lastPosition(Movement movement, List<Sighting> sightings) {
        return sightings.stream()
                .reduce((a, b) -> b.date().isBefore(a.date()) ? a : b)
                .map(Sighting::point)
                .orElse(movement.origin().point());
    }

    /** The crossing the movement most likely heads for: shortest road estimate from its last position. */
    public PortOfEntry likelyCrossing(Movement movement, List<Sighting> sightings) {
        return roads.toLikelyCrossing(lastPosition(movement, sightings)).crossing();
    }

    /** When the movement could reach its likely crossing; empty until a pace is known. */
    public Optional<ArrivalWindow> arrivalWindow(Movement movement, List<Sighting> sightings) {
        return arrivalWindow(movement, sightings, likelyCrossing(movement, sightings));
    }

    /** When the movement could reach a given crossing; empty until a pace is known. */
    public Optional<ArrivalWindow> arrivalWindow(Movement movement, List<Sighting> sightings, PortOfEntry crossing) {
        return pace(movement, sightings).filter(p -> p.kilometresPerDay() > 0).map(p -> ArrivalWindow.of(p, crossing));
    }

    /** The caravan an article reports, proposed for a person to confirm (nothing is stored). */
    public Optional<CaravanReport> caravanReport(String articleText, LocalDate published) {
        return caravanReports.find(articleText, published);
    }

    /** Every distance-to-the-border claim in an article, checked, with verdict and explanation. */
    public List<DistanceClaim> distanceClaims(String articleText, LocalDate published) {
        return distanceClaims.find(articleText, published);
    }

    /** What to ask the statistics about a movement, for the twelve months ending {@code latestMonth}. */
    public List<ContextQuery> contextQueries(Movement movement, List<Sighting> sightings, YearMonth latestMonth) {
        return ContextQueries.forMovement(movement, Optional.of(likelyCrossing(movement, sightings)), latestMonth);
    }

    /** The same, ending with the latest month the official record holds. */
    public List<ContextQuery> contextQueries(Movement movement, List<Sighting> sightings, OfficialRecord record) {
        YearMonth latest = record.latestMonth(Optional.empty())
                .orElseThrow(() -> new FronteraException(
                        ErrorCode.NOT_COVERED, "the official record holds no month yet: load releases first"));
        return contextQueries(movement, sightings, latest);
    }
}
