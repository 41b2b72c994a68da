package dev.frontera.server.api;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The secret that allows writes (movements) through the API, configured when the server starts.
 * Compared in constant time; never printed ({@link #toString()} hides it).
 */
public final class AdminToken {
    /** Shorter secrets are refused: a token is guessed by trying, and each try is one HTTP request. */
    public static final int MIN_LENGTH = 16;

    private final byte[] digest;

    private AdminToken(String secret) {
        this.digest = sha256(secret);
    }

    /** A token from its text; surrounding white space (a file's final newline) is ignored. */
    public static AdminToken of(String secret) {
        requireNonNull(secret, "secret is null");
        String trimmed = secret.strip();
        if (trimmed.length() < MIN_LENGTH || trimmed.chars().anyMatch(Character::isWhitespace)) {
            throw FronteraException.invalid(
                    "the admin token must be at least %d characters with no spaces"
                            + " (e.g. the output of 'openssl rand -hex 24')",
                    MIN_LENGTH);
        }
        return new AdminToken(trimmed);
    }

    /** The token in a file (its first and only line). */
    public static AdminToken fromFile(Path file) {
        requireNonNull(file, "file is null");
        try {
            return of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new FronteraException(
                    ErrorCode.NOT_FOUND, "cannot read the admin token file %s: %s".formatted(file, e.getMessage()));
        }
    }

    /**
     * Whether a presented secret is this token. Both sides are hashed first, so the comparison
     * takes the same time whatever the presented length or the first differing byte.
     */
    public boolean matches(String presented) {
        requireNonNull(presented, "presented is null");
        return MessageDigest.isEqual(digest, sha256(presented));
    }

    @Override
    public String toString() {
        return "AdminToken[hidden]";
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
