package dev.frontera.bench.surges;

import dev.frontera.bench.Report;
import dev.frontera.bench.SharedData;
import dev.frontera.data.query.FolderSource;
import dev.frontera.data.query.QueryEngine;
import dev.frontera.surges.model.Prediction;
import dev.frontera.surges.model.RegimeBreaks;
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
 * <p>The figures used are each month's latest vintage, not the figure known at the origin (the
 * record keeps every vintage, but most months were revised by a few dozen encounters at most).
 */
public final class Backtest {
    static final int HORIZONS = SeasonalModel.MAX_HORIZON;
    /** Months of history an origin needs: the seasonal naive forecast reaches a year back. */
    static final int MIN_HISTORY = 24;

    private Backtest() {}

    public static List<String> run() {
        long start = System.nanoTime();
        System.out.println("backtest: reading every official file under " + SharedData.cbp() + " ...");
        QueryEngine engine = QueryEngine.over(FolderSource.read(SharedData.cbp(),
                file -> isOfficial(file.getFileName().toString().toLowerCase(Locale.ROOT)))).warm();
        List<MonthlySeries> series = BacktestSeries.read(engine);
        List<Scores> scores = new ArrayList<>();
        for (MonthlySeries one : series) {
            scores.add(score(one));
        }
        List<String> lines = new ArrayList<>(report(scores));
        lines.add("backtest took %.1f s".formatted((System.nanoTime() - start) / 1e9));
        Report.write("backtest", lines);
        return lines;
    }

    /** Errors of the three forecasts for every origin and horizon of one series. */
    static Scores score(MonthlySeries series) {
        Scores scores = new Scores(series.spec().label(), series.first(), series.last());
        for (int origin = MIN_HISTORY - 1; origin < series.size() - 1; origin++) {
            YearMonth originMonth = series.month(origin);
            if (originMonth.plusMonths(HORIZONS).isBefore(BacktestSeries.START)) {
                continue;
            }
            var fit = SeasonalModel.fit(series.through(originMonth));
            for (int h = 1; h <= HORIZONS && origin + h < series.size(); h++) {
                YearMonth target = series.month(origin + h);
                if (target.isBefore(BacktestSeries.START)) {
                    continue;
                }
                long actual = series.value(origin + h);
                Prediction prediction = fit.predict(h);
                scores.add(h, RegimeBreaks.inTitle42(target), Math.abs(actual - prediction.expected()),
                        Math.abs(actual - series.value(origin)), Math.abs(actual - series.value(origin + h - 12)),
                        prediction.holds(actual));
            }
        }
        return scores;
    }

    static List<String> report(List<Scores> all) {
        List<String> lines = new ArrayList<>();
        lines.add("Backtest of the seasonal model, rolling origin, targets from %s to each series' last month".formatted(
                BacktestSeries.START));
        lines.add("MAE ratios: model / last value (lv), model / seasonal naive (sn); cover = share of outcomes inside the 80% interval");
        for (Scores scores : all) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-50s %s..%s", scores.label(), scores.first(),
                    scores.last()));
            for (int h = 1; h <= HORIZONS; h++) {
                Scores.Sums sums = scores.sums(h, Scores.Part.ALL);
                line.append(String.format(Locale.ROOT, " | h%d lv %.3f sn %.3f cover %.2f (n=%d)", h, sums.ratioToLast(),
                        sums.ratioToSeasonalNaive(), sums.coverage(), sums.count()));
            }
            lines.add(line.toString());
        }
        Scores total = all.get(0);
        for (Scores.Part part : Scores.Part.values()) {
            lines.add("-- " + part.description());
            for (int h = 1; h <= HORIZONS; h++) {
                Scores.Sums totalSums = total.sums(h, part);
                List<Double> toLast = new ArrayList<>();
                List<Double> toNaive = new ArrayList<>();
                List<Double> coverage = new ArrayList<>();
                for (Scores scores : all) {
                    Scores.Sums sums = scores.sums(h, part);
                    if (sums.count() > 0) {
                        toLast.add(sums.ratioToLast());
                        toNaive.add(sums.ratioToSeasonalNaive());
                        coverage.add(sums.coverage());
                    }
                }
                String goal = part == Scores.Part.ALL && (h == 1 || h == 3)
                        ? " " + Report.verdict(totalSums.ratioToLast() < goal(h) && median(toLast) < goal(h))
                                + " MAE goal < %.1f of last value".formatted(goal(h))
                        : "";
                String coverGoal = part == Scores.Part.ALL
                        ? " " + Report.verdict(inRange(totalSums.coverage()) && inRange(median(coverage)))
                                + " cover goal 0.75-0.85"
                        : "";
                lines.add(String.format(Locale.ROOT,
                        "h%d  total: model/lv %.3f, model/sn %.3f, cover %.2f (n=%d) | median of %d series: model/lv %.3f,"
                                + " model/sn %.3f, cover %.2f%s%s",
                        h, totalSums.ratioToLast(), totalSums.ratioToSeasonalNaive(), totalSums.coverage(),
                        totalSums.count(), toLast.size(), median(toLast), median(toNaive), median(coverage), goal, coverGoal));
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

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static boolean isOfficial(String name) {
        return (name.endsWith(".csv") || name.endsWith(".csv.gz") || name.endsWith(".xlsx") || name.endsWith(".pdf"))
                && !name.contains("dictionary");
    }
}
