package dev.frontera.data.read;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A workbook or PDF read whole into memory (the official ones are a few megabytes): its bytes,
 * its published name and the SHA-256 of those bytes. Also tells the kinds apart by their first
 * bytes, never by the file name.
 */
record PublishedDocument(String name, byte[] bytes) {
    enum Kind {
        WORKBOOK,
        PDF,
        TEXT
    }

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    // Password-protected xlsx files are stored in an OLE2 compound file, not a zip.
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] PDF = {'%', 'P', 'D', 'F'};

    static PublishedDocument read(Path file) {
        try {
            return new PublishedDocument(file.getFileName().toString(), Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new FronteraException(ErrorCode.NOT_FOUND, "%s: no such file".formatted(file), e);
        } catch (IOException e) {
            throw new FronteraException(
                    ErrorCode.MALFORMED_FILE, "%s: cannot read the file (%s)".formatted(file, e.getMessage()), e);
        }
    }

    /** The kind of a file from its first four bytes; anything else is read as (gzipped) CSV text. */
    static Kind kindOf(Path file) {
        byte[] head = new byte[4];
        try (var in = Files.newInputStream(file)) {
            int read = in.readNBytes(head, 0, 4);
            if (read < 4) {
                return Kind.TEXT;
            }
        } catch (IOException e) {
            return Kind.TEXT; // the CSV parser reports missing or unreadable files with their own message
        }
        if (startsWith(head, ZIP) || startsWith(head, OLE2)) {
            return Kind.WORKBOOK;
        }
        return startsWith(head, PDF) ? Kind.PDF : Kind.TEXT;
    }

    String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
