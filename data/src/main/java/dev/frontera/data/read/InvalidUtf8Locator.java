package dev.frontera.data.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds where a file stops being UTF-8. The reading decoder only knows that it failed,
 * somewhere in the block it was decoding; this second pass, run only after such a failure,
 * decodes line by line so the message can name the line and column.
 */
final class InvalidUtf8Locator {
    /**
     * The first undecodable bytes: 1-based line, 0-based field, the byte, its 1-based offset in
     * the line, and the header line when that one decoded (so the column can be named).
     */
    record Location(long line, int column, int offendingByte, int byteInLine, String headerLine) {}

    private InvalidUtf8Locator() {}

    static Optional<Location> locate(Path file) throws IOException {
        try (PublishedBytes bytes = PublishedBytes.open(file)) {
            return locate(bytes.stream());
        }
    }

    static Optional<Location> locate(InputStream in) throws IOException {
        CharsetDecoder strict = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        long lineNumber = 1;
        String headerLine = null;
        int next;
        boolean more = true;
        while (more) {
            next = in.read();
            more = next >= 0;
            if (next == '\n' || !more) {
                byte[] bytes = line.toByteArray();
                Optional<Location> bad = check(strict, bytes, lineNumber, headerLine);
                if (bad.isPresent()) {
                    return bad;
                }
                if (lineNumber == 1) {
                    headerLine = new String(bytes, StandardCharsets.UTF_8);
                }
                line.reset();
                lineNumber++;
            } else {
                line.write(next);
            }
        }
        return Optional.empty();
    }

    private static Optional<Location> check(CharsetDecoder strict, byte[] line, long lineNumber, String headerLine) {
        ByteBuffer input = ByteBuffer.wrap(line);
        CharBuffer output = CharBuffer.allocate(line.length + 1);
        strict.reset();
        CoderResult result = strict.decode(input, output, true);
        if (!result.isError()) {
            result = strict.flush(output);
        }
        if (!result.isError()) {
            return Optional.empty();
        }
        int offset = input.position();
        return Optional.of(
                new Location(lineNumber, fieldAt(line, offset), line[offset] & 0xFF, offset + 1, headerLine));
    }

    /** The field a byte falls in: commas before it that are not inside quotes. */
    private static int fieldAt(byte[] line, int offset) {
        int field = 0;
        boolean quoted = false;
        for (int i = 0; i < offset; i++) {
            if (line[i] == '"') {
                quoted = !quoted;
            } else if (line[i] == ',' && !quoted) {
                field++;
            }
        }
        return field;
    }
}
