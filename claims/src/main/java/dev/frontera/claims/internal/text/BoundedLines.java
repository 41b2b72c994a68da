package dev.frontera.claims.internal.text;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines of at most {@code limit} characters, so one huge line cannot exhaust memory: the
 * rest of a longer line is skipped and the line is reported as too long. Not thread-safe.
 */
public final class BoundedLines {
    /** One line of the input: its text (cut at the limit) and whether it was longer. */
    public record Line(String text, boolean tooLong) {}

    private final Reader in;
    private final int limit;
    private final StringBuilder buffer = new StringBuilder();

    public BoundedLines(Reader in, int limit) {
        this.in = requireNonNull(in, "in is null");
        this.limit = limit;
    }

    /** The next line without its terminator, or null at the end of the input. */
    public Line next() throws IOException {
        buffer.setLength(0);
        boolean tooLong = false;
        int c = in.read();
        if (c < 0) {
            return null;
        }
        while (c >= 0 && c != '\n') {
            if (buffer.length() < limit) {
                buffer.append((char) c);
            } else {
                tooLong = true;
            }
            c = in.read();
        }
        if (!tooLong && buffer.length() > 0 && buffer.charAt(buffer.length() - 1) == '\r') {
            buffer.setLength(buffer.length() - 1);
        }
        return new Line(buffer.toString(), tooLong);
    }
}
