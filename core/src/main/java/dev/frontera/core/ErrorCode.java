package dev.frontera.core;

/**
 * Stable codes for everything that can go wrong, grouped by whose fault it is.
 * The CLI maps the group to an exit code and the HTTP API to a status.
 */
public enum ErrorCode {
    // The user asked for something that does not exist or cannot be read.
    INVALID_ARGUMENT(Type.USER_ERROR),
    UNKNOWN_VALUE(Type.USER_ERROR),
    MALFORMED_FILE(Type.USER_ERROR),
    UNSUPPORTED_FILE(Type.USER_ERROR),
    NOT_FOUND(Type.USER_ERROR),
    // The data cannot answer: a period or dimension that no release covers.
    NOT_COVERED(Type.USER_ERROR),
    INVALID_TEXT(Type.USER_ERROR),
    // What was asked for already exists (a movement of the same name).
    CONFLICT(Type.USER_ERROR),
    // Limits that protect the process.
    TOO_LARGE(Type.RESOURCE_EXHAUSTED),
    RATE_LIMITED(Type.RESOURCE_EXHAUSTED),
    // Held by another process (the store's lock, a port): retry once it is released.
    BUSY(Type.RESOURCE_EXHAUSTED),
    // The disk (or a file size limit) has no room for what is being written.
    DISK_FULL(Type.RESOURCE_EXHAUSTED),
    // Outside the user's control: the network, the disk, a bug.
    NETWORK(Type.EXTERNAL),
    STORE(Type.INTERNAL),
    INTERNAL(Type.INTERNAL);

    /** Whose fault an error is. */
    public enum Type {
        USER_ERROR,
        RESOURCE_EXHAUSTED,
        EXTERNAL,
        INTERNAL
    }

    private final Type type;

    ErrorCode(Type type) {
        this.type = type;
    }

    public Type type() {
        return type;
    }

    /** The code as it appears in JSON and problem documents: {@code not-covered}. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
