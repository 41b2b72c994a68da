package dev.frontera.movements.routes;

import static java.util.Objects.requireNonNull;

import dev.frontera.movements.gazetteer.Gazetteer;
import dev.frontera.movements.gazetteer.PortOfEntry;
import dev.frontera.movements.gazetteer.PortsOfEntry;
import dev.frontera.movements.geography.Distance;
import dev.frontera.movements.geography.GeoPoint;
import dev.frontera.movements.geography.GreatCircle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Estimated road distances along the main corridors. Method: the corridors are a graph of
 * cities joined by legs measured by great circle; a point joins the graph at its three nearest
 * cities; the shortest path to a border city, plus the leg to its port, is multiplied by a
 * circuity factor fitted by least squares on known road distances ({@link RoadCalibration}).
 */
public final class RoadNetwork {
    private static final int ENTRY_CITIES = 3;

    private final Map<String, GeoPoint> cities = new LinkedHashMap<>();
    private final Map<String, Map<String, Double>> legs = new HashMap<>();
    private final double circuity;
    private final Map<String, Map<String, Path>> paths = new java.util.concurrent.ConcurrentHashMap<>();
    // Fixed once the factor is fitted; every estimate's method text quotes them.
    private final double meanError;
    private final double worstError;

    /** Builds the corridor graph on the gazetteer's coordinates and fits the circuity factor. */
    public RoadNetwork(Gazetteer gazetteer) {
        requireNonNull(gazetteer, "gazetteer is null");
        for (List<String> leg : Corridors.legs()) {
            GeoPoint a = cities.computeIfAbsent(
                    leg.get(0), name -> gazetteer.resolve(name).point());
            GeoPoint b = cities.computeIfAbsent(
                    leg.get(1), name -> gazetteer.resolve(name).point());
            double kilometres = GreatCircle.between(a, b).kilometres();
            legs.computeIfAbsent(leg.get(0), k -> new HashMap<>()).put(leg.get(1), kilometres);
            legs.computeIfAbsent(leg.get(1), k -> new HashMap<>()).put(leg.get(0), kilometres);
        }
        double products = 0;
        double squares = 0;
        for (RoadCalibration.Point point : RoadCalibration.points()) {
            double graph = shortestPaths(point.from()).get(point.to()).kilometres;
            products += graph * point.roadKilometres();
            squares += graph * graph;
        }
        this.circuity = products / squares;
        double sum = 0;
        double worst = 0;
        for (RoadCalibration.Point point : RoadCalibration.points()) {
            double error =
                    Math.abs(shortestPaths(point.from()).get(point.to()).kilometres * circuity - point.roadKilometres())
                            / point.roadKilometres();
            sum += error;
            worst = Math.max(worst, error);
        }
        this.meanError = sum / RoadCalibration.points().size();
        this.worstError = worst;
    }

    /** Road kilometres per kilometre of corridor measured by great circle, as fitted. */
    public double circuityFactor() {
        return circuity;
    }

    /** Estimated road distance from a point to a port of entry, through the corridors. */
    public RoadEstimate toPort(GeoPoint from, PortOfEntry port) {
        String borderCity = Corridors.crossings().entrySet().stream()
                .filter(entry -> entry.getValue().equals(port.slug()))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseGet(() -> nearestCity(port.point()));
        return estimate(from, borderCity, port);
    }

    /** The crossing with the shortest estimated road distance from a point: the likely one. */
    public RoadEstimate toLikelyCrossing(GeoPoint from) {
        return Corridors.crossings().entrySet().stream()
                .map(entry -> estimate(from, entry.getKey(), PortsOfEntry.bySlug(entry.getValue())))
                .min(Comparator.comparing(RoadEstimate::distance))
                .orElseThrow();
    }

    /** Each calibration pair with its known and modelled road distance, for the documentation. */
    public List<String> calibrationErrors() {
        List<String> lines = new ArrayList<>();
        for (RoadCalibration.Point point : RoadCalibration.points()) {
            double modelled = shortestPaths(point.from()).get(point.to()).kilometres * circuity;
            lines.add(String.format(
                    Locale.ROOT,
                    "%s - %s: known %.0f km, modelled %.0f km, error %+.1f%%",
                    point.from(),
                    point.to(),
                    point.roadKilometres(),
                    modelled,
                    100 * (modelled - point.roadKilometres()) / point.roadKilometres()));
        }
        return lines;
    }

    /** The largest relative error on the calibration pairs, as a fraction. */
    public double worstCalibrationError() {
        return worstError;
    }

    /** The mean absolute relative error on the calibration pairs, as a fraction. */
    public double meanCalibrationError() {
        return meanError;
    }

    private RoadEstimate estimate(GeoPoint from, String borderCity, PortOfEntry port) {
        double best = Double.MAX_VALUE;
        Path bestPath = null;
        String entryCity = null;
        for (String city : nearestCities(from)) {
            Path path = shortestPaths(city).get(borderCity);
            double total = GreatCircle.between(from, cities.get(city)).kilometres() + path.kilometres;
            if (total < best) {
                best = total;
                bestPath = path;
                entryCity = city;
            }
        }
        double kilometres = (best
                        + GreatCircle.between(cities.get(borderCity), port.point())
                                .kilometres())
                * circuity;
        String method = String.format(
                Locale.ROOT,
                "road estimate: great-circle legs along the corridor from %s "
                        + "via %d cities to %s and the %s port, times a circuity factor of %.3f fitted on %d known road "
                        + "distances (mean error %.0f%%, worst %.0f%%)",
                entryCity,
                bestPath.cities.size(),
                borderCity,
                port.name(),
                circuity,
                RoadCalibration.points().size(),
                100 * meanCalibrationError(),
                100 * worstCalibrationError());
        return new RoadEstimate(port, new Distance(kilometres), bestPath.cities, method);
    }

    private List<String> nearestCities(GeoPoint from) {
        return cities.keySet().stream()
                .sorted(Comparator.comparingDouble(
                        city -> GreatCircle.between(from, cities.get(city)).kilometres()))
                .limit(ENTRY_CITIES)
                .toList();
    }

    private String nearestCity(GeoPoint point) {
        return nearestCities(point).get(0);
    }

    private record Path(double kilometres, List<String> cities) {}

    /** Dijkstra from one city to every city. */
    /** Shortest paths from a corridor city; the graph never changes, so each start is searched once. */
    private Map<String, Path> shortestPaths(String start) {
        return paths.computeIfAbsent(start, this::search);
    }

    private Map<String, Path> search(String start) {
        Map<String, Double> distance = new HashMap<>();
        Map<String, String> previous = new HashMap<>();
        PriorityQueue<Map.Entry<String, Double>> queue = new PriorityQueue<>(Map.Entry.comparingByValue());
        distance.put(start, 0.0);
        queue.add(Map.entry(start, 0.0));
        while (!queue.isEmpty()) {
            Map.Entry<String, Double> current = queue.poll();
            if (current.getValue() > distance.get(current.getKey())) {
                continue;
            }
            legs.getOrDefault(current.getKey(), Map.of()).forEach((next, length) -> {
                double candidate = current.getValue() + length;
                if (candidate < distance.getOrDefault(next, Double.MAX_VALUE)) {
                    distance.put(next, candidate);
                    previous.put(next, current.getKey());
                    queue.add(Map.entry(next, candidate));
                }
            });
        }
        Map<String, Path> found = new HashMap<>();
        distance.forEach((city, kilometres) -> {
            List<String> route = new ArrayList<>();
            for (String step = city; step != null; step = previous.get(step)) {
                route.add(step);
            }
            Collections.reverse(route);
            found.put(city, new Path(kilometres, route));
        });
        return Map.copyOf(found);
    }
}
