package dev.frontera.cli;

import dev.frontera.core.FronteraException;
import dev.frontera.core.query.Answer;
import dev.frontera.core.query.AnswerRow;
import dev.frontera.movements.Movements;
import dev.frontera.movements.context.ContextQuery;
import dev.frontera.movements.routes.ArrivalWindow;
import dev.frontera.movements.routes.BorderDistances;
import dev.frontera.movements.sightings.Movement;
import dev.frontera.movements.sightings.Sighting;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code frontera movements show ID}: track, pace, distance left, arrival window, and the statistics around it. */
@Command(
        name = "show",
        description = "Show a movement: sightings, pace, distance to the border, arrival window, context.")
final class MovementShowCommand implements Callable<Integer> {
    @ParentCommand
    MovementsCommand parent;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "MOVEMENT")
    String movementId;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Movements movements = parent.movements();
        try (MovementsCommand.Session session = parent.openForReading()) {
            Movement movement = session.store.get(movementId);
            List<Sighting> sightings = session.store.sightings(movementId);
            out.printf(
                    "%s (%s): from %s, first reported %s, %s%n",
                    movement.name(),
                    movement.id(),
                    movement.origin().label(),
                    movement.firstReported(),
                    movement.status().slug());
            out.println("  nationalities reported: " + String.join(", ", movement.nationalities()));
            out.println();
            List<List<String>> table = new ArrayList<>();
            table.add(List.of("date", "place", "size", "given by", "source"));
            for (Sighting sighting : sightings) {
                table.add(List.of(
                        sighting.date().toString(),
                        sighting.placeName(),
                        sighting.size().map(s -> s.label()).orElse(""),
                        sighting.size().map(s -> s.givenBy()).orElse(""),
                        sighting.sourceUrl()));
            }
            TextTable.print(table, out);
            out.println();
            BorderDistances distances = movements.distancesFrom(movements.lastPosition(movement, sightings));
            MovementsCommand.printDistances(out, distances);
            movements
                    .pace(movement, sightings)
                    .ifPresentOrElse(
                            pace -> MovementsCommand.line(out, "pace", pace.label()),
                            () -> MovementsCommand.line(out, "pace", "needs two sightings on different days"));
            movements.arrivalWindow(movement, sightings).ifPresent(window -> printWindow(window, out));
            out.println();
            printContext(movement, sightings, session, out);
        }
        return ExitCodes.OK;
    }

    private static void printWindow(ArrivalWindow window, PrintWriter out) {
        MovementsCommand.line(
                out,
                "could arrive",
                "%s (earliest %s%s) at %s, %s sector"
                        .formatted(
                                window.expected(),
                                window.earliest(),
                                window.latest().map(d -> ", latest " + d).orElse(""),
                                window.crossing().name(),
                                window.sector()));
        MovementsCommand.line(out, "method", window.method());
    }

    private void printContext(
            Movement movement, List<Sighting> sightings, MovementsCommand.Session session, PrintWriter out) {
        out.println("Recent official figures:");
        for (ContextQuery context :
                parent.movements().contextQueries(movement, sightings, session.workspace.engine())) {
            try {
                Answer answer = session.workspace.engine().answer(context.query());
                List<AnswerRow> rows = answer.rows();
                List<AnswerRow> last = rows.subList(Math.max(0, rows.size() - 3), rows.size());
                StringBuilder line = new StringBuilder();
                for (AnswerRow row : last) {
                    line.append(
                            String.format(Locale.ROOT, "%s %,d  ", row.period().label(), row.value()));
                }
                MovementsCommand.line(
                        out,
                        context.label(),
                        line.toString().trim() + "  ["
                                + answer.releases().get(0).name() + "]");
            } catch (FronteraException e) {
                MovementsCommand.line(out, context.label(), "not available: " + e.getMessage());
            }
        }
    }
}
