package dev.frontera.bench.surges;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.dimension.Region;
import dev.frontera.core.query.Measure;
import dev.frontera.core.query.OfficialRecord;
import dev.frontera.surges.series.MonthlySeries;
import dev.frontera.surges.series.SeriesReader;
import dev.frontera.surges.series.SeriesSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every monthly series a pooled model learns from: encounters, Border Patrol and Field Operations
 * encounters, in each region and nationwide, as totals and by each citizenship, demographic group
 * and sector or field office the record names. A series the record does not answer is skipped, and
 * a series whose figures repeat another's (Border Patrol nationwide and southwest in a southwest
 * sector) is kept once, so no series weighs twice. Tiny series are kept here and left out row by row
 * ({@link dev.frontera.surges.model.PooledFeatures#trains}).
 */
final class PoolSeries {
    private static final List<Measure> MEASURES =
            List.of(Measure.ENCOUNTERS, Measure.USBP_ENCOUNTERS, Measure.OFO_ENCOUNTERS);
    private static final List<Dimension> BREAKDOWNS =
            List.of(Dimension.CITIZENSHIP, Dimension.DEMOGRAPHIC, Dimension.AREA);

    private PoolSeries() {}

    static List<MonthlySeries> read(OfficialRecord record) {
        SeriesReader reader = new SeriesReader(record);
        List<MonthlySeries> pool = new ArrayList<>();
        Set<List<Long>> seen = new HashSet<>();
        for (Measure measure : MEASURES) {
            for (Region region : Region.values()) {
                SeriesSpec base = SeriesSpec.of(measure, region);
                add(reader, base, pool, seen);
                for (Dimension dimension : BREAKDOWNS) {
                    for (String value : record.values(dimension)) {
                        add(reader, base.with(dimension, value), pool, seen);
                    }
                }
            }
        }
        return pool;
    }

    private static void add(SeriesReader reader, SeriesSpec spec, List<MonthlySeries> pool, Set<List<Long>> seen) {
        try {
            MonthlySeries series = reader.read(spec, Optional.empty());
            if (series.size() >= Backtest.MIN_HISTORY + 1 && seen.add(series.values())) {
                pool.add(series);
            }
        } catch (FronteraException e) {
            if (e.code() != ErrorCode.NOT_COVERED) {
                throw e;
            }
        }
    }
}
