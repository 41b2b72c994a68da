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

    private StoreErrors() {}

    static FronteraException opening(Path path, SQLException cause) {
        String detail = String.valueOf(cause.getMessage());
        String message;
        if (detail.contains("Could not set lock")) {
            Matcher holder = LOCK_HOLDER.matcher(detail);
            String who = holder.find() ? "process %s (%s)".formatted(holder.group(2), holder.group(1)) : "another process";
            message = ("The store %s is locked by %s. DuckDB lets one process write a store, or several read it"
                    + " when every one opens it read-only. Stop that process (a running server?) and retry, or set"
                    + " FRONTERA_DB to another file.").formatted(path, who);
        } else if (detail.contains("different configuration")) {
            message = ("The store %s is already open in this process in the other mode (read-write and read-only"
                    + " cannot be mixed in one process). Close it first or reuse the open store.").formatted(path);
        } else if (detail.contains("not a valid DuckDB database")) {
            message = ("The file %s is not a Frontera store (not a DuckDB database, or corrupt). Move it aside or"
                    + " set FRONTERA_DB to another path, then ingest the official files again.").formatted(path);
        } else if (detail.contains("does not exist")) {
            message = "There is no store at %s yet. Ingest the official files first, or set FRONTERA_DB."
                    .formatted(path);
        } else {
            message = "Cannot open the store %s: %s".formatted(path, detail);
        }
        return new FronteraException(ErrorCode.STORE, message, cause);
    }

    static FronteraException failed(Path path, String action, SQLException cause) {
        return new FronteraException(ErrorCode.STORE,
                "Store %s: could not %s: %s".formatted(path, action, cause.getMessage()), cause);
    }
}
