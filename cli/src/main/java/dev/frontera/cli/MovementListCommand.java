package dev.frontera.cli;

import dev.frontera.movements.sightings.Movement;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code frontera movements list}. */
@Command(name = "list", description = "List recorded movements.")
final class MovementListCommand implements Callable<Integer> {
    @ParentCommand
    MovementsCommand parent;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (MovementsCommand.Session session = parent.openForReading()) {
            List<List<String>> table = new ArrayList<>();
            table.add(List.of("id", "name", "first reported", "origin", "status", "sightings"));
            for (Movement movement : session.store.list()) {
                table.add(List.of(
                        movement.id(),
                        movement.name(),
                        movement.firstReported().toString(),
                        movement.origin().label(),
                        movement.status().slug(),
                        Integer.toString(session.store.sightings(movement.id()).size())));
            }
            if (table.size() == 1) {
                out.println("No movements recorded yet; add one with 'frontera movements add' or"
                        + " 'frontera movements import ARTICLE --published DATE'.");
            } else {
                TextTable.print(table, out);
            }
        }
        return ExitCodes.OK;
    }
}
