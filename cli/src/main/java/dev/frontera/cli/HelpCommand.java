package dev.frontera.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Parameters;

/**
 * {@code frontera help [COMMAND...]}: the help of any command, however deep ({@code frontera help
 * movements sight}). Picocli's own help command looks one level down only.
 */
@Command(
        name = "help",
        helpCommand = true,
        description = "Show the help of a command, e.g. 'frontera help query' or 'frontera help movements sight'.")
final class HelpCommand implements CommandLine.IHelpCommandInitializable2, Runnable {
    @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "the command, with its parent commands")
    List<String> path = List.of();

    private CommandLine self;
    private PrintWriter out;
    private Help.ColorScheme colors;

    @Override
    public void init(CommandLine helpCommandLine, Help.ColorScheme colorScheme, PrintWriter out, PrintWriter err) {
        this.self = helpCommandLine;
        this.colors = colorScheme;
        this.out = out;
    }

    @Override
    public void run() {
        CommandLine command = self.getParent();
        for (String name : path) {
            CommandLine next = command.getSubcommands().get(name);
            if (next == null) {
                throw new CommandLine.ParameterException(
                        self,
                        "no command '%s' in '%s' (its commands: %s)"
                                .formatted(
                                        name,
                                        command.getCommandSpec().qualifiedName(),
                                        String.join(
                                                ", ", command.getSubcommands().keySet())));
            }
            command = next;
        }
        command.usage(out, colors);
    }
}
