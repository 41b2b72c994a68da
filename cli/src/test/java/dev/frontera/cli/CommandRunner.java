package dev.frontera.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process and keeps what it printed. */
record CommandRunner(int exitCode, String out, String err) {

    static CommandRunner run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Frontera.run(args, new PrintWriter(out), new PrintWriter(err));
        return new CommandRunner(code, out.toString(), err.toString());
    }
}
