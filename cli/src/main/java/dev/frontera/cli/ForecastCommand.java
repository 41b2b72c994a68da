package dev.frontera.cli;

import dev.frontera.core.period.Period;
import dev.frontera.core.period.PeriodParser;
import dev.frontera.core.query.Query;
import dev.frontera.core.query.Release;
import dev.frontera.data.query.QueryParameters;
import dev.frontera.surges.Forecast;
import dev.frontera.surges.ForecastView;
import dev.frontera.surges.SeasonalBaseline;
import dev.frontera.surges.Typical;
import dev.frontera.surges.series.SeriesSpec;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code frontera forecast}: the seasonal baseline of recent months and the next one to three, never official. */
@Command(
        name = "forecast",
        sortOptions = false,
        description = "The seasonal baseline of the last published months and a forecast of the next 1 to 3, with 80%%"
                + " intervals. Forecasts are the model's, not official figures.",
        footer = {
            "",
            "Examples:",
            "  frontera forecast --region southwest",
            "  frontera forecast --region southwest --citizenship cuba --horizon 2 --per-day",
            "  frontera forecast --region southwest --period 2023-12 --as-of 2024-01-26   # the baseline for a published month"
        })
final class ForecastCommand implements Callable<Integer> {
    @ParentCommand
    Frontera root;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    SeriesOptions series;

    @Option(
            names = "--period",
            paramLabel = "PERIOD",
            description = "months to show: published ones with their baseline, up to 3 after the last with the forecast"
                    + " (default: the last --band months and the next --horizon)")
    String period;

    @Option(names = "--horizon", paramLabel = "N", description = "months to forecast, 1 to 3 (default 3)")
    int horizon = 3;

    @Option(
            names = "--band",
            paramLabel = "N",
            description = "published months to show with their baseline (default 6)")
    int band = 6;

    @Option(names = "--per-day", description = "figures per day")
    boolean perDay;

    @Option(names = "--as-of", paramLabel = "DATE", description = "forecast from the releases published by DATE")
    String asOf;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv or json")
    String format = "table";

    @Override
    public Integer call() {
        QueryCommand.Format output = QueryCommand.Format.parse(format);
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace workspace = Workspace.forReading(root.db)) {
            Map<String, List<String>> parameters = series.parameters(period == null ? "2000-01" : period);
            if (asOf != null) {
                parameters.put("as-of", List.of(asOf));
            }
            Query query = new QueryParameters(workspace.engine()).parse(parameters, Set.of());
            Optional<Period> months = period == null ? Optional.empty() : Optional.of(PeriodParser.parse(period));
            ForecastView view = ForecastView.of(
                    SeasonalBaseline.over(workspace.engine()),
                    SeriesSpec.of(query),
                    months,
                    horizon,
                    Math.max(1, band),
                    query.asOf(),
                    perDay);
            switch (output) {
                case JSON -> QueryCommand.Json.write(view.tree(), out);
                case CSV -> QueryCommand.Csv.write(table(view), notes(view), out);
                case TABLE -> {
                    out.println("%s%s: %s."
                            .formatted(view.series().label(), perDay ? ", per day" : "", Forecast.NOT_OFFICIAL));
                    out.println();
                    TextTable.print(table(view), out);
                    out.println();
                    notes(view).forEach(out::println);
                }
            }
        }
        return ExitCodes.OK;
    }

    private List<List<String>> table(ForecastView view) {
        List<List<String>> table = new ArrayList<>();
        table.add(List.of("month", "official", "kind", "expected", "low_80", "high_80", "from_baseline"));
        for (Typical typical : view.months()) {
            double days = perDay ? typical.month().lengthOfMonth() : 1;
            table.add(List.of(
                    typical.month().toString(),
                    typical.actual().map(value -> number(value / days)).orElse(""),
                    typical.actual().isPresent() ? "baseline" : "forecast",
                    number(typical.expected().expected() / days),
                    number(typical.expected().low() / days),
                    number(typical.expected().high() / days),
                    typical.multiple()
                            .map(m -> String.format(Locale.ROOT, "%+.1f", m))
                            .orElse("")));
        }
        return table;
    }

    private static List<String> notes(ForecastView view) {
        List<String> notes = new ArrayList<>();
        notes.add("Last official month: " + view.lastOfficial()
                + view.asOf().map(d -> " (releases published by " + d + ")").orElse(""));
        for (Release release : view.releases()) {
            notes.add("Source: " + release.citation() + " [" + release.family().slug() + ", id " + release.id() + "]");
        }
        notes.add(
                "Note: baseline = what the model expected for a month from the months before it; from_baseline = how far"
                        + " the official figure lies from it, in half-widths of the 80% interval (beyond +/-1: outside).");
        notes.add("Note: model and its measured accuracy: docs/SURGES.md.");
        return notes;
    }

    private String number(double value) {
        return perDay ? String.format(Locale.ROOT, "%.1f", value) : Long.toString(Math.round(value));
    }
}
