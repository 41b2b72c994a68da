package dev.frontera.cli;

import dev.frontera.data.store.Store;
import dev.frontera.server.FronteraServer;
import dev.frontera.server.ServedStore;
import dev.frontera.server.ServerSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code frontera serve}: the web pages and the JSON API over the store, on localhost:8080 by default. */
@Command(name = "serve", description = "Serve the web pages and the JSON API (http://localhost:8080/ by default).",
        footer = {"", "Examples:",
                "  frontera serve --data ../shared/data/cbp     (an empty store: ingest that folder first)",
                "  frontera serve --port 9090",
                "  frontera serve --host 0.0.0.0                (reachable from other machines: think first)"})
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    Frontera root;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--host", paramLabel = "HOST", description = "interface to listen on (default: 127.0.0.1, this machine only)")
    String host = ServerSettings.LOCALHOST;

    @Option(names = "--port", paramLabel = "PORT", description = "port to listen on (default: 8080)")
    int port = ServerSettings.DEFAULT_PORT;

    @Option(names = "--data", paramLabel = "DIR", description = "folder of official CBP files to ingest when the store is empty")
    Path data;

    @Option(names = "--check-rate", paramLabel = "N",
            description = "article checks per second allowed per client (default: 5, bursts of 4x)")
    double checkRate = ServerSettings.defaults().checkRate();

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Path db = root.db != null ? root.db : Store.defaultLocation();
        ServerSettings settings = ServerSettings.defaults().withAddress(host, port)
                .withCheckRate(checkRate, (int) Math.max(1, Math.ceil(checkRate * 4)));
        try (ServedStore served = ServedStore.prepare(db, Optional.ofNullable(data), out::println);
                FronteraServer server = FronteraServer.create(served, settings).start()) {
            out.println("Serving " + db + " (read-only: 'frontera query' works beside it) at " + server.url());
            out.println("Press Ctrl+C to stop.");
            server.join();
        }
        return ExitCodes.OK;
    }
}
