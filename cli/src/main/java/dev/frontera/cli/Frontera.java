package dev.frontera.cli;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code frontera} command: the composition root of the command-line tool. */
@Command(name = "frontera", mixinStandardHelpOptions = true, versionProvider = Frontera.Version.class,
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
                CommandLine.HelpCommand.class})
public final class Frontera {

    @Option(names = "--db", description = "Store file (default: $FRONTERA_DB, else ~/.local/share/frontera/frontera.duckdb).",
            scope = CommandLine.ScopeType.INHERIT)
    Path db;

    @Option(names = "--verbose", description = "Show stack traces of internal errors.", scope = CommandLine.ScopeType.INHERIT)
    boolean verbose;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs a command line with the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        Frontera root = new Frontera();
        CommandLine commandLine = new CommandLine(root);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> report(exception, root.verbose, err));
        commandLine.setParameterExceptionHandler((exception, args1) -> {
            err.println("frontera: " + exception.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(exception, err);
            err.println("Try 'frontera " + exception.getCommandLine().getCommandName() + " --help'.");
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

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Frontera.class.getPackage().getImplementationVersion();
            return new String[] {"frontera " + (version == null ? "development build" : version)};
        }
    }
}
