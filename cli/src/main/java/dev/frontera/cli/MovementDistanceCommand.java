package dev.frontera.cli;

import dev.frontera.movements.routes.BorderDistances;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code frontera movements distance PLACE}: how far a place is from the US–Mexico border. */
@Command(name = "distance", description = "Distances from a place to the US-Mexico border and its ports of entry.")
final class MovementDistanceCommand implements Callable<Integer> {
    @ParentCommand
    MovementsCommand parent;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PLACE")
    String place;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        BorderDistances distances = parent.movements().distancesFrom(place);
        out.println(parent.movements().gazetteer().resolve(place).label() + ":");
        MovementsCommand.printDistances(out, distances);
        MovementsCommand.line(out, "method", distances.likelyCrossing().method());
        return ExitCodes.OK;
    }
}
