package dev.frontera.cli;

import dev.frontera.movements.sightings.Movement;
import dev.frontera.movements.sightings.MovementStatus;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code frontera movements status ID STATUS}: the change is kept in the movement's history. */
@Command(name = "status", description = "Change a movement's status (moving, stalled, dispersed, arrived).")
final class MovementStatusCommand implements Callable<Integer> {
    @ParentCommand
    MovementsCommand parent;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MOVEMENT")
    String movementId;

    @Parameters(index = "1", paramLabel = "STATUS")
    String status;

    @Option(names = "--reason", required = true, description = "why, with a source")
    String reason;

    @Override
    public Integer call() {
        try (MovementsCommand.Session session = parent.open()) {
            Movement movement = session.store.changeStatus(movementId, MovementStatus.parse(status), reason);
            spec.commandLine()
                    .getOut()
                    .printf(
                            "%s is now %s.%n",
                            movement.name(), movement.status().slug());
        }
        return ExitCodes.OK;
    }
}
