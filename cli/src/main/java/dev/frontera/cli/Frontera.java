package dev.frontera.cli;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code frontera} command: the composition root of the command-line tool. Its help and
 * version options are inherited by every command below it, so {@code -h} works everywhere.
 */
@Command(
        name = "frontera",
        mixinStandardHelpOptions = true,
        versionProvider = Frontera.Version.class,
        scope = CommandLine.ScopeType.INHERIT,
        usageHelpWidth = 100,
        description = "The official record of US border encounters: query it, check claims against it.",
        subcommands = {
            IngestCommand.class,
            FetchCommand.class,
            QueryCommand.class,
            CheckCommand.class,
            ReleasesCommand.class,
            CoverageCommand.class,
            DigestCommand.class,
            ForecastCommand.class,
            AlertsCommand.class,
            MovementsCommand.class,
            ServeCommand.class,
            HelpCommand.class
        })
public final class Frontera {

    @Option(
            names = "--db",
            paramLabel = "FILE",
            description = "the store (default: $FRONTERA_DB, else ~/.local/share/frontera/frontera.duckdb)",
            scope = CommandLine.ScopeType.INHERIT)
    Path db;

    @Option(
            names = "--verbose",
            description = "show stack traces of internal errors",
            scope = CommandLine.ScopeType.INHERIT)
    boolean verbose;

    public static void main(String[] args) {
        System.exit(run(
                args,
                new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs a command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Frontera root = new Frontera();
        CommandLine commandLine = new CommandLine(root);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler(
                (exception, line, parseResult) -> report(exception, root.verbose, err));
        commandLine.setParameterExceptionHandler((exception, arguments) -> {
            String command = exception.getCommandLine().getCommandSpec().qualifiedName();
            err.println(command + ": " + exception.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(exception, err);
            err.println("Try '" + command + " --help'.");
            return ExitCodes.USAGE;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** Prints an error for a person: the message, never a stack trace unless asked. */
    static int report(Exception exception, boolean verbose, PrintWriter err) {
        if (exception instanceof FronteraException frontera) {
            err.println("frontera: " + frontera.getMessage());
            if (verbose) {
                frontera.printStackTrace(err);
            }
            return ExitCodes.of(frontera.code());
        }
        err.println("frontera: internal error: " + exception + (verbose ? "" : " (run with --verbose for details)"));
        if (verbose) {
            exception.printStackTrace(err);
        }
        return ExitCodes.of(ErrorCode.INTERNAL);
    }

    /** The version Maven built, from a resource it fills in (so it is right in the jar and in tests alike). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties build = new Properties();
            try (InputStream in = Frontera.class.getResourceAsStream("version.properties")) {
                if (in == null) {
                    throw new IOException("version.properties is missing from the jar: a broken build");
                }
                build.load(in);
            }
            return new String[] {
                "frontera " + build.getProperty("version"),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + "), "
                        + System.getProperty("os.name") + " " + System.getProperty("os.arch")
            };
        }
    }
}
