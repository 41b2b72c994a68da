package dev.frontera.movements.geography;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.List;

/**
 * The US–Mexico boundary as a polyline (Natural Earth 1:10m, see {@code data/README.md}), and the
 * straight-line distance from any point to its nearest point.
 */
public final class UsMexicoBorder {
    static final String RESOURCE = "/dev/frontera/movements/data/us-mexico-border.tsv";
    private static final UsMexicoBorder STANDARD = load();

    private final List<GeoPoint> line;

    UsMexicoBorder(List<GeoPoint> line) {
        if (line.size() < 2) {
            throw new IllegalArgumentException("a border needs at least two points");
        }
        this.line = List.copyOf(line);
    }

    /** The vendored Natural Earth boundary, loaded once: it is immutable. */
    public static UsMexicoBorder standard() {
        return STANDARD;
    }

    /** The boundary points from the Gulf of Mexico to the Pacific. */
    public List<GeoPoint> line() {
        return line;
    }

    /** The nearest point of the border, by great circle. */
    public BorderPoint nearest(GeoPoint from) {
        BorderPoint best = null;
        for (int i = 1; i < line.size(); i++) {
            GeoPoint candidate = GreatCircle.closestOnSegment(from, line.get(i - 1), line.get(i));
            Distance distance = GreatCircle.between(from, candidate);
            if (best == null || distance.compareTo(best.distance()) < 0) {
                best = new BorderPoint(candidate, distance);
            }
        }
        return best;
    }

    private static UsMexicoBorder load() {
        try (InputStream stream = UsMexicoBorder.class.getResourceAsStream(RESOURCE)) {
            if (stream == null) {
                throw new FronteraException(ErrorCode.INTERNAL, "resource %s is missing".formatted(RESOURCE));
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(stream, UTF_8));
            List<GeoPoint> points = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.startsWith("arc\t") || line.isBlank()) {
                    continue;
                }
                String[] fields = line.split("\t");
                points.add(new GeoPoint(Double.parseDouble(fields[2]), Double.parseDouble(fields[1])));
            }
            return new UsMexicoBorder(points);
        } catch (IOException e) {
            throw new FronteraException(ErrorCode.INTERNAL, "cannot read resource %s".formatted(RESOURCE), e);
        }
    }
}
