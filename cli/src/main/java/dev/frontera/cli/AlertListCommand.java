package dev.frontera.cli;

import dev.frontera.surges.alerts.AlertRule;
import dev.frontera.surges.alerts.FiredAlert;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code frontera alerts list}: the rules in use and the latest fired alerts. */
@Command(name = "list", description = "List the alert rules in use and the latest fired alerts.")
final class AlertListCommand implements Callable<Integer> {
    @ParentCommand
    AlertsCommand parent;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--fired", paramLabel = "N", description = "fired alerts to show (default 10)")
    int fired = 10;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (AlertsCommand.Session session = parent.open(false)) {
            List<AlertRule> rules = session.alerts.rules();
            if (rules.isEmpty()) {
                out.println("No alert rules yet; add one with 'frontera alerts add --name NAME ...'.");
            } else {
                List<List<String>> table = new ArrayList<>();
                table.add(List.of("id", "rule", "webhook", "added"));
                for (AlertRule rule : rules) {
                    table.add(List.of(
                            rule.id(),
                            rule.description(),
                            rule.webhook().map(Object::toString).orElse(""),
                            rule.created().toString()));
                }
                TextTable.print(table, out);
                rules.stream()
                        .flatMap(rule -> rule.caveat().stream())
                        .distinct()
                        .forEach(caveat -> out.println("Note: per-day rules are " + caveat + "."));
            }
            List<FiredAlert> alerts = session.alerts.firings(Math.max(0, fired));
            if (!alerts.isEmpty()) {
                out.println();
                out.println("Latest fired alerts:");
                for (FiredAlert alert : alerts) {
                    out.println("  " + alert.firedAt() + "  " + alert.sentence());
                    out.println("    $ " + alert.query());
                }
            }
        }
        return ExitCodes.OK;
    }
}
