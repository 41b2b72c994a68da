package dev.frontera.cli;

import dev.frontera.claims.Alternative;
import dev.frontera.claims.CheckResult;
import dev.frontera.claims.CheckedClaim;
import dev.frontera.claims.ClaimChecker;
import dev.frontera.claims.ClaimJson;
import dev.frontera.claims.Subject;
import dev.frontera.claims.reading.Figure;
import dev.frontera.claims.reading.ReadingQuery;
import dev.frontera.claims.reading.ReadingWords;
import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code frontera check}: finds the figures of an article and checks each against the official record. */
@Command(
        name = "check",
        description = "Check the border figures of an article against the official record.",
        sortOptions = false,
        footer = {
            "",
            "Examples:",
            "  frontera check article.txt --published 2023-12-28",
            "  cat article.txt | frontera check - --published 2023-12-28 --format json",
            "  frontera check --jsonl articles.jsonl > verdicts.jsonl   (lines: {\"id\", \"text\", \"published\"})"
        })
final class CheckCommand implements Callable<Integer> {
    /** The largest article read (about 10 MB of text); larger input is refused, not loaded. */
    static final int MAX_ARTICLE_CHARS = ClaimJson.MAX_LINE_CHARS;

    @ParentCommand
    Frontera root;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "FILE",
            description = "the article as plain UTF-8 text, or - for standard input")
    String file;

    @Option(
            names = "--published",
            paramLabel = "DATE",
            description =
                    "the article's publication date, YYYY-MM-DD (or unknown): it resolves \"last month\", \"in November\", \"so far this year\"")
    String published;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json")
    String format = "text";

    @Option(
            names = "--jsonl",
            paramLabel = "FILE",
            description = "check a batch: one JSON object per line with id, text and published; - for standard input")
    String jsonl;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (jsonl != null) {
            if (file != null) {
                throw FronteraException.invalid("give either FILE or --jsonl FILE, not both");
            }
            return checkBatch(out, err);
        }
        if (file == null) {
            throw FronteraException.invalid(
                    "no article given: name a FILE (or - for standard input), or use --jsonl FILE");
        }
        if (published == null) {
            throw FronteraException.invalid("--published is missing: give the article's publication date as YYYY-MM-DD"
                    + " (or \"unknown\": the article is then read as of the newest release)");
        }
        boolean json = switch (format.trim().toLowerCase(Locale.ROOT)) {
            case "json" -> true;
            case "text" -> false;
            default -> throw FronteraException.invalid("unknown format '%s'; valid values: text, json", format);
        };
        boolean undated = published.trim().equalsIgnoreCase(ClaimJson.UNKNOWN);
        LocalDate date = undated ? null : publishedDate(published);
        String text = readArticle();
        try (Workspace workspace = Workspace.forReading(root.db)) {
            ClaimChecker checker = ClaimChecker.create(workspace.engine());
            CheckResult result = undated ? checker.checkUndated(text) : checker.check(text, date);
            if (json) {
                out.println(ClaimJson.create().write(result));
            } else {
                printText(text, result, out);
            }
        }
        return ExitCodes.OK;
    }

    private int checkBatch(PrintWriter out, PrintWriter err) {
        if (published != null) {
            throw FronteraException.invalid(
                    "--published does not apply to --jsonl: each line carries its own \"published\" date");
        }
        try (Workspace workspace = Workspace.forReading(root.db);
                Reader in = open(jsonl)) {
            ClaimChecker checker = ClaimChecker.create(workspace.engine());
            int failed =
                    ClaimJson.create().checkLines(checker, in, out, problem -> err.println("frontera: " + problem));
            out.flush();
            if (failed > 0) {
                err.println("frontera: %d line(s) of %s could not be checked; the others were"
                        .formatted(failed, name(jsonl)));
                return ExitCodes.USAGE;
            }
            return ExitCodes.OK;
        } catch (IOException e) {
            throw new FronteraException(
                    ErrorCode.INVALID_ARGUMENT, "cannot read %s: %s".formatted(name(jsonl), e.getMessage()));
        }
    }

    /** The same dates the JSONL form takes (YYYY-MM-DD, or YYYY-MM as the middle of the month). */
    private static LocalDate publishedDate(String value) {
        try {
            return ClaimJson.parsePublished(value);
        } catch (FronteraException e) {
            // The reader's reason (not a date, or outside 1900 to 2100), said of the option.
            throw FronteraException.invalid(
                    "--published %s (or \"unknown\")", e.getMessage().replaceFirst("^published date ", ""));
        }
    }

    /** Reads at most {@link #MAX_ARTICLE_CHARS} characters: a larger input is refused without being held in memory. */
    private String readArticle() {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try (Reader in = open(file)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                if (text.length() + read > MAX_ARTICLE_CHARS) {
                    throw new FronteraException(
                            ErrorCode.TOO_LARGE,
                            String.format(
                                    Locale.ROOT,
                                    "%s is longer than %,d characters: check one article at a time, or many with --jsonl",
                                    name(file),
                                    MAX_ARTICLE_CHARS));
                }
                text.append(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new FronteraException(
                    ErrorCode.INVALID_ARGUMENT, "cannot read %s: %s".formatted(name(file), e.getMessage()));
        }
        return text.toString();
    }

    private Reader open(String path) throws IOException {
        InputStream stream;
        if (path.equals("-")) {
            stream = System.in;
        } else {
            try {
                stream = Files.newInputStream(Path.of(path));
            } catch (NoSuchFileException e) {
                throw new FronteraException(ErrorCode.NOT_FOUND, "no file %s".formatted(path));
            }
        }
        // Invalid UTF-8 becomes U+FFFD, which the text guard reports as binary data.
        return new InputStreamReader(
                stream,
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }

    private static String name(String path) {
        return path.equals("-") ? "standard input" : path;
    }

    /** Like a spell checker: each sentence with the figure marked, then the verdict and its evidence. */
    static void printText(String input, CheckResult result, PrintWriter out) {
        if (result.claims().isEmpty()) {
            out.println("No figures about border encounters found.");
            return;
        }
        int index = 0;
        for (CheckedClaim claim : result.claims()) {
            index++;
            int sentenceStart = Math.max(0, input.lastIndexOf(claim.sentence(), claim.start()));
            int from = claim.start() - sentenceStart;
            int to = claim.end() - sentenceStart;
            String sentence = claim.sentence();
            String marked = from >= 0 && to <= sentence.length() && from <= to
                    ? sentence.substring(0, from) + "[[" + sentence.substring(from, to) + "]]" + sentence.substring(to)
                    : sentence;
            out.println("%d. %s".formatted(index, marked.replaceAll("\\s+", " ")));
            out.println("   %s: \"%s\"".formatted(claim.verdict().name(), claim.text()));
            if (claim.subject() instanceof Subject.Distance distance) {
                printDistance(claim, distance, out);
                continue;
            }
            claim.subject()
                    .statisticReading()
                    .ifPresent(reading -> out.println(
                            "   read as: %s (%s)".formatted(ReadingWords.describe(reading), claim.qualifier())));
            claim.official().ifPresent(figure -> out.println("   official figure: %s".formatted(figure(figure))));
            claim.officialAtPublication()
                    .ifPresent(figure -> out.println("   at publication: %s".formatted(figure(figure))));
            out.println("   why: %s".formatted(claim.explanation()));
            out.println("   confidence: %.0f%%".formatted(claim.confidence() * 100));
            if (claim.official().isPresent()) {
                claim.subject()
                        .statisticReading()
                        .ifPresent(reading -> ReadingQuery.commands(reading)
                                .forEach(query -> out.println("   query: %s".formatted(query))));
            }
            for (Alternative alternative : claim.alternatives()) {
                alternative
                        .subject()
                        .statisticReading()
                        .ifPresent(reading -> out.println("   also weighed (%.0f%%): %s: %s%s"
                                .formatted(
                                        alternative.posterior() * 100,
                                        ReadingWords.describe(reading),
                                        alternative
                                                .official()
                                                .map(CheckCommand::figure)
                                                .orElse("not answered by the record"),
                                        alternative.fits().orElse(false) ? " (fits)" : "")));
            }
            out.println();
        }
    }

    /** A distance to the border: where it was measured from, the straight-line and road distances with their methods. */
    private static void printDistance(CheckedClaim claim, Subject.Distance distance, PrintWriter out) {
        String from = distance.from().map(place -> " from " + place).orElse("");
        out.println("   read as: distance to the US-Mexico border%s (%s), computed by Frontera"
                .formatted(from, claim.qualifier()));
        claim.official().ifPresent(figure -> out.println("   straight line: %s".formatted(figure(figure))));
        for (Alternative alternative : claim.alternatives()) {
            alternative.official().ifPresent(figure -> out.println("   by road: %s".formatted(figure(figure))));
        }
        out.println("   why: %s".formatted(claim.explanation()));
        out.println();
    }

    private static String figure(Figure figure) {
        double value = figure.value();
        String number = value == Math.rint(value) && Math.abs(value) < 1e15
                ? String.format(Locale.ROOT, "%,d", (long) value)
                : String.format(Locale.ROOT, "%,.3f", value)
                        .replaceAll("0+$", "")
                        .replaceAll("\\.$", "");
        return "%s, from %s".formatted(number, figure.release());
    }
}
