package dev.frontera.server.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.frontera.core.Excerpt;
import dev.frontera.core.FronteraException;
import dev.frontera.core.period.CalendarDates;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A JSON object read from a request body: within the size limit, of type application/json, with
 * no field outside the allowed ones. Its accessors fail with 400 naming the field and the rule.
 */
final class JsonBody {
    private static final ObjectMapper MAPPER =
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final JsonNode object;
    private final String prefix;

    private JsonBody(JsonNode object, String prefix) {
        this.object = object;
        this.prefix = prefix;
    }

    /** Reads the request's body, refusing more than the limit allows and any field outside {@code fields}. */
    static JsonBody read(Context context, RequestLimits limits, Set<String> fields) {
        limits.refuseLargeBody(context);
        String type = context.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw FronteraException.invalid(
                    "the body must be JSON (Content-Type: application/json), not %s",
                    type == null ? "no content type" : Excerpt.quoted(type));
        }
        byte[] body = limits.body(context);
        JsonNode input;
        try {
            input = MAPPER.readTree(body);
        } catch (IOException e) {
            throw notJson(e);
        }
        if (input == null || !input.isObject()) {
            throw FronteraException.invalid("the body must be a JSON object with fields %s", new TreeSet<>(fields));
        }
        return new JsonBody(input, "").only(fields);
    }

    /** A required string field, trimmed, not blank. */
    String text(String name) {
        return optionalText(name)
                .filter(value -> !value.isBlank())
                .orElseThrow(() ->
                        FronteraException.invalid("field '%s' is required and must be a non-empty string", path(name)));
    }

    /** An optional string field (absent or null: empty). */
    Optional<String> optionalText(String name) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw FronteraException.invalid("field '%s' must be a string, not %s", path(name), describe(value));
        }
        return Optional.of(value.asText().strip());
    }

    /** A required date field, {@code YYYY-MM-DD}, in the years {@link CalendarDates} allows. */
    LocalDate date(String name) {
        return CalendarDates.parse("field '%s'".formatted(path(name)), text(name));
    }

    /** The 400 for a body Jackson cannot read: the first line of its message, cut short. */
    static FronteraException notJson(IOException e) {
        String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        return FronteraException.invalid(
                "the body is not valid JSON: %s", first.length() <= 200 ? first : first.substring(0, 200) + "...");
    }

    /** An optional number field. */
    Optional<Double> optionalNumber(String name) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isNumber()) {
            throw FronteraException.invalid("field '%s' must be a number, not %s", path(name), describe(value));
        }
        return Optional.of(value.asDouble());
    }

    /** An optional whole-number field. */
    Optional<Long> optionalWhole(String name) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.canConvertToExactIntegral() || !value.canConvertToLong()) {
            throw FronteraException.invalid("field '%s' must be a whole number, not %s", path(name), describe(value));
        }
        return Optional.of(value.asLong());
    }

    /** An optional list of strings. */
    List<String> texts(String name) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw FronteraException.invalid(
                    "field '%s' must be a list of strings, not %s", path(name), describe(value));
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw FronteraException.invalid(
                        "field '%s' must be a list of strings; %s is not one", path(name), describe(item));
            }
            texts.add(item.asText().strip());
        }
        return texts;
    }

    /** An optional nested object, with its own allowed fields. */
    Optional<JsonBody> optionalObject(String name, Set<String> fields) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            throw FronteraException.invalid(
                    "field '%s' must be an object with fields %s, not %s",
                    path(name), new TreeSet<>(fields), describe(value));
        }
        return Optional.of(new JsonBody(value, path(name) + ".").only(fields));
    }

    private JsonBody only(Set<String> fields) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw FronteraException.invalid(
                        "unknown field %s in the body; valid fields: %s",
                        Excerpt.quoted(path(name)), String.join(", ", new TreeSet<>(fields)));
            }
        }
        return this;
    }

    private String path(String name) {
        return prefix + name;
    }

    /** A JSON value as a message quotes it: short, never a whole 900 KB object. */
    private static String describe(JsonNode value) {
        String text = value.toString();
        return text.length() <= Excerpt.MAX_CHARS
                ? text
                : "a %s of %,d characters"
                        .formatted(value.getNodeType().name().toLowerCase(Locale.ROOT), text.length());
    }
}
