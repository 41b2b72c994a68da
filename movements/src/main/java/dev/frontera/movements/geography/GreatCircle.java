package dev.frontera.movements.geography;

/**
 * Great-circle distances on a sphere of the WGS84 mean radius, by the haversine formula. The
 * error against the ellipsoid stays under 0.5%, well inside what caravan positions allow.
 */
public final class GreatCircle {
    /** The IUGG mean radius of the WGS84 ellipsoid, (2a + b) / 3, in kilometres. */
    public static final double EARTH_RADIUS_KM = 6371.0088;

    private GreatCircle() {}

    public static Distance between(GeoPoint from, GeoPoint to) {
        double phi1 = Math.toRadians(from.latitude());
        double phi2 = Math.toRadians(to.latitude());
        double deltaPhi = phi2 - phi1;
        double deltaLambda = Math.toRadians(to.longitude() - from.longitude());
        double haversine = Math.pow(Math.sin(deltaPhi / 2), 2)
                + Math.cos(phi1) * Math.cos(phi2) * Math.pow(Math.sin(deltaLambda / 2), 2);
        double angle = 2 * Math.asin(Math.min(1, Math.sqrt(haversine)));
        return new Distance(EARTH_RADIUS_KM * angle);
    }

    /**
     * The point of segment {@code a}-{@code b} closest to {@code point}. Segments here are a few
     * kilometres long, so the projection is done on a local equirectangular plane and the
     * distance measured afterwards on the sphere.
     */
    public static GeoPoint closestOnSegment(GeoPoint point, GeoPoint a, GeoPoint b) {
        double scale = Math.cos(Math.toRadians(point.latitude()));
        double ax = a.longitude() * scale;
        double ay = a.latitude();
        double bx = b.longitude() * scale;
        double by = b.latitude();
        double px = point.longitude() * scale;
        double py = point.latitude();
        double dx = bx - ax;
        double dy = by - ay;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / lengthSquared;
        t = Math.max(0, Math.min(1, t));
        return new GeoPoint(
                a.latitude() + t * (b.latitude() - a.latitude()), a.longitude() + t * (b.longitude() - a.longitude()));
    }
}
