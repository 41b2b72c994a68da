package dev.frontera.bench.ingest;

import dev.frontera.bench.harness.BenchStore;
import dev.frontera.bench.harness.SharedData;
import dev.frontera.data.store.Store;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * One side of the ingest comparison, run in its own JVM so that its peak resident memory
 * (VmHWM) is its own: {@code frontera} reads each official file and stores it as a release;
 * {@code duckdb} has DuckDB load the same files with {@code read_csv}, one table per file, into a
 * fresh file with the store's settings (typed columns; the fiscal-year label stays text). Prints one {@code RESULT} line.
 */
public final class IngestSide {
    private IngestSide() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: IngestSide frontera|duckdb STORE_FILE");
        }
        long start = System.nanoTime();
        List<Path> files = SharedData.officialCsvFiles();
        Path db = Path.of(args[1]);
        long rows = switch (args[0]) {
            case "frontera" -> frontera(files, db);
            case "duckdb" -> duckdb(files, db);
            default -> throw new IllegalArgumentException("unknown side '" + args[0] + "': frontera or duckdb");
        };
        double millis = (System.nanoTime() - start) / 1e6;
        System.out.printf(
                Locale.ROOT,
                "RESULT side=%s files=%d rows=%d wall_ms=%.1f vmhwm_kb=%d%n",
                args[0],
                files.size(),
                rows,
                millis,
                peakResidentKilobytes());
    }

    private static long frontera(List<Path> files, Path db) {
        try (Store store = Store.open(db)) {
            return BenchStore.ingest(store, files);
        }
    }

    private static long duckdb(List<Path> files, Path db) throws SQLException {
        long rows = 0;
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + db);
                Statement statement = connection.createStatement()) {
            // The settings Store.open uses, so both sides work under the same limits.
            statement.execute("SET memory_limit = '1GB'");
            statement.execute("SET threads = "
                    + Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
            for (int i = 0; i < files.size(); i++) {
                String path = files.get(i).toString().replace("'", "''");
                // Typed load; the two columns whose type the sniffer guesses wrong are given ("2024 (FYTD)", "123.0").
                statement.execute(("CREATE TABLE release_%d AS SELECT * FROM read_csv('%s',"
                                + " types = {'Fiscal Year': 'VARCHAR', 'Encounter Count': 'DOUBLE'})")
                        .formatted(i, path));
                try (ResultSet count = statement.executeQuery("SELECT count(*) FROM release_" + i)) {
                    count.next();
                    rows += count.getLong(1);
                }
            }
            statement.execute("CHECKPOINT");
        }
        return rows;
    }

    /** The process's peak resident set (VmHWM in /proc/self/status), in kB; -1 where /proc is absent. */
    static long peakResidentKilobytes() {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return -1;
        }
        try {
            for (String line : Files.readAllLines(status, StandardCharsets.US_ASCII)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
            return -1;
        } catch (IOException e) {
            return -1;
        }
    }
}
