package dev.frontera.cli;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.core.query.Release;
import dev.frontera.data.query.QueryEngine;
import dev.frontera.surges.SeasonalBaseline;
import dev.frontera.surges.digest.Digest;
import dev.frontera.surges.digest.DigestBuilder;
import dev.frontera.surges.digest.DigestDocument;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code frontera digest [--release ID]}: what a release brought, most notable first. */
@Command(
        name = "digest",
        description = "What a release brought (the newest by default): records, moves against the"
                + " seasonal baseline, changes on the month and year, revisions; most notable first.")
final class DigestCommand implements Callable<Integer> {
    @ParentCommand
    Frontera root;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--release",
            paramLabel = "RELEASE",
            description = "release id, id prefix or file name (default: the newest)")
    String release;

    @Option(names = "--limit", paramLabel = "N", description = "items to print (default 25)")
    int limit = 25;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default) or json")
    String format = "table";

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        QueryCommand.Format output = QueryCommand.Format.parse(format);
        try (Workspace workspace = Workspace.forReading(root.db)) {
            Release chosen = chosen(workspace);
            QueryEngine engine = workspace.engine();
            Digest digest = new DigestBuilder(engine, SeasonalBaseline.over(engine), workspace.store()::revisions)
                    .digest(chosen);
            if (output == QueryCommand.Format.JSON) {
                QueryCommand.Json.write(DigestDocument.tree(digest), out);
            } else {
                DigestDocument.lines(digest, Math.max(1, limit)).forEach(out::println);
            }
        }
        return ExitCodes.OK;
    }

    private Release chosen(Workspace workspace) {
        if (release != null) {
            return workspace
                    .store()
                    .release(release)
                    .orElseThrow(() -> new FronteraException(
                            ErrorCode.NOT_FOUND,
                            "no stored release matches '%s'; run 'frontera releases'".formatted(release)));
        }
        List<Release> releases = workspace.store().releases();
        if (releases.isEmpty()) {
            throw new FronteraException(
                    ErrorCode.NOT_FOUND, "the store holds no release yet; run 'frontera ingest DIR'");
        }
        return releases.get(0);
    }
}
