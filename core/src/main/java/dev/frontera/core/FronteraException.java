package dev.frontera.core;

import static java.util.Objects.requireNonNull;

/**
 * The one exception Frontera throws on purpose. The message is written for the person who
 * caused it: it names the input and the place (file and line, parameter and value). A value it
 * quotes is shortened when long ({@link Excerpt#clipped}): a message stays a message.
 */
public final class FronteraException extends RuntimeException {
    private final ErrorCode code;

    public FronteraException(ErrorCode code, String message) {
        super(Excerpt.clipped(requireNonNull(message, "message is null")));
        this.code = requireNonNull(code, "code is null");
    }

    public FronteraException(ErrorCode code, String message, Throwable cause) {
        super(Excerpt.clipped(requireNonNull(message, "message is null")), cause);
        this.code = requireNonNull(code, "code is null");
    }

    public ErrorCode code() {
        return code;
    }

    public static FronteraException invalid(String format, Object... args) {
        return new FronteraException(ErrorCode.INVALID_ARGUMENT, format.formatted(args));
    }
}
