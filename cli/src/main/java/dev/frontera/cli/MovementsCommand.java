package dev.frontera.cli;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.movements.Movements;
import dev.frontera.movements.sightings.MovementStore;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code frontera movements ...}: caravans and groups en route, kept in the same store as the statistics. */
@Command(name = "movements", description = "Record and follow caravans and groups of migrants en route.",
        subcommands = {MovementListCommand.class, MovementShowCommand.class, MovementAddCommand.class,
                MovementSightCommand.class, MovementStatusCommand.class, MovementImportCommand.class,
                MovementDistanceCommand.class})
final class MovementsCommand {
    @ParentCommand
    Frontera root;

    // Built on first use: the gazetteer is large, and picocli creates this command for every command line.
    private Movements movements;

    Movements movements() {
        if (movements == null) {
            movements = Movements.create();
        }
        return movements;
    }

    /** The movement tables of the store, with the statistics beside them; closed together. */
    final class Session implements AutoCloseable {
        final Workspace workspace;
        final Connection connection;
        final MovementStore store;

        Session() {
            workspace = Workspace.forWriting(root.db);
            connection = workspace.store().connection();
            store = movements().openStore(connection, Clock.systemUTC());
        }

        @Override
        public void close() {
            try {
                store.close();
                connection.close();
            } catch (SQLException e) {
                throw new FronteraException(ErrorCode.STORE, "could not close the movement store: " + e.getMessage(), e);
            } finally {
                workspace.close();
            }
        }
    }

    Session open() {
        return new Session();
    }

    static LocalDate date(String name, String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw FronteraException.invalid("%s must be a date like 2023-12-24, not '%s'", name, text);
        }
    }

    /** Straight-line and road distances to the border, as both show and distance print them. */
    static void printDistances(PrintWriter out, dev.frontera.movements.routes.BorderDistances distances) {
        line(out, "to the border", distances.border().distance().label() + " (great circle)");
        line(out, "to the nearest port", distances.toNearestPort().label() + ", " + distances.nearestPort().name()
                + " (great circle)");
        line(out, "by road (estimated)", distances.likelyCrossing().distance().label() + " to "
                + distances.likelyCrossing().crossing().name() + " via "
                + String.join(", ", distances.likelyCrossing().via()));
    }

    static void line(PrintWriter out, String label, Object value) {
        out.printf("  %-22s %s%n", label + ":", value);
    }
}
