package dev.frontera.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Every command explains itself: the whole command tree, walked. */
class TestHelp {

    /** Every command below {@code frontera}, as the words that name it ({@code [movements, sight]}). */
    private static List<List<String>> commands() {
        List<List<String>> found = new ArrayList<>();
        walk(new CommandLine(new Frontera()), new ArrayList<>(), found);
        return found;
    }

    private static void walk(CommandLine command, List<String> path, List<List<String>> found) {
        found.add(List.copyOf(path));
        command.getSubcommands().forEach((name, sub) -> {
            if (!name.equals(sub.getCommandName())) {
                return; // an alias of a command walked under its own name
            }
            path.add(name);
            walk(sub, path, found);
            path.remove(path.size() - 1);
        });
    }

    private static CommandRunner run(List<String> words) {
        return CommandRunner.run(words.toArray(String[]::new));
    }

    private static List<String> with(List<String> path, String... more) {
        List<String> words = new ArrayList<>(path);
        words.addAll(List.of(more));
        return words;
    }

    @Test
    void the_tree_has_every_command() {
        assertThat(commands())
                .contains(
                        List.of(),
                        List.of("query"),
                        List.of("serve"),
                        List.of("movements", "sight"),
                        List.of("movements", "add"),
                        List.of("movements", "status"),
                        List.of("help"))
                .hasSizeGreaterThan(15);
    }

    @TestFactory
    Stream<DynamicTest> each_command_answers_help_and_h_and_the_help_command_alike_listing_all_its_options() {
        return commands().stream()
                .map(path -> DynamicTest.dynamicTest("frontera " + String.join(" ", path) + " --help", () -> {
                    String name = String.join(" ", with(List.of("frontera"), path.toArray(String[]::new)));
                    // Picocli formats descriptions with String.format; when that fails ("80% intervals") it warns on
                    // System.err itself, past the command's own error stream.
                    PrintStream saved = System.err;
                    ByteArrayOutputStream warned = new ByteArrayOutputStream();
                    CommandRunner help;
                    try {
                        System.setErr(new PrintStream(warned, true, StandardCharsets.UTF_8));
                        help = run(with(path, "--help"));
                    } finally {
                        System.setErr(saved);
                    }
                    assertThat(warned.toString(StandardCharsets.UTF_8)).as(name).isEmpty();

                    assertThat(help.exitCode()).as(help.err()).isZero();
                    assertThat(help.err()).isEmpty();
                    assertThat(help.out()).startsWith("Usage: " + name + " ");
                    CommandSpec spec = spec(path);
                    for (OptionSpec option : spec.options()) {
                        assertThat(help.out())
                                .as("%s lists %s", name, option.longestName())
                                .contains(option.longestName());
                        assertThat(String.join(" ", option.description()))
                                .as("%s %s has a description", name, option.longestName())
                                .isNotBlank();
                    }
                    assertThat(run(with(path, "-h")).out()).isEqualTo(help.out());
                    CommandRunner viaHelp = run(with(List.of("help"), path.toArray(String[]::new)));
                    assertThat(viaHelp.exitCode()).isZero();
                    assertThat(viaHelp.out()).isEqualTo(help.out());
                }));
    }

    private static CommandSpec spec(List<String> path) {
        CommandLine command = new CommandLine(new Frontera());
        for (String name : path) {
            command = command.getSubcommands().get(name);
        }
        return command.getCommandSpec();
    }

    @Test
    void a_usage_error_names_the_command_that_failed() {
        CommandRunner run = CommandRunner.run("movements", "sight", "--place", "Huixtla");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err())
                .startsWith("frontera movements sight: Missing required")
                .contains("Try 'frontera movements sight --help'.");
        assertThat(CommandRunner.run("movements").err())
                .contains("frontera movements: Missing required subcommand")
                .contains("Try 'frontera movements --help'.");
        assertThat(CommandRunner.run("query", "--period", "FY2024", "--perday").err())
                .contains("Unknown option: '--perday'")
                .contains("--per-day")
                .contains("Try 'frontera query --help'.");
    }

    @Test
    void help_for_a_command_that_does_not_exist_lists_the_ones_that_do() {
        CommandRunner run = CommandRunner.run("help", "movements", "sigth");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err())
                .contains("no command 'sigth' in 'frontera movements'")
                .contains("sight");
    }

    @Test
    void version_is_the_one_maven_built() {
        CommandRunner run = CommandRunner.run("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .matches("(?s)frontera \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\nJava 17.*")
                .doesNotContain("development");
        assertThat(CommandRunner.run("query", "--version").out()).isEqualTo(run.out());
    }
}
