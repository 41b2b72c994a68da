package dev.frontera.movements.geography;

import dev.frontera.core.FronteraException;
import java.util.Locale;

/** A position on the WGS84 ellipsoid in decimal degrees; impossible coordinates are refused. */
public record GeoPoint(double latitude, double longitude) {
    public GeoPoint {
        if (!Double.isFinite(latitude) || latitude < -90 || latitude > 90) {
            throw FronteraException.invalid(
                    "latitude %s is impossible: it must lie between -90 and 90 degrees", latitude);
        }
        if (!Double.isFinite(longitude) || longitude < -180 || longitude > 180) {
            throw FronteraException.invalid(
                    "longitude %s is impossible: it must lie between -180 and 180 degrees", longitude);
        }
    }

    /** {@code 14.90385, -92.25749}. */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%.5f, %.5f", latitude, longitude);
    }
}
