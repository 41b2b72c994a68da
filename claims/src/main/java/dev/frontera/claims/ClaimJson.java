package dev.frontera.claims;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.frontera.claims.internal.text.BoundedLines;
import dev.frontera.claims.reading.Aggregate;
import dev.frontera.claims.reading.Figure;
import dev.frontera.claims.reading.Reading;
import dev.frontera.claims.reading.ReadingQuery;
import dev.frontera.claims.reading.ReadingWords;
import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.dimension.Region;
import dev.frontera.core.period.CalendarDates;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The one JSON form of checked claims, used alike by the CLI, the HTTP server and the Spark job.
 * A result is {@code {"claims": [...]}}; each claim has {@code kind, sentence, start, end, text,
 * value, qualifier, measure, region, period, per_day, filters, reading {measure, region, filters,
 * period, aggregate, base, whole, description, queries}, official {value, release},
 * official_at_publication, verdict, confidence, explanation, alternatives [{measure, region,
 * period, per_day, filters, description, prior, posterior, official, fits}]}. The batch form reads lines
 * {@code {"id", "text", "published"}} ({@code published} may be {@code "unknown"} or absent) and writes
 * lines {@code {"id", "claims"}}; a line that
 * cannot be read yields {@code {"line", "id", "error": {"code", "message"}}} and the others go on.
 * Thread-safe.
 */
public final class ClaimJson {
    /** The longest JSONL line read (about 10 MB): one article is far smaller. */
    public static final int MAX_LINE_CHARS = 10_000_000;
    /** What a publication date that is not known may be written as. */
    public static final String UNKNOWN = "unknown";

    private final ObjectMapper mapper = new ObjectMapper();

    private ClaimJson() {}

    public static ClaimJson create() {
        return new ClaimJson();
    }

    /** The result as a JSON object {@code {"claims": [...]}}. */
    public ObjectNode toJson(CheckResult result) {
        ObjectNode root = mapper.createObjectNode();
        root.set("claims", claims(result.claims()));
        return root;
    }

    /** The result as compact JSON text. */
    public String write(CheckResult result) {
        return text(toJson(result));
    }

    public ArrayNode claims(List<CheckedClaim> claims) {
        ArrayNode array = mapper.createArrayNode();
        claims.forEach(claim -> array.add(toJson(claim)));
        return array;
    }

    public ObjectNode toJson(CheckedClaim claim) {
        ObjectNode node = mapper.createObjectNode();
        node.put("kind", claim.kind());
        node.put("sentence", claim.sentence());
        node.put("start", claim.start());
        node.put("end", claim.end());
        node.put("text", claim.text());
        if (claim.value().isPresent()) {
            number(node, "value", claim.value().getAsDouble());
        } else {
            node.putNull("value");
        }
        node.put("qualifier", claim.qualifier());
        scope(node, claim.subject());
        node.set(
                "reading",
                claim.subject().statisticReading().<JsonNode>map(this::reading).orElse(mapper.nullNode()));
        node.set("official", figure(claim.official()));
        node.set("official_at_publication", figure(claim.officialAtPublication()));
        node.put("verdict", claim.verdict().slug());
        node.put("confidence", Math.round(claim.confidence() * 1000) / 1000.0);
        node.put("explanation", claim.explanation());
        ArrayNode alternatives = node.putArray("alternatives");
        for (Alternative alternative : claim.alternatives()) {
            ObjectNode item = alternatives.addObject();
            scope(item, alternative.subject());
            item.put(
                    "description",
                    alternative
                            .subject()
                            .statisticReading()
                            .map(ReadingWords::describe)
                            .orElse(null));
            item.put("prior", Math.round(alternative.prior() * 10000) / 10000.0);
            item.put("posterior", Math.round(alternative.posterior() * 10000) / 10000.0);
            item.set("official", figure(alternative.official()));
            if (alternative.fits().isPresent()) {
                item.put("fits", alternative.fits().get());
            } else {
                item.putNull("fits");
            }
        }
        return node;
    }

    /** The flat scope fields every claim and alternative carries: measure, region, period, per_day, filters. */
    private void scope(ObjectNode node, Subject subject) {
        if (subject instanceof Subject.Statistic statistic) {
            Reading reading = statistic.reading();
            node.put("measure", reading.measure().slug());
            node.put("region", reading.region().slug());
            node.put("period", reading.period().label());
            node.put("per_day", reading.aggregate() == Aggregate.PER_DAY);
            node.set("filters", filters(reading.filters()));
        } else if (subject instanceof Subject.Season season) {
            Reading reading = season.reading();
            node.put("measure", reading.measure().slug());
            node.put("region", reading.region().slug());
            node.put("period", reading.period().label());
            node.put("per_day", false);
            node.set("filters", filters(reading.filters()));
            node.put("season", season.claim().slug());
        } else if (subject instanceof Subject.NotCounted notCounted) {
            node.put("measure", notCounted.what());
            node.putNull("region");
            node.putNull("period");
            node.put("per_day", false);
            node.set("filters", mapper.createObjectNode());
        } else if (subject instanceof Subject.Distance distance) {
            node.put("measure", distance.method().equals("road") ? "road-distance" : "distance-to-border");
            node.put("region", Region.SOUTHWEST.slug()); // distances are measured to the US-Mexico border
            node.putNull("period");
            node.put("per_day", false);
            ObjectNode from = node.putObject("filters");
            distance.from().ifPresent(place -> from.putArray("from").add(place));
        }
    }

    /** The typed reading, spelled out: what, where, when, how combined, in words, and the query that reproduces it. */
    private ObjectNode reading(Reading reading) {
        ObjectNode node = mapper.createObjectNode();
        node.put("measure", reading.measure().slug());
        node.put("region", reading.region().slug());
        node.set("filters", filters(reading.filters()));
        node.put("period", reading.period().label());
        node.put(
                "aggregate", reading.aggregate().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        reading.base().ifPresentOrElse(base -> node.put("base", base.label()), () -> node.putNull("base"));
        reading.whole()
                .ifPresentOrElse(
                        whole -> {
                            ObjectNode of = node.putObject("whole");
                            of.put("measure", whole.measure().slug());
                            of.put("region", whole.region().slug());
                            of.set("filters", filters(whole.filters()));
                        },
                        () -> node.putNull("whole"));
        node.put("description", ReadingWords.describe(reading));
        ArrayNode queries = node.putArray("queries");
        ReadingQuery.commands(reading).forEach(queries::add);
        return node;
    }

    /**
     * Checks a JSONL batch: one line in, one line out, in order. Returns the number of lines that
     * failed; each failure is written as an error object naming its line, and the run goes on.
     */
    public int checkLines(ClaimChecker checker, BufferedReader in, Writer out) {
        return checkLines(checker, in, out, message -> {});
    }

    /**
     * As {@link #checkLines(ClaimChecker, BufferedReader, Writer)}, also telling {@code problems}
     * about each failed line ("line 3 is not valid JSON: ..."). Lines are read one at a time and
     * cut at {@link #MAX_LINE_CHARS}, so memory stays bounded whatever the input.
     */
    public int checkLines(ClaimChecker checker, Reader in, Writer out, Consumer<String> problems) {
        int errors = 0;
        int lineNumber = 0;
        BoundedLines lines = new BoundedLines(in, MAX_LINE_CHARS);
        try {
            for (BoundedLines.Line line = lines.next(); line != null; line = lines.next()) {
                lineNumber++;
                if (line.text().isBlank() && !line.tooLong()) {
                    continue;
                }
                String id = null;
                ObjectNode result;
                try {
                    if (line.tooLong()) {
                        throw new FronteraException(
                                ErrorCode.TOO_LARGE,
                                String.format(
                                        Locale.ROOT,
                                        "line %d is longer than %,d characters: split the article",
                                        lineNumber,
                                        MAX_LINE_CHARS));
                    }
                    JsonNode input = parseLine(line.text(), lineNumber);
                    id = input.hasNonNull("id") ? input.get("id").asText() : null;
                    String text = required(input, "text", lineNumber);
                    Optional<LocalDate> published = publishedIfKnown(input.get("published"));
                    result = mapper.createObjectNode();
                    result.put("id", id);
                    result.set(
                            "claims",
                            claims((published.isPresent()
                                            ? checker.check(text, published.get())
                                            : checker.checkUndated(text))
                                    .claims()));
                } catch (FronteraException e) {
                    errors++;
                    String message = e.getMessage().startsWith("line ")
                            ? e.getMessage()
                            : "line %d: %s".formatted(lineNumber, e.getMessage());
                    problems.accept(message);
                    result = error(lineNumber, id, e.code(), message);
                } catch (RuntimeException e) {
                    errors++;
                    String message = "line %d could not be checked: %s".formatted(lineNumber, e);
                    problems.accept(message);
                    result = error(lineNumber, id, ErrorCode.INTERNAL, message);
                }
                out.write(text(result));
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the JSONL batch at line %d".formatted(lineNumber), e);
        }
        return errors;
    }

    /**
     * A JSONL line's publication date: a date, or none when the field is absent, null, empty or
     * {@code "unknown"} (the text is then read as of the newest release held).
     */
    static Optional<LocalDate> publishedIfKnown(JsonNode value) {
        if (value == null
                || value.isNull()
                || value.isTextual()
                        && (value.asText().isBlank() || value.asText().trim().equalsIgnoreCase(UNKNOWN))) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw new FronteraException(
                    ErrorCode.INVALID_ARGUMENT, "published must be a date as text (YYYY-MM-DD), or \"unknown\"");
        }
        return Optional.of(parsePublished(value.asText()));
    }

    /**
     * Reads {@code YYYY-MM-DD}, or {@code YYYY-MM} as the middle of the month, in the years
     * {@link CalendarDates} allows (1900 to 2100).
     */
    public static LocalDate parsePublished(String text) {
        String value = text == null ? "" : text.trim();
        if (value.matches("\\d{4}-\\d{2}")) {
            try {
                return CalendarDates.check(
                        "published date", YearMonth.parse(value).atDay(15)); // a month alone: its middle
            } catch (DateTimeParseException e) {
                throw new FronteraException(
                        ErrorCode.INVALID_ARGUMENT,
                        "published date '%s' is not a month: use YYYY-MM-DD (or YYYY-MM)".formatted(value));
            }
        }
        return CalendarDates.parse("published date", value);
    }

    private JsonNode parseLine(String line, int lineNumber) {
        try {
            JsonNode node = mapper.readTree(line);
            if (node == null || !node.isObject()) {
                throw new FronteraException(
                        ErrorCode.INVALID_ARGUMENT,
                        "line %d is not a JSON object with id, text and published".formatted(lineNumber));
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new FronteraException(
                    ErrorCode.INVALID_ARGUMENT,
                    "line %d is not valid JSON: %s".formatted(lineNumber, e.getOriginalMessage()));
        }
    }

    private static String required(JsonNode input, String field, int lineNumber) {
        JsonNode value = input.get(field);
        if (value == null || value.isNull() || !value.isTextual()) {
            throw new FronteraException(
                    ErrorCode.INVALID_ARGUMENT, "line %d has no text field '%s'".formatted(lineNumber, field));
        }
        return value.asText();
    }

    private ObjectNode error(int line, String id, ErrorCode code, String message) {
        ObjectNode node = mapper.createObjectNode();
        node.put("line", line);
        node.put("id", id);
        ObjectNode error = node.putObject("error");
        error.put("code", code.slug());
        error.put("message", message);
        return node;
    }

    private ObjectNode filters(Map<Dimension, Set<String>> filters) {
        ObjectNode node = mapper.createObjectNode();
        filters.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            ArrayNode array = node.putArray(entry.getKey().parameter());
            entry.getValue().stream().sorted().forEach(array::add);
        });
        return node;
    }

    private JsonNode figure(Optional<Figure> figure) {
        if (figure.isEmpty()) {
            return mapper.nullNode();
        }
        ObjectNode node = mapper.createObjectNode();
        number(node, "value", figure.get().value());
        node.put("release", figure.get().release());
        return node;
    }

    private static void number(ObjectNode node, String field, double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            node.put(field, (long) value);
        } else {
            node.put(field, value);
        }
    }

    private String text(JsonNode node) {
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new FronteraException(ErrorCode.INTERNAL, "cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }
}
