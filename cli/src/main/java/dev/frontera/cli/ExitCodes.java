package dev.frontera.cli;

import dev.frontera.core.ErrorCode;

/** Exit codes by kind of error, so scripts can tell "you asked wrong" from "it broke". */
final class ExitCodes {
    static final int OK = 0;
    static final int INTERNAL = 1;
    static final int USAGE = 2;
    static final int NOT_COVERED = 3;
    static final int RESOURCE = 4;
    static final int EXTERNAL = 5;

    private ExitCodes() {}

    static int of(ErrorCode code) {
        if (code == ErrorCode.NOT_COVERED) {
            return NOT_COVERED;
        }
        return switch (code.type()) {
            case USER_ERROR -> USAGE;
            case RESOURCE_EXHAUSTED -> RESOURCE;
            case EXTERNAL -> EXTERNAL;
            case INTERNAL -> INTERNAL;
        };
    }
}
