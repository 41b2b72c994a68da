package dev.frontera.bench.surges;

import dev.frontera.bench.harness.Report;
import dev.frontera.bench.harness.SharedData;
import dev.frontera.data.query.FolderSource;
import dev.frontera.data.query.QueryEngine;
import dev.frontera.surges.model.ModelSettings;
import dev.frontera.surges.model.Prediction;
import dev.frontera.surges.model.SeasonalModel;
import dev.frontera.surges.series.MonthlySeries;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Issue 14's backtest of the seasonal model: rolling origin over the monthly record from FY2016
 * (October 2015) to each series' last month, horizons 1 to 3, against the seasonal-naive
 * forecast (the same month a year earlier) and the last-value forecast (the origin month's
 * figure), all three computed in the same run on the same targets. Every forecast sees only the
 * months up to its origin. Goals: mean absolute error below 0.9 of last value's at one month and
 * 0.8 at three, on the southwest total and on the median of the twelve series; 80% intervals
 * holding 75-85% of outcomes. The Title 42 months (March 2020 to May 2023) are reported apart.
 *
 * <p>The evaluation is split in time: {@link Selection} chooses the model's constants on the
 * targets of FY2016 to FY2021 (the selection span, up to {@link #SELECTION_LAST}); the targets from
 * FY2022 on (the held-out span) are reported apart and never used to choose, as well as the whole span.
 *
 * <p>The figures used are each month's latest vintage, not the figure known at the origin (the
 * record keeps every vintage, but most months were revised by a few dozen encounters at most).
 */
public final class Backtest {
    static final int HORIZONS = SeasonalModel.MAX_HORIZON;
    /** Months of history an origin needs: the seasonal naive forecast reaches a year back. */
    static final int MIN_HISTORY = 24;
    /** The last target month of the selection span (FY2021). */
    static final YearMonth SELECTION_LAST = YearMonth.of(2021, 9);

    private Backtest() {}

    public static List<String> run() {
        long start = System.nanoTime();
        List<MonthlySeries> series = series();
        List<Scores> scores = new ArrayList<>();
        for (MonthlySeries one : series) {
            scores.add(score(one, ModelSettings.DEFAULT, false));
        }
        List<String> lines = new ArrayList<>(report(scores));
        lines.add("backtest took %.1f s".formatted((System.nanoTime() - start) / 1e9));
        Report.write("backtest", lines);
        return lines;
    }

    /** Every official file under the shared folder, read into a query engine, and the twelve series. */
    static List<MonthlySeries> series() {
        return BacktestSeries.read(engine());
    }

    /** Every official file under the shared folder, read into a query engine. */
    static QueryEngine engine() {
        System.out.println("backtest: reading every official file under " + SharedData.cbp() + " ...");
        return QueryEngine.over(FolderSource.read(
                        SharedData.cbp(),
                        file -> isOfficial(file.getFileName().toString().toLowerCase(Locale.ROOT))))
                .warm();
    }

    /**
     * Errors of the model and both baselines for every origin and horizon of one series, with
     * targets from FY2016 on ({@code withEarlier}: from the series' 25th month on).
     */
    static Scores score(MonthlySeries series, ModelSettings settings, boolean withEarlier) {
        return score(
                series,
                withEarlier,
                origin -> SeasonalModel.fit(series.through(series.month(origin)), settings)
                        .forecast(HORIZONS)
                        .toArray(Prediction[]::new));
    }

    /** What a model forecasts from an origin (an index of the series), 1 to {@link #HORIZONS} months ahead, from the months up to it only. */
    interface Forecaster {
        Prediction[] from(int origin);
    }

    /** Errors of any forecaster and both baselines, on the same origins and targets as the model's. */
    static Scores score(MonthlySeries series, boolean withEarlier, Forecaster forecaster) {
        Scores scores = new Scores(series.spec().label(), series.first(), series.last());
        for (int origin = MIN_HISTORY - 1; origin < series.size() - 1; origin++) {
            YearMonth originMonth = series.month(origin);
            if (!withEarlier && originMonth.plusMonths(HORIZONS).isBefore(BacktestSeries.START)) {
                continue;
            }
            Prediction[] predictions = forecaster.from(origin);
            for (int h = 1; h <= HORIZONS && origin + h < series.size(); h++) {
                YearMonth target = series.month(origin + h);
                if (!withEarlier && target.isBefore(BacktestSeries.START)) {
                    continue;
                }
                long actual = series.value(origin + h);
                Prediction prediction = predictions[h - 1];
                scores.add(
                        h,
                        target,
                        Math.abs(actual - prediction.expected()),
                        Math.abs(actual - series.value(origin)),
                        Math.abs(actual - series.value(origin + h - 12)),
                        prediction.holds(actual));
            }
        }
        return scores;
    }

    static List<String> report(List<Scores> all) {
        List<String> lines = new ArrayList<>();
        lines.add("Backtest of the seasonal model, rolling origin, targets from %s to each series' last month"
                .formatted(BacktestSeries.START));
        lines.add(
                "MAE ratios: model / last value (lv), model / seasonal naive (sn); cover = share of outcomes inside the 80% interval");
        for (Scores.Part part : List.of(Scores.Part.ALL, Scores.Part.HELD_OUT)) {
            lines.add("-- each series, " + part.description());
            for (Scores scores : all) {
                StringBuilder line = new StringBuilder(
                        String.format(Locale.ROOT, "%-50s %s..%s", scores.label(), scores.first(), scores.last()));
                for (int h = 1; h <= HORIZONS; h++) {
                    Scores.Sums sums = scores.sums(h, part);
                    line.append(String.format(
                            Locale.ROOT,
                            " | h%d lv %.3f sn %.3f cover %.2f (n=%d)",
                            h,
                            sums.ratioToLast(),
                            sums.ratioToSeasonalNaive(),
                            sums.coverage(),
                            sums.count()));
                }
                lines.add(line.toString());
            }
        }
        for (Scores.Part part : Scores.Part.values()) {
            if (part == Scores.Part.PRE) {
                continue;
            }
            lines.add("-- " + part.description());
            boolean judged = part == Scores.Part.ALL || part == Scores.Part.HELD_OUT;
            for (int h = 1; h <= HORIZONS; h++) {
                Figures figures = Figures.of(all, h, part);
                String goal = judged && (h == 1 || h == 3)
                        ? " " + Report.verdict(figures.totalToLast() < goal(h) && figures.medianToLast() < goal(h))
                                + " MAE goal < %.1f of last value".formatted(goal(h))
                        : "";
                String coverGoal = judged
                        ? " " + Report.verdict(inRange(figures.totalCover()) && inRange(figures.medianCover()))
                                + " cover goal 0.75-0.85"
                        : "";
                lines.add(String.format(
                        Locale.ROOT,
                        "h%d  total: model/lv %.3f, model/sn %.3f, cover %.2f (n=%d) | median of %d series: model/lv %.3f,"
                                + " model/sn %.3f, cover %.2f%s%s",
                        h,
                        figures.totalToLast(),
                        figures.totalToNaive(),
                        figures.totalCover(),
                        figures.totalCount(),
                        figures.series(),
                        figures.medianToLast(),
                        figures.medianToNaive(),
                        figures.medianCover(),
                        goal,
                        coverGoal));
            }
        }
        return lines;
    }

    private static double goal(int h) {
        return h == 1 ? 0.9 : 0.8;
    }

    private static boolean inRange(double coverage) {
        return coverage >= 0.75 && coverage <= 0.85;
    }

    private static boolean isOfficial(String name) {
        return (name.endsWith(".csv") || name.endsWith(".csv.gz") || name.endsWith(".xlsx") || name.endsWith(".pdf"))
                && !name.contains("dictionary");
    }
}
