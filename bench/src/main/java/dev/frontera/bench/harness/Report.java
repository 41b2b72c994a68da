package dev.frontera.bench.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Summary lines of a benchmark: printed, and kept under {@code -Dbench.out} (bench/target/bench-results) when set. */
public final class Report {
    private Report() {}

    public static String verdict(boolean goalMet) {
        return goalMet ? "[goal met]" : "[goal MISSED]";
    }

    public static void write(String name, List<String> lines) {
        System.out.println();
        lines.forEach(line -> System.out.println("== " + line));
        String out = System.getProperty("bench.out");
        if (out == null) {
            return;
        }
        try {
            Path folder = Files.createDirectories(Path.of(out));
            Files.write(folder.resolve(name + ".txt"), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the " + name + " summary under " + out, e);
        }
    }
}
