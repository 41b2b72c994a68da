package dev.frontera.cli;

import dev.frontera.core.FronteraException;
import dev.frontera.movements.news.CaravanReport;
import dev.frontera.movements.news.DistanceClaim;
import dev.frontera.movements.sightings.Movement;
import dev.frontera.movements.sightings.NewMovement;
import dev.frontera.movements.sightings.NewSighting;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code frontera movements import ARTICLE --published DATE}: proposes the movement and sighting an
 * article reports, and checks its distance claims. Nothing is stored without {@code --confirm}.
 */
@Command(name = "import", description = "Propose a movement and sighting from an article; store them with --confirm.")
final class MovementImportCommand implements Callable<Integer> {
    private static final long MAX_ARTICLE_BYTES = 5_000_000;

    @ParentCommand
    MovementsCommand parent;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ARTICLE", description = "a text file")
    Path article;

    @Option(
            names = "--published",
            required = true,
            paramLabel = "DATE",
            description = "the article's publication date, e.g. 2023-12-28")
    String published;

    @Option(names = "--name", description = "the movement's name (default: from the origin and date)")
    String name;

    @Option(names = "--source", description = "the article's web address (needed with --confirm)", defaultValue = "")
    String source;

    @Option(names = "--confirm", description = "store the proposed movement and sighting")
    boolean confirm;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isRegularFile(article)) {
            throw new FronteraException(dev.frontera.core.ErrorCode.NOT_FOUND, "no such file: " + article);
        }
        if (Files.size(article) > MAX_ARTICLE_BYTES) {
            throw new FronteraException(
                    dev.frontera.core.ErrorCode.TOO_LARGE,
                    "%s is larger than %,d bytes; an article is expected".formatted(article, MAX_ARTICLE_BYTES));
        }
        String text = Files.readString(article, StandardCharsets.UTF_8);
        var date = MovementsCommand.date("--published", published);
        Optional<CaravanReport> report = parent.movements().caravanReport(text, date);
        for (DistanceClaim claim : parent.movements().distanceClaims(text, date)) {
            out.printf(
                    "Distance claim \"%s\": %s. %s%n",
                    claim.claimedText(), claim.verdict().slug(), claim.explanation());
        }
        if (report.isEmpty()) {
            out.println("No caravan report found in " + article + ".");
            return ExitCodes.OK;
        }
        String movementName = name != null
                ? name
                : report.get().origin().map(o -> "Caravan from " + o.name()).orElse("Caravan")
                        + report.get().departed().map(d -> " " + d).orElse("");
        Optional<NewMovement> movement = report.get().proposedMovement(movementName);
        // A stored source is a web address (the same rule as the API): without --source the proposal
        // says so, and --confirm refuses to store it.
        Optional<NewSighting> sighting = report.get().proposedSighting(source.strip());
        out.println("Proposed movement:");
        movement.ifPresentOrElse(
                m -> {
                    MovementsCommand.line(out, "name", m.name());
                    MovementsCommand.line(out, "first reported", m.firstReported());
                    MovementsCommand.line(out, "origin", m.origin());
                    MovementsCommand.line(
                            out,
                            "nationalities",
                            String.join(", ", m.nationalities())
                                    + (report.get().othersMentioned() ? " (and others, unnamed)" : ""));
                },
                () -> out.println("  (not enough detail: origin or date missing)"));
        out.println("Proposed sighting:");
        sighting.ifPresentOrElse(
                s -> {
                    MovementsCommand.line(out, "date and place", s.date() + ", " + s.place());
                    MovementsCommand.line(
                            out, "size", s.size().map(size -> size.label()).orElse("not given"));
                    MovementsCommand.line(
                            out, "source", s.sourceUrl().isEmpty() ? "(give --source URL)" : s.sourceUrl());
                },
                () -> out.println("  (not enough detail)"));
        if (!confirm) {
            out.println("Nothing stored. Check the proposal against the article, then run again with --confirm.");
            return ExitCodes.OK;
        }
        if (source.isBlank()) {
            throw FronteraException.invalid("--source is missing: give the article's web address (https://...), stored"
                    + " with the sighting as where it was read");
        }
        if (movement.isEmpty() || sighting.isEmpty()) {
            throw FronteraException.invalid("the article does not give enough detail to store a movement; use"
                    + " 'frontera movements add' and 'sight' instead");
        }
        try (MovementsCommand.Session session = parent.open()) {
            Movement stored = session.store.addMovement(movement.get());
            session.store.addSighting(stored.id(), sighting.get());
            out.printf("Stored movement %s with its first sighting.%n", stored.id());
        }
        return ExitCodes.OK;
    }
}
