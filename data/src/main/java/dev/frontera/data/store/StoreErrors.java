package dev.frontera.data.store;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns DuckDB's errors into messages that name the store file and say what to do. */
final class StoreErrors {
    private static final Pattern LOCK_HOLDER = Pattern.compile("held in (.+?) \\(PID (\\d+)\\)");
    /** What the operating system says when a write finds no room: ENOSPC, EDQUOT, EFBIG. */
    private static final Pattern NO_ROOM =
            Pattern.compile("No space left on device|Disk quota exceeded|File too large");

    private StoreErrors() {}

    static FronteraException opening(Path path, SQLException cause) {
        String detail = String.valueOf(cause.getMessage());
        String message;
        if (detail.contains("Could not set lock")) {
            Matcher holder = LOCK_HOLDER.matcher(detail);
            String who =
                    holder.find() ? "process %s (%s)".formatted(holder.group(2), holder.group(1)) : "another process";
            return new FronteraException(
                    ErrorCode.BUSY,
                    ("The store %s is locked by %s. DuckDB lets one process write"
                                    + " a store, or several read it when every one opens it read-only. Stop that process (a running"
                                    + " server?) and retry, or set FRONTERA_DB to another file.")
                            .formatted(path, who),
                    cause);
        } else if (NO_ROOM.matcher(detail).find()) {
            return noRoom(path, "open", detail, cause);
        } else if (detail.contains("different configuration")) {
            message = ("The store %s is already open in this process in the other mode (read-write and read-only"
                            + " cannot be mixed in one process). Close it first or reuse the open store.")
                    .formatted(path);
        } else if (detail.contains("not a valid DuckDB database")) {
            message = ("The file %s is not a Frontera store (not a DuckDB database, or corrupt). Move it aside or"
                            + " set FRONTERA_DB to another path, then ingest the official files again.")
                    .formatted(path);
        } else if (detail.contains("does not exist")) {
            message =
                    "There is no store at %s yet. Ingest the official files first, or set FRONTERA_DB.".formatted(path);
        } else {
            message = "Cannot open the store %s: %s".formatted(path, detail);
        }
        return new FronteraException(ErrorCode.STORE, message, cause);
    }

    static FronteraException failed(Path path, String action, SQLException cause) {
        String detail = String.valueOf(cause.getMessage());
        if (NO_ROOM.matcher(detail).find()) {
            return noRoom(path, action, detail, cause);
        }
        return new FronteraException(
                ErrorCode.STORE, "Store %s: could not %s: %s".formatted(path, action, detail), cause);
    }

    /** A full disk (or a file size limit): the message says so first, with the system's own words. */
    private static FronteraException noRoom(Path path, String action, String detail, SQLException cause) {
        Matcher reason = NO_ROOM.matcher(detail);
        String why = reason.find() ? reason.group() : "no space";
        return new FronteraException(
                ErrorCode.DISK_FULL,
                ("The disk holding the store %s has no room (%s): could not"
                                + " %s. Free some space (or move the store with FRONTERA_DB) and run the command again.")
                        .formatted(path, why, action),
                cause);
    }
}
