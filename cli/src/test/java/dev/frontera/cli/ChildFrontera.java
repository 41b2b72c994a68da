package dev.frontera.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code frontera} in a process of its own, on this test's class path: for what needs a second
 * process (DuckDB's file lock is per process) or limits set on a process ({@code ulimit -f}).
 */
final class ChildFrontera implements AutoCloseable {
    private final Process process;
    private final BufferedReader out;

    private ChildFrontera(Process process) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Starts {@code frontera ARGS...}, standard error merged into standard output. */
    static ChildFrontera start(String... args) {
        return start(List.of(), args);
    }

    /**
     * Starts it with a limit on the size of every file it writes ({@code ulimit -f}, in KB): a write
     * past it fails with "File too large", as on a full disk. DuckDB would unpack its 70 MB native
     * library from its jar first, which the limit forbids, so the child gets a copy of the jar
     * without it and the library unpacked once beforehand, on {@code java.library.path}.
     */
    static ChildFrontera startWithFileSizeLimit(long kilobytes, String... args) {
        Path native_ = NativeDuckDb.unpacked();
        String original = NativeDuckDb.jar().toString();
        List<String> command = new ArrayList<>();
        for (String part : command(args)) {
            command.add(
                    part.contains(original)
                            ? part.replace(
                                    original, native_.resolve("duckdb_jdbc.jar").toString())
                            : part);
        }
        command.add(1, "-Djava.library.path=" + native_);
        StringBuilder line = new StringBuilder("ulimit -f " + kilobytes + "; exec");
        command.forEach(
                part -> line.append(" '").append(part.replace("'", "'\\''")).append('\''));
        return start(List.of("bash", "-c", line.toString()));
    }

    private static ChildFrontera start(List<String> prefix, String... args) {
        return start(prefix.isEmpty() ? command(args) : prefix);
    }

    private static ChildFrontera start(List<String> command) {
        try {
            return new ChildFrontera(
                    new ProcessBuilder(command).redirectErrorStream(true).start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> command(String... args) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.add("-Xmx512m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Frontera.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    /** Reads the output until a line contains {@code text}; returns everything read. Fails if the process ends first. */
    String awaitLine(String text) {
        StringBuilder seen = new StringBuilder();
        try {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                seen.append(line).append('\n');
                if (line.contains(text)) {
                    return seen.toString();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("the child ended before printing '" + text + "':\n" + seen);
    }

    /** Waits for the end (at most {@code seconds}); returns the exit code and the rest of the output. */
    Finished await(long seconds) {
        try {
            StringBuilder rest = new StringBuilder();
            Thread reader = new Thread(() -> {
                try {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        rest.append(line).append('\n');
                    }
                } catch (IOException ignored) {
                    // the process is gone
                }
            });
            reader.start();
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("frontera did not end within " + seconds + " s");
            }
            reader.join(10_000);
            return new Finished(process.exitValue(), rest.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Finished(int exitCode, String output) {}

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
