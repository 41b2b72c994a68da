package dev.frontera.server.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final JsonNode object;
    private final String prefix;

    private JsonBody(JsonNode object, String prefix) {
        this.object = object;
        this.prefix = prefix;
    }

    /** Reads the request's body, refusing more than {@code maxBytes} and any field outside {@code fields}. */
    static JsonBody read(Context context, int maxBytes, Set<String> fields) {
        long declared = context.req().getContentLengthLong();
        if (declared > maxBytes) {
            throw tooLarge(declared, maxBytes);
        }
        String type = context.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw FronteraException.invalid("the body must be JSON (Content-Type: application/json), not %s",
                    type == null ? "no content type" : "'" + type + "'");
        }
        byte[] body = context.bodyAsBytes();
        if (body.length > maxBytes) {
            throw tooLarge(body.length, maxBytes);
        }
        JsonNode input;
        try {
            input = MAPPER.readTree(body);
        } catch (IOException e) {
            throw FronteraException.invalid("the body is not valid JSON: %s",
                    e.getMessage().lines().findFirst().orElse(""));
        }
        if (input == null || !input.isObject()) {
            throw FronteraException.invalid("the body must be a JSON object with fields %s", new TreeSet<>(fields));
        }
        return new JsonBody(input, "").only(fields);
    }

    /** A required string field, trimmed, not blank. */
    String text(String name) {
        return optionalText(name).filter(value -> !value.isBlank())
                .orElseThrow(() -> FronteraException.invalid("field '%s' is required and must be a non-empty string",
                        path(name)));
    }

    /** An optional string field (absent or null: empty). */
    Optional<String> optionalText(String name) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw FronteraException.invalid("field '%s' must be a string, not %s", path(name), value);
        }
        return Optional.of(value.asText().strip());
    }

    /** A required date field, {@code YYYY-MM-DD}. */
    LocalDate date(String name) {
        String text = text(name);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw FronteraException.invalid("field '%s' must be a date like 2023-12-24, not '%s'", path(name), text);
        }
    }

    /** An optional number field. */
    Optional<Double> optionalNumber(String name) {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isNumber()) {
            throw FronteraException.invalid("field '%s' must be a number, not %s", path(name), value);
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
            throw FronteraException.invalid("field '%s' must be a whole number, not %s", path(name), value);
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
            throw FronteraException.invalid("field '%s' must be a list of strings, not %s", path(name), value);
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw FronteraException.invalid("field '%s' must be a list of strings; %s is not one", path(name), item);
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
            throw FronteraException.invalid("field '%s' must be an object with fields %s, not %s", path(name),
                    new TreeSet<>(fields), value);
        }
        return Optional.of(new JsonBody(value, path(name) + ".").only(fields));
    }

    private JsonBody only(Set<String> fields) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw FronteraException.invalid("unknown field '%s' in the body; valid fields: %s", path(name),
                        String.join(", ", new TreeSet<>(fields)));
            }
        }
        return this;
    }

    private String path(String name) {
        return prefix + name;
    }

    private static FronteraException tooLarge(long size, int maxBytes) {
        return new FronteraException(ErrorCode.TOO_LARGE, "the body has %d bytes; the limit is %d bytes"
                .formatted(size, maxBytes));
    }
}
