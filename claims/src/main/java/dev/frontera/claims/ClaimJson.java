package dev.frontera.claims;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.core.period.CalendarDates;
import dev.frontera.claims.text.BoundedLines;
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
import java.util.function.Consumer;

/**
 * The one JSON form of checked claims, used alike by the CLI, the HTTP server and the Spark job.
 * A result is {@code {"claims": [...]}}; each claim has {@code kind, sentence, start, end, text,
 * value, qualifier, measure, region, period, per_day, filters, official {value, release},
 * official_at_publication, verdict, explanation, alternatives}. The batch form reads lines
 * {@code {"id", "text", "published"}} and writes lines {@code {"id", "claims"}}; a line that
 * cannot be read yields {@code {"line", "id", "error": {"code", "message"}}} and the others go on.
 * Thread-safe.
 */
public final class ClaimJson {
    /** The longest JSONL line read (about 10 MB): one article is far smaller. */
    public static final int MAX_LINE_CHARS = 10_000_000;

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
        node.put("measure", claim.measure());
        node.put("region", claim.region());
        node.put("period", claim.period());
        node.put("per_day", claim.perDay());
        node.set("filters", filters(claim.filters()));
        node.set("official", figure(claim.official()));
        node.set("official_at_publication", figure(claim.officialAtPublication()));
        node.put("verdict", claim.verdict().slug());
        node.put("explanation", claim.explanation());
        ArrayNode alternatives = node.putArray("alternatives");
        for (Alternative alternative : claim.alternatives()) {
            ObjectNode item = alternatives.addObject();
            item.put("measure", alternative.measure());
            item.put("region", alternative.region());
            item.put("period", alternative.period());
            item.put("per_day", alternative.perDay());
            item.set("filters", filters(alternative.filters()));
            item.put("reading", alternative.change());
            item.set("official", figure(alternative.official()));
            item.put("fits", alternative.fits());
        }
        return node;
    }

    /**
     * Checks a JSONL batch: one line in, one line out, in order. Returns the number of lines that
     * failed; each failure is written as an error object naming its line, and the run goes on.
     */
    public int checkLines(ClaimChecker checker, BufferedReader in, Writer out) {
        return checkLines(checker, in, out, message -> { });
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
                        throw new FronteraException(ErrorCode.TOO_LARGE, String.format(Locale.ROOT,
                                "line %d is longer than %,d characters: split the article", lineNumber, MAX_LINE_CHARS));
                    }
                    JsonNode input = parseLine(line.text(), lineNumber);
                    id = input.hasNonNull("id") ? input.get("id").asText() : null;
                    String text = required(input, "text", lineNumber);
                    LocalDate published = parsePublished(required(input, "published", lineNumber));
                    result = mapper.createObjectNode();
                    result.put("id", id);
                    result.set("claims", claims(checker.check(text, published).claims()));
                } catch (FronteraException e) {
                    errors++;
                    String message = e.getMessage().startsWith("line ") ? e.getMessage()
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
     * Reads {@code YYYY-MM-DD}, or {@code YYYY-MM} as the middle of the month, in the years
     * {@link CalendarDates} allows (1900 to 2100).
     */
    public static LocalDate parsePublished(String text) {
        String value = text == null ? "" : text.trim();
        if (value.matches("\\d{4}-\\d{2}")) {
            try {
                return CalendarDates.check("published date", YearMonth.parse(value).atDay(15)); // a month alone: its middle
            } catch (DateTimeParseException e) {
                throw new FronteraException(ErrorCode.INVALID_ARGUMENT,
                        "published date '%s' is not a month: use YYYY-MM-DD (or YYYY-MM)".formatted(value));
            }
        }
        return CalendarDates.parse("published date", value);
    }

    private JsonNode parseLine(String line, int lineNumber) {
        try {
            JsonNode node = mapper.readTree(line);
            if (node == null || !node.isObject()) {
                throw new FronteraException(ErrorCode.INVALID_ARGUMENT,
                        "line %d is not a JSON object with id, text and published".formatted(lineNumber));
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new FronteraException(ErrorCode.INVALID_ARGUMENT, "line %d is not valid JSON: %s".formatted(lineNumber,
                    e.getOriginalMessage()));
        }
    }

    private static String required(JsonNode input, String field, int lineNumber) {
        JsonNode value = input.get(field);
        if (value == null || value.isNull() || !value.isTextual()) {
            throw new FronteraException(ErrorCode.INVALID_ARGUMENT, "line %d has no text field '%s'".formatted(lineNumber, field));
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

    private ObjectNode filters(Map<String, List<String>> filters) {
        ObjectNode node = mapper.createObjectNode();
        filters.forEach((name, values) -> {
            ArrayNode array = node.putArray(name);
            values.forEach(array::add);
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
