package dev.frontera.movements.routes;

import java.util.List;

/**
 * Road distances between route cities used to calibrate the corridor model: figures as road
 * atlases and routing services give them for the main toll-free or toll highway, rounded to
 * 5-10 km (written by hand; each is approximate). The model's circuity factor is fitted on them
 * by least squares, and its error on them is reported by {@link RoadNetwork#calibrationErrors()}.
 */
final class RoadCalibration {
    record Point(String from, String to, double roadKilometres) {}

    private RoadCalibration() {}

    static List<Point> points() {
        return List.of(
                new Point("Tapachula", "Mexico City", 1150),
                new Point("Mexico City", "Puebla", 130),
                new Point("Veracruz", "Mexico City", 400),
                new Point("Mexico City", "Monterrey", 910),
                new Point("Monterrey", "Nuevo Laredo", 225),
                new Point("Mexico City", "Guadalajara", 540),
                new Point("Mexico City", "Ciudad Juárez", 1850),
                new Point("Chihuahua", "Ciudad Juárez", 370),
                new Point("Mexico City", "Tijuana", 2800),
                new Point("Hermosillo", "Nogales", 275),
                new Point("Guatemala City", "Tecún Umán", 255),
                new Point("Panama City", "San José", 870));
    }
}
