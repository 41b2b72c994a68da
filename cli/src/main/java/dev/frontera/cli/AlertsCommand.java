package dev.frontera.cli;

import dev.frontera.surges.alerts.AlertStore;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code frontera alerts add|list|remove|history}: alert rules, evaluated on every ingest. */
@Command(
        name = "alerts",
        description = "Alert rules, evaluated on each ingest of a new release; fired alerts go to the"
                + " Atom feed /feeds/alerts.atom and, where set, to a signed webhook.",
        subcommands = {
            AlertAddCommand.class,
            AlertListCommand.class,
            AlertRemoveCommand.class,
            AlertHistoryCommand.class
        })
final class AlertsCommand {
    @ParentCommand
    Frontera root;

    /** The store and its alert tables, for one command. */
    static final class Session implements AutoCloseable {
        final Workspace workspace;
        final AlertStore alerts;

        private Session(Workspace workspace, AlertStore alerts) {
            this.workspace = workspace;
            this.alerts = alerts;
        }

        @Override
        public void close() {
            try {
                alerts.close();
            } finally {
                workspace.close();
            }
        }
    }

    Session open(boolean writing) {
        Path db = root.db;
        Workspace workspace = writing ? Workspace.forWriting(db) : Workspace.forReading(db);
        try {
            return new Session(workspace, AlertStore.open(workspace.store().connection(), writing, Clock.systemUTC()));
        } catch (RuntimeException e) {
            workspace.close();
            throw e;
        }
    }
}
