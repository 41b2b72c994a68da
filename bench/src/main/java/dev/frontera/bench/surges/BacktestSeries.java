package dev.frontera.bench.surges;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.dimension.Region;
import dev.frontera.core.dimension.Vocabulary;
import dev.frontera.core.query.Measure;
import dev.frontera.core.query.OfficialRecord;
import dev.frontera.surges.series.MonthlySeries;
import dev.frontera.surges.series.SeriesReader;
import dev.frontera.surges.series.SeriesSpec;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The series issue 14 names for the backtest: southwest encounters, Border Patrol southwest, and
 * the five largest citizenships and the five largest Border Patrol sectors of the southwest
 * (largest by their total from FY2016 on, among those with a monthly series reaching back to it).
 */
final class BacktestSeries {
    static final YearMonth START = YearMonth.of(2015, 10);
    static final SeriesSpec SOUTHWEST = SeriesSpec.of(Measure.ENCOUNTERS, Region.SOUTHWEST);
    static final SeriesSpec BORDER_PATROL = SeriesSpec.of(Measure.USBP_ENCOUNTERS, Region.SOUTHWEST);

    private BacktestSeries() {}

    static List<MonthlySeries> read(OfficialRecord record) {
        SeriesReader reader = new SeriesReader(record);
        List<MonthlySeries> series = new ArrayList<>();
        series.add(reader.read(SOUTHWEST, Optional.empty()));
        series.add(reader.read(BORDER_PATROL, Optional.empty()));
        series.addAll(largest(reader, record, SOUTHWEST, Dimension.CITIZENSHIP, 5));
        series.addAll(largest(reader, record, BORDER_PATROL, Dimension.AREA, 5));
        return series;
    }

    private static boolean isFieldOffice(String area) {
        return Vocabulary.standard()
                .area(area)
                .filter(found -> !found.isSector())
                .isPresent();
    }

    private static List<MonthlySeries> largest(
            SeriesReader reader, OfficialRecord record, SeriesSpec base, Dimension dimension, int count) {
        List<MonthlySeries> candidates = new ArrayList<>();
        for (String value : record.values(dimension)) {
            if (value.startsWith("other") || isFieldOffice(value)) {
                continue;
            }
            try {
                MonthlySeries series = reader.read(base.with(dimension, value), Optional.empty());
                if (!series.first().isAfter(START.minusMonths(24))) {
                    candidates.add(series);
                }
            } catch (FronteraException e) {
                if (e.code() != ErrorCode.NOT_COVERED) {
                    throw e;
                }
            }
        }
        candidates.sort(
                Comparator.comparingLong(BacktestSeries::totalSinceStart).reversed());
        return candidates.subList(0, Math.min(count, candidates.size()));
    }

    private static long totalSinceStart(MonthlySeries series) {
        long total = 0;
        for (int i = Math.max(0, series.indexOf(START)); i < series.size(); i++) {
            total += series.value(i);
        }
        return total;
    }
}
