package dev.frontera.cli;

import dev.frontera.core.dimension.Dimension;
import dev.frontera.data.store.Coverage;
import dev.frontera.data.store.FamilyCoverage;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code frontera coverage}: which months and dimensions each family of files answers. */
@Command(name = "coverage", description = "Show the months and dimensions each family of official files covers.")
final class CoverageCommand implements Callable<Integer> {
    @ParentCommand
    Frontera root;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace workspace = Workspace.forReading(root.db)) {
            Coverage coverage = workspace.store().coverage();
            List<List<String>> table = new ArrayList<>();
            table.add(List.of("family", "months", "releases", "dimensions"));
            for (FamilyCoverage family : coverage.families()) {
                long releases = family.months().stream()
                        .flatMap(m -> m.releaseIds().stream())
                        .distinct()
                        .count();
                table.add(List.of(
                        family.family().slug(),
                        family.firstMonth() + ".." + family.lastMonth(),
                        Long.toString(releases),
                        family.dimensions().stream()
                                .sorted()
                                .map(Dimension::parameter)
                                .collect(Collectors.joining(", "))));
            }
            TextTable.print(table, out);
            out.println();
            out.println(
                    "Each month is answered by the newest release that covers it; exact counts come before rounded ones.");
        }
        return ExitCodes.OK;
    }
}
