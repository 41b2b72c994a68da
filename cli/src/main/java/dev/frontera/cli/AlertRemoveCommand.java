package dev.frontera.cli;

import dev.frontera.surges.alerts.AlertRule;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code frontera alerts remove ID}: stops a rule; its history and fired alerts stay. */
@Command(name = "remove", description = "Stop an alert rule (its history and fired alerts are kept).")
final class AlertRemoveCommand implements Callable<Integer> {
    @ParentCommand
    AlertsCommand parent;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "the rule's id (see 'frontera alerts list')")
    String id;

    @Option(names = "--reason", paramLabel = "TEXT", description = "why, kept in the history")
    String reason;

    @Override
    public Integer call() {
        try (AlertsCommand.Session session = parent.open(true)) {
            AlertRule rule = session.alerts.remove(id, reason);
            spec.commandLine()
                    .getOut()
                    .println("Removed alert rule '%s' (%s); its history is kept: 'frontera alerts history %s'."
                            .formatted(rule.id(), rule.description(), rule.id()));
        }
        return ExitCodes.OK;
    }
}
