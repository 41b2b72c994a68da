package dev.frontera.spark;

import org.apache.spark.sql.SparkSession;

/** A Spark session for tests: in-process, loopback only, no web UI. */
public final class LocalSpark {
    private LocalSpark() {}

    public static SparkSession start(int cores) {
        return SparkSession.builder()
                .master("local[%d]".formatted(cores))
                .appName("frontera-test")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.sql.session.timeZone", "UTC")
                .getOrCreate();
    }
}
