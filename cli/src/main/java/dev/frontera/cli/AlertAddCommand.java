package dev.frontera.cli;

import dev.frontera.core.FronteraException;
import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.query.Query;
import dev.frontera.data.query.QueryParameters;
import dev.frontera.surges.alerts.AlertRule;
import dev.frontera.surges.alerts.Condition;
import dev.frontera.surges.alerts.Webhook;
import dev.frontera.surges.series.SeriesSpec;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code frontera alerts add}: a rule on a series, with one condition. */
@Command(
        name = "add",
        sortOptions = false,
        description = "Add an alert rule: a series (the filters of 'frontera query')" + " and one condition.",
        footer = {
            "",
            "Examples:",
            "  frontera alerts add --name 'southwest daily' --region southwest --per-day --above 2500",
            "  frontera alerts add --name 'cuban surge' --region southwest --citizenship cuba --up-on-year 50",
            "  frontera alerts add --name 'sector records' --measure usbp-encounters --region southwest --each sector --record",
            "  frontera alerts add --name 'sw baseline' --region southwest --above-baseline 1.5 \\",
            "      --webhook https://example.org/hook --webhook-secret \"$SECRET\"",
            "",
            "Per-day rules compare the month's average per day: CBP publishes monthly counts only (the June 2024",
            "proclamation's 2,500-a-day threshold is defined on daily counts CBP does not publish)."
        })
final class AlertAddCommand implements Callable<Integer> {
    @ParentCommand
    AlertsCommand parent;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--name",
            required = true,
            paramLabel = "NAME",
            description = "the rule's name (its id is the slug)")
    String name;

    @Mixin
    SeriesOptions series;

    @Option(
            names = "--each",
            paramLabel = "DIMENSION",
            description = "apply to each value of a dimension: sector, citizenship, ...")
    String each;

    @Option(names = "--above", paramLabel = "N", description = "fires when the month's figure is above N")
    Double above;

    @Option(names = "--below", paramLabel = "N", description = "fires when the month's figure is below N")
    Double below;

    @Option(names = "--per-day", description = "with --above/--below: compare the month's average per day")
    boolean perDay;

    @Option(
            names = "--up-on-year",
            paramLabel = "PCT",
            description = "fires when up more than PCT%% on the same month a year before")
    Double upOnYear;

    @Option(
            names = "--up-on-month",
            paramLabel = "PCT",
            description = "fires when up more than PCT%% on the month before")
    Double upOnMonth;

    @Option(names = "--record", description = "fires at the highest month in the record held")
    boolean record;

    @Option(
            names = "--above-baseline",
            paramLabel = "MULTIPLE",
            arity = "0..1",
            fallbackValue = "1",
            description =
                    "fires when above the seasonal baseline by more than MULTIPLE half-widths of its 80%% interval (default 1)")
    Double aboveBaseline;

    @Option(names = "--webhook", paramLabel = "URL", description = "post fired alerts here (JSON, HMAC-SHA256 signed)")
    String webhook;

    @Option(
            names = "--webhook-secret",
            paramLabel = "SECRET",
            description = "the signing secret, at least 16 characters")
    String webhookSecret;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<String> given = new ArrayList<>();
        Condition condition = null;
        Optional<Double> threshold = Optional.empty();
        if (above != null) {
            given.add("--above");
            condition = Condition.ABOVE;
            threshold = Optional.of(above);
        }
        if (below != null) {
            given.add("--below");
            condition = Condition.BELOW;
            threshold = Optional.of(below);
        }
        if (upOnYear != null) {
            given.add("--up-on-year");
            condition = Condition.CHANGE_ON_YEAR_ABOVE;
            threshold = Optional.of(upOnYear);
        }
        if (upOnMonth != null) {
            given.add("--up-on-month");
            condition = Condition.CHANGE_ON_MONTH_ABOVE;
            threshold = Optional.of(upOnMonth);
        }
        if (record) {
            given.add("--record");
            condition = Condition.RECORD;
        }
        if (aboveBaseline != null) {
            given.add("--above-baseline");
            condition = Condition.ABOVE_BASELINE;
            threshold = Optional.of(aboveBaseline);
        }
        if (given.size() != 1) {
            throw FronteraException.invalid(
                    "give exactly one condition: --above, --below, --up-on-year, --up-on-month,"
                            + " --record or --above-baseline%s",
                    given.isEmpty() ? "" : " (given: " + String.join(", ", given) + ")");
        }
        if ((webhook == null) != (webhookSecret == null)) {
            throw FronteraException.invalid("--webhook and --webhook-secret go together");
        }
        Optional<Webhook> hook = webhook == null ? Optional.empty() : Optional.of(Webhook.of(webhook, webhookSecret));
        try (AlertsCommand.Session session = parent.open(true)) {
            Query query = new QueryParameters(session.workspace.engine()).parse(series.parameters("2000-01"), Set.of());
            Optional<Dimension> dimension = each == null
                    ? Optional.empty()
                    : Optional.of(Dimension.byParameter(each)
                            .orElseThrow(() -> FronteraException.invalid(
                                    "--each: unknown dimension '%s'; valid values: %s",
                                    each, Dimension.parameterNames())));
            AlertRule rule =
                    session.alerts.add(name, SeriesSpec.of(query), dimension, condition, threshold, perDay, hook);
            out.println("Added alert rule '%s': %s%s."
                    .formatted(
                            rule.id(),
                            rule.description(),
                            rule.webhook().map(w -> "; posts to " + w).orElse("")));
            rule.caveat().ifPresent(caveat -> out.println("Note: " + caveat + "."));
            out.println("It is evaluated on each new release 'frontera ingest' stores.");
        }
        return ExitCodes.OK;
    }
}
