package dev.frontera.cli;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.core.period.CalendarDates;
import dev.frontera.movements.Movements;
import dev.frontera.movements.sightings.MovementStore;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code frontera movements ...}: caravans and groups en route, kept in the same store as the statistics. */
@Command(
        name = "movements",
        description = "Record and follow caravans and groups of migrants en route.",
        subcommands = {
            MovementListCommand.class,
            MovementShowCommand.class,
            MovementAddCommand.class,
            MovementSightCommand.class,
            MovementStatusCommand.class,
            MovementImportCommand.class,
            MovementDeleteCommand.class,
            MovementDistanceCommand.class
        })
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

    /**
     * The movement tables of the store, with the statistics beside them; closed together. Read-only
     * sessions open the store read-only and write nothing, so they work beside a read-only server.
     */
    final class Session implements AutoCloseable {
        final Workspace workspace;
        final Connection connection;
        final MovementStore store;

        Session(boolean writable) {
            workspace = writable ? Workspace.forWriting(root.db) : Workspace.forReading(root.db);
            try {
                connection = workspace.store().connection();
                store = writable
                        ? movements().openStore(connection, Clock.systemUTC())
                        : movements().openReadOnlyStore(connection, Clock.systemUTC());
            } catch (RuntimeException e) {
                workspace.close();
                throw e;
            }
        }

        @Override
        public void close() {
            try {
                store.close();
                connection.close();
            } catch (SQLException e) {
                throw new FronteraException(
                        ErrorCode.STORE, "could not close the movement store: " + e.getMessage(), e);
            } finally {
                workspace.close();
            }
        }
    }

    /** A session that may write. */
    Session open() {
        return new Session(true);
    }

    /** A session that only reads (list, show). */
    Session openForReading() {
        return new Session(false);
    }

    /** A date as the API reads it too: YYYY-MM-DD, years 1900 to 2100. */
    static LocalDate date(String name, String text) {
        return CalendarDates.parse(name, text);
    }

    /** Straight-line and road distances to the border, as both show and distance print them. */
    static void printDistances(PrintWriter out, dev.frontera.movements.routes.BorderDistances distances) {
        line(out, "to the border", distances.border().distance().label() + " (great circle)");
        line(
                out,
                "to the nearest port",
                distances.toNearestPort().label() + ", "
                        + distances.nearestPort().name() + " (great circle)");
        line(
                out,
                "by road (estimated)",
                distances.likelyCrossing().distance().label() + " to "
                        + distances.likelyCrossing().crossing().name() + " via "
                        + String.join(", ", distances.likelyCrossing().via()));
    }

    static void line(PrintWriter out, String label, Object value) {
        out.printf("  %-22s %s%n", label + ":", value);
    }
}
