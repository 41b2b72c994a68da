package dev.frontera.cli;

import dev.frontera.surges.alerts.AlertHistoryEntry;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code frontera alerts history ID}: everything that happened to a rule, removed ones too. */
@Command(name = "history", description = "Show a rule's history: added, fired, webhook deliveries, removed.")
final class AlertHistoryCommand implements Callable<Integer> {
    @ParentCommand
    AlertsCommand parent;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "the rule's id")
    String id;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (AlertsCommand.Session session = parent.open(false)) {
            List<AlertHistoryEntry> entries = session.alerts.history(id);
            if (entries.isEmpty()) {
                throw new dev.frontera.core.FronteraException(
                        dev.frontera.core.ErrorCode.NOT_FOUND,
                        "no history for an alert rule '%s'; see 'frontera alerts list'".formatted(id));
            }
            List<List<String>> table = new ArrayList<>();
            table.add(List.of("recorded", "action", "detail"));
            for (AlertHistoryEntry entry : entries) {
                table.add(List.of(entry.recordedAt().toString(), entry.action(), entry.detail()));
            }
            TextTable.print(table, out);
        }
        return ExitCodes.OK;
    }
}
