package dev.frontera.cli;

import dev.frontera.data.store.Store;
import dev.frontera.server.FronteraServer;
import dev.frontera.server.ServedStore;
import dev.frontera.server.ServerSettings;
import dev.frontera.server.api.AdminToken;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code frontera serve}: the web pages and the JSON API over the store, on localhost:8080 by default. */
@Command(
        name = "serve",
        description = {
            "Serve the web pages and the JSON API (http://localhost:8080/ by default).",
            "Before serving, the store is given every file of the official record bundled with Frontera (or of --data DIR)"
                    + " that it lacks: all of them on the first start, nothing later. Releases added by 'frontera fetch' are served too."
        },
        footer = {
            "",
            "Examples:",
            "  frontera serve",
            "  frontera serve --port 9090",
            "  frontera serve --data ~/cbp-files            (serve the official files of that folder instead)",
            "  frontera serve --host 0.0.0.0                (reachable from other machines: think first)",
            "  frontera serve --admin-token-file ~/.frontera-token   (allow movement writes through the API)",
            "",
            "With an admin token (--admin-token-file, or FRONTERA_ADMIN_TOKEN) the server holds the",
            "store read-write, so no other process can open it while it runs; without one it is",
            "read-only and 'frontera query' works beside it."
        })
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    Frontera root;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--host",
            paramLabel = "HOST",
            description = "interface to listen on (default: 127.0.0.1, this machine only)")
    String host = ServerSettings.LOCALHOST;

    @Option(names = "--port", paramLabel = "PORT", description = "port to listen on (default: 8080)")
    int port = ServerSettings.DEFAULT_PORT;

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "folder of official files to serve instead of the record bundled with Frontera;"
                    + " files the store lacks are stored first")
    Path data;

    @Option(
            names = "--check-rate",
            paramLabel = "N",
            description = "texts checked per second allowed per client, article checks and movement proposals"
                    + " together (default: 5, bursts of 4x)")
    double checkRate = ServerSettings.defaults().checkRate();

    @Option(
            names = "--admin-token-file",
            paramLabel = "FILE",
            description = "file holding the secret that allows writes (movements) through the API;"
                    + " default: the FRONTERA_ADMIN_TOKEN environment variable, else no writes")
    Path adminTokenFile;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Path db = root.db != null ? root.db : Store.defaultLocation();
        ServerSettings settings = ServerSettings.defaults()
                .withAddress(host, port)
                .withCheckRate(checkRate, (int) Math.max(1, Math.ceil(checkRate * 4)));
        Optional<AdminToken> token = adminToken();
        if (token.isPresent()) {
            settings = settings.withAdminToken(token.get());
        }
        settings.checkHost();
        try (ServedStore served =
                        ServedStore.prepare(db, Optional.ofNullable(data), settings.writable(), out::println);
                FronteraServer server = FronteraServer.create(served, settings).start()) {
            out.println("Serving " + db
                    + (settings.writable()
                            ? " (read-write: admin writes allowed with the token; other processes cannot open the store)"
                            : " (read-only: 'frontera query' works beside it)")
                    + " at " + server.url());
            out.println("Press Ctrl+C to stop.");
            server.join();
        }
        return ExitCodes.OK;
    }

    private Optional<AdminToken> adminToken() {
        if (adminTokenFile != null) {
            return Optional.of(AdminToken.fromFile(adminTokenFile));
        }
        String fromEnvironment = System.getenv("FRONTERA_ADMIN_TOKEN");
        return fromEnvironment == null || fromEnvironment.isBlank()
                ? Optional.empty()
                : Optional.of(AdminToken.of(fromEnvironment));
    }
}
