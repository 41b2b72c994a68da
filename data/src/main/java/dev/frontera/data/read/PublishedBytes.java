package dev.frontera.data.read;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;

/**
 * The bytes of an official file as CBP published them: gunzipped when we stored them gzipped
 * (recognised by the magic bytes, not the name), hashed as they stream past, and decoded as
 * strict UTF-8 so that a file re-saved in another encoding fails instead of being misread.
 */
final class PublishedBytes implements AutoCloseable {
    private static final int BUFFER = 1 << 16;

    private final String name;
    private final boolean gzipped;
    private final InputStream raw;
    private final InputStream published;
    private final MessageDigest digest;

    private PublishedBytes(String name, boolean gzipped, InputStream raw, InputStream published, MessageDigest digest) {
        this.name = name;
        this.gzipped = gzipped;
        this.raw = raw;
        this.published = published;
        this.digest = digest;
    }

    static PublishedBytes open(Path file) throws IOException {
        BufferedInputStream raw = new BufferedInputStream(Files.newInputStream(file), BUFFER);
        boolean gzipped = startsWithGzipMagic(raw);
        InputStream uncompressed = gzipped ? new GZIPInputStream(raw, BUFFER) : raw;
        MessageDigest digest = sha256();
        InputStream hashed = new BufferedInputStream(new DigestInputStream(uncompressed, digest), BUFFER);
        return new PublishedBytes(publishedName(file), gzipped, raw, hashed, digest);
    }

    /** The name CBP gave the file: ours, less the {@code .gz} we may have added. */
    static String publishedName(Path file) {
        String fileName = file.getFileName().toString();
        return fileName.endsWith(".gz") ? fileName.substring(0, fileName.length() - 3) : fileName;
    }

    String name() {
        return name;
    }

    boolean gzipped() {
        return gzipped;
    }

    /**
     * The text, as strict UTF-8 with a leading byte-order mark skipped. UTF-16 is recognised
     * by its byte-order mark and refused by name rather than reported as garbage.
     */
    Reader text() throws IOException {
        published.mark(4);
        byte[] start = published.readNBytes(3);
        published.reset();
        if (start.length >= 2 && isUtf16ByteOrderMark(start[0] & 0xFF, start[1] & 0xFF)) {
            throw new FronteraException(
                    ErrorCode.MALFORMED_FILE,
                    ("%s: line 1, column 1: the file is encoded as UTF-16 "
                                    + "(it starts with a UTF-16 byte-order mark); CBP publishes UTF-8. Was it re-saved by a spreadsheet?")
                            .formatted(name));
        }
        if (start.length == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF) {
            published.skipNBytes(3);
        }
        CharsetDecoder strict = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(published, strict);
    }

    /** The published bytes, undecoded. */
    InputStream stream() {
        return published;
    }

    /** Reads what the parser left (nothing, normally) so the hash covers every byte. */
    String finishSha256() throws IOException {
        published.transferTo(OutputStream.nullOutputStream());
        return HexFormat.of().formatHex(digest.digest());
    }

    @Override
    public void close() throws IOException {
        try {
            published.close();
        } finally {
            raw.close();
        }
    }

    private static boolean startsWithGzipMagic(BufferedInputStream in) throws IOException {
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        return first == 0x1F && second == 0x8B;
    }

    private static boolean isUtf16ByteOrderMark(int first, int second) {
        return (first == 0xFE && second == 0xFF) || (first == 0xFF && second == 0xFE);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
