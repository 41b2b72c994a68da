package dev.frontera.cli;

import dev.frontera.core.query.Release;
import dev.frontera.data.query.AnswerDocument;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code frontera releases}: every stored vintage; with an id, what that release revised. */
@Command(name = "releases", description = "List stored releases; with an id or name, show what that release revised.")
final class ReleasesCommand implements Callable<Integer> {
    @ParentCommand
    Frontera root;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "RELEASE", description = "release id, id prefix or file name")
    String release;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv or json")
    String format = "table";

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        QueryCommand.Format output = QueryCommand.Format.parse(format);
        try (Workspace workspace = Workspace.forReading(root.db)) {
            if (release != null) {
                Release found = workspace
                        .store()
                        .release(release)
                        .orElseThrow(() -> new dev.frontera.core.FronteraException(
                                dev.frontera.core.ErrorCode.NOT_FOUND,
                                "no stored release matches '%s'; run 'frontera releases'".formatted(release)));
                out.println(found.citation() + " [" + found.family().slug() + ", id " + found.id() + "]");
                IngestCommand.revisionSummary(workspace.store().revisions(found.id()))
                        .forEach(out::println);
                return ExitCodes.OK;
            }
            List<Release> releases = workspace.store().releases();
            if (output == QueryCommand.Format.JSON) {
                List<Map<String, Object>> items =
                        releases.stream().map(AnswerDocument::release).toList();
                QueryCommand.Json.write(Map.of("releases", items), out);
                return ExitCodes.OK;
            }
            List<List<String>> table = new ArrayList<>();
            table.add(List.of("id", "name", "family", "published", "months", "rows"));
            for (Release r : releases) {
                table.add(List.of(
                        r.id(),
                        r.name(),
                        r.family().slug(),
                        r.published() + (r.publishedEstimated() ? " (est.)" : ""),
                        r.firstMonth() + ".." + r.lastMonth(),
                        Long.toString(r.rows())));
            }
            if (output == QueryCommand.Format.CSV) {
                QueryCommand.Csv.write(table, List.of(), out);
            } else {
                TextTable.print(table, out);
            }
        }
        return ExitCodes.OK;
    }
}
