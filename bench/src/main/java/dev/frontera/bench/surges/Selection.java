package dev.frontera.bench.surges;

import dev.frontera.bench.harness.Report;
import dev.frontera.surges.model.ModelSettings;
import dev.frontera.surges.series.MonthlySeries;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * How the model's constants were chosen, rerun: each constant varied around {@link
 * ModelSettings#DEFAULT}, scored on the selection span (targets FY2016-FY2020), on the months
 * before it (the Border Patrol series reach back to FY2000) and, for the record, on the report
 * span (FY2021 on). Point constants are judged by issue 14's four accuracy figures over their
 * goals, averaged ({@link Figures#accuracy}); interval constants by the coverage's distance from
 * 80% ({@link Figures#coverageGap}). Lower is better for both. docs/SURGES.md says which figures
 * each choice was made on. Several minutes: every candidate reruns the whole backtest.
 */
public final class Selection {
    private Selection() {}

    public static List<String> run() {
        long start = System.nanoTime();
        List<MonthlySeries> series = Backtest.series();
        ModelSettings base = ModelSettings.DEFAULT;
        List<String> lines = new ArrayList<>();
        lines.add(
                "Selection of the model's constants: lower is better; '*' marks the default, '<' the best on the selection span");
        lines.add(
                "accuracy = mean of (total h1 / 0.9, median h1 / 0.9, total h3 / 0.8, median h3 / 0.8); gap = mean |cover - 0.8|");
        List<ModelSettings> momentum = new ArrayList<>();
        for (double damping : new double[] {0.3, 0.5, 0.7}) {
            for (double cap : new double[] {0.1, 0.2, 0.3}) {
                momentum.add(base.withMomentum(cap, damping));
            }
        }
        // Then stronger momentum: longer carry, larger moves (9: no cap).
        for (double damping : new double[] {0.7, 0.85, 1.0}) {
            for (double cap : new double[] {0.3, 0.5, 9.0}) {
                ModelSettings candidate = base.withMomentum(cap, damping);
                if (!momentum.contains(candidate)) {
                    momentum.add(candidate);
                }
            }
        }
        lines.addAll(step(
                "momentum (move cap, damping)",
                series,
                momentum,
                s -> "cap %.1f damping %.2f".formatted(s.moveCap(), s.damping()),
                Criterion.ACCURACY));
        lines.addAll(step(
                "blend window (recent forecasts the weights are measured on)",
                series,
                List.of(base.withBlendOrigins(12), base, base.withBlendOrigins(36)),
                s -> "%d origins".formatted(s.blendOrigins()),
                Criterion.ACCURACY));
        lines.addAll(step(
                "years of seasonal steps",
                series,
                List.of(
                        base.withSeasonYears(4),
                        base.withSeasonYears(6),
                        base,
                        base.withSeasonYears(10),
                        base.withSeasonYears(12)),
                s -> "%d years".formatted(s.seasonYears()),
                Criterion.ACCURACY));
        List<ModelSettings> intervals = new ArrayList<>();
        for (int scale : new int[] {6, 12}) {
            for (double widen : new double[] {1.0, 1.1, 1.2}) {
                intervals.add(base.withIntervals(scale, widen));
            }
        }
        lines.addAll(step(
                "intervals (errors the scale is measured on, widening)",
                series,
                intervals,
                s -> "scale %d widen %.1f".formatted(s.scaleOrigins(), s.widen()),
                Criterion.COVERAGE));
        lines.add("selection took %.1f s".formatted((System.nanoTime() - start) / 1e9));
        Report.write("backtest-selection", lines);
        return lines;
    }

    /** What a step is judged by. */
    private enum Criterion {
        /** Chosen on the selection span alone. */
        ACCURACY,
        /** Chosen on the selection span and the years before it together (their mean). */
        COVERAGE;

        double on(List<Scores> scores, Scores.Part part) {
            return switch (this) {
                case ACCURACY -> Figures.accuracy(scores, part);
                case COVERAGE -> Figures.coverageGap(scores, part);
            };
        }

        double choice(double selection, double earlier) {
            return switch (this) {
                case ACCURACY -> selection;
                case COVERAGE -> (selection + earlier) / 2;
            };
        }
    }

    private static List<String> step(
            String name,
            List<MonthlySeries> series,
            List<ModelSettings> candidates,
            Function<ModelSettings, String> label,
            Criterion criterion) {
        List<String> lines = new ArrayList<>();
        lines.add("-- " + name + ", by " + criterion.name().toLowerCase(Locale.ROOT)
                + (criterion == Criterion.ACCURACY
                        ? " on the selection span"
                        : " on the selection span and before it"));
        double[][] figures = new double[candidates.size()][];
        int best = 0;
        for (int c = 0; c < candidates.size(); c++) {
            ModelSettings settings = candidates.get(c);
            List<Scores> scores = series.parallelStream()
                    .map(one -> Backtest.score(one, settings, true))
                    .toList();
            double selection = criterion.on(scores, Scores.Part.SELECTION);
            double earlier = criterion.on(scores, Scores.Part.PRE);
            figures[c] = new double[] {
                selection, earlier, criterion.on(scores, Scores.Part.REPORT), criterion.choice(selection, earlier)
            };
            if (figures[c][3] < figures[best][3]) {
                best = c;
            }
        }
        for (int c = 0; c < candidates.size(); c++) {
            ModelSettings settings = candidates.get(c);
            String marks = (settings.equals(ModelSettings.DEFAULT) ? " *" : "") + (c == best ? " <" : "");
            lines.add(String.format(
                    Locale.ROOT,
                    "%-24s | selection %.4f | before FY2016 %.4f | report %.4f%s",
                    label.apply(settings),
                    figures[c][0],
                    figures[c][1],
                    figures[c][2],
                    marks));
        }
        return lines;
    }
}
