package dev.frontera.cli;

import dev.frontera.core.FronteraException;
import dev.frontera.movements.geography.GeoPoint;
import dev.frontera.movements.sightings.NewSighting;
import dev.frontera.movements.sightings.Sighting;
import dev.frontera.movements.sightings.SizeEstimate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code frontera movements sight ID}: records where a movement was seen. */
@Command(name = "sight", description = "Record a sighting of a movement: date, place, size, source.")
final class MovementSightCommand implements Callable<Integer> {
    @ParentCommand
    MovementsCommand parent;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MOVEMENT")
    String movementId;

    @Option(names = "--date", required = true, paramLabel = "DATE", description = "when it was seen, e.g. 2024-01-02")
    String date;

    @Option(names = "--place", required = true, description = "a place on the route, e.g. 'Huixtla' or 'Juchitán, MX'")
    String place;

    @Option(names = "--lat", description = "latitude, when the place name is not precise enough")
    Double latitude;

    @Option(names = "--lon", description = "longitude")
    Double longitude;

    @Option(names = "--size", description = "reported size, e.g. 7000")
    Long size;

    @Option(names = "--size-high", description = "upper end when the size is a range")
    Long sizeHigh;

    @Option(names = "--size-qualifier", description = "about, up to, at least, ...")
    String sizeQualifier = "about";

    @Option(names = "--given-by", description = "who gave the size: organisers, INM, UN, a news outlet")
    String givenBy = "unknown";

    @Option(names = "--source", required = true, description = "source URL")
    String source;

    @Option(names = "--quote", description = "the sentence that reports it")
    String quote = "";

    @Override
    public Integer call() {
        if ((latitude == null) != (longitude == null)) {
            throw FronteraException.invalid("give both --lat and --lon, or neither");
        }
        Optional<GeoPoint> point = latitude == null ? Optional.empty() : Optional.of(new GeoPoint(latitude, longitude));
        Optional<SizeEstimate> estimate = Optional.empty();
        if (size != null) {
            estimate = Optional.of(new SizeEstimate(size, sizeHigh == null ? size : sizeHigh, sizeQualifier, givenBy));
        }
        try (MovementsCommand.Session session = parent.open()) {
            Sighting sighting = session.store.addSighting(
                    movementId,
                    new NewSighting(MovementsCommand.date("--date", date), place, point, estimate, source, quote));
            spec.commandLine()
                    .getOut()
                    .printf(
                            "Recorded sighting %d of %s: %s on %s.%n",
                            sighting.id(), movementId, sighting.placeName(), sighting.date());
        }
        return ExitCodes.OK;
    }
}
