package dev.frontera.spark.job;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a run of the archive job did: input rows read, articles checked, rows rejected (by
 * reason code), claims found (by verdict).
 */
public record JobCounts(
        long read,
        long checked,
        long rejected,
        long claims,
        Map<String, Long> verdicts,
        Map<String, Long> rejectReasons) {

    public JobCounts {
        verdicts = Map.copyOf(verdicts);
        rejectReasons = Map.copyOf(rejectReasons);
    }

    /** A few lines for the driver's log and the console. */
    public String report() {
        return "read %d rows: %d articles checked, %d rejected %s%nclaims: %d %s"
                .formatted(read, checked, rejected, new TreeMap<>(rejectReasons), claims, new TreeMap<>(verdicts));
    }
}
