package dev.frontera.cli;

import dev.frontera.movements.sightings.Movement;
import dev.frontera.movements.sightings.MovementStatus;
import dev.frontera.movements.sightings.NewMovement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code frontera movements add}: records a new caravan or group. */
@Command(name = "add", description = "Record a new movement (caravan or group).")
final class MovementAddCommand implements Callable<Integer> {
    @ParentCommand
    MovementsCommand parent;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--name", required = true, description = "e.g. 'Christmas Eve caravan 2023'")
    String name;

    @Option(
            names = "--first-reported",
            required = true,
            paramLabel = "DATE",
            description = "when the movement was first reported, e.g. 2023-12-24")
    String firstReported;

    @Option(names = "--origin", required = true, paramLabel = "PLACE", description = "e.g. Tapachula")
    String origin;

    @Option(names = "--nationality", paramLabel = "COUNTRY", description = "repeat or separate with commas")
    List<String> nationalities = new ArrayList<>();

    @Option(names = "--status", description = "moving (default), stalled, dispersed or arrived")
    String status = "moving";

    @Override
    public Integer call() {
        List<String> countries = nationalities.stream()
                .flatMap(n -> List.of(n.split(",")).stream())
                .map(String::trim)
                .filter(n -> !n.isEmpty())
                .toList();
        try (MovementsCommand.Session session = parent.open()) {
            Movement movement = session.store.addMovement(new NewMovement(
                    name,
                    MovementsCommand.date("--first-reported", firstReported),
                    origin,
                    countries,
                    MovementStatus.parse(status)));
            spec.commandLine()
                    .getOut()
                    .printf(
                            "Recorded movement %s (%s), from %s.%n",
                            movement.id(), movement.name(), movement.origin().label());
        }
        return ExitCodes.OK;
    }
}
