package dev.frontera.cli;

import dev.frontera.movements.sightings.Movement;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code frontera movements delete ID}: removes a movement with its sightings and history. */
@Command(name = "delete", description = "Remove a movement with its sightings and history.")
final class MovementDeleteCommand implements Callable<Integer> {
    @ParentCommand
    MovementsCommand parent;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MOVEMENT", description = "its id, as 'frontera movements list' shows it")
    String movementId;

    @Override
    public Integer call() {
        try (MovementsCommand.Session session = parent.open()) {
            Movement removed = session.store.deleteMovement(movementId);
            spec.commandLine()
                    .getOut()
                    .printf("Removed movement %s (%s) with its sightings and history.%n", removed.id(), removed.name());
        }
        return ExitCodes.OK;
    }
}
