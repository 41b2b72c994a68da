package dev.frontera.server.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.frontera.claims.CheckResult;
import dev.frontera.claims.ClaimChecker;
import dev.frontera.claims.ClaimJson;
import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

/**
 * {@code POST /api/v1/check} with {@code {"text": ..., "published": "YYYY-MM-DD"}}: the claims of
 * the text, checked, as {@link ClaimJson} writes them. What one request may cost is bounded: the
 * client's rate, the body size (refused before it is read), the text's length, the number of
 * claims answered, and the checks the whole server runs at once; the answer is written straight to
 * the response.
 */
final class CheckEndpoint {
    private static final Set<String> FIELDS = Set.of("text", "published");

    private final ClaimChecker checker;
    private final ClaimJson json = ClaimJson.create();
    private final ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final RequestLimits limits;

    CheckEndpoint(ClaimChecker checker, RequestLimits limits) {
        this.checker = checker;
        this.limits = limits;
    }

    void check(Context context) {
        RequestParameters.only(context, Set.of());
        limits.takeCheck(context);
        String type = context.contentType();
        limits.refuseLargeBody(context);
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw FronteraException.invalid(
                    "the body must be JSON (Content-Type: application/json), not %s",
                    type == null ? "no content type" : "'" + type + "'");
        }
        JsonNode input = parse(limits.body(context));
        String text = RequestLimits.text(field(input, "text"));
        var published = ClaimJson.parsePublished(field(input, "published"));
        CheckResult result = limits.work(() -> checker.check(text, published, RequestLimits.MAX_CLAIMS + 1));
        if (result.claims().size() > RequestLimits.MAX_CLAIMS) {
            throw new FronteraException(
                    ErrorCode.TOO_LARGE,
                    ("the text holds more than %d figures to check; send it"
                                    + " in parts (an article holds a few dozen)")
                            .formatted(RequestLimits.MAX_CLAIMS));
        }
        context.contentType("application/json");
        try {
            mapper.writeValue(context.outputStream(), json.toJson(result));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode parse(byte[] body) {
        JsonNode input;
        try {
            input = mapper.readTree(body);
        } catch (IOException e) {
            throw JsonBody.notJson(e);
        }
        if (input == null || !input.isObject()) {
            throw FronteraException.invalid(
                    "the body must be a JSON object {\"text\": ..., \"published\": \"YYYY-MM-DD\"}");
        }
        for (Iterator<String> names = input.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw FronteraException.invalid(
                        "unknown field %s in the body; valid fields: published, text",
                        dev.frontera.core.Excerpt.quoted(name));
            }
        }
        return input;
    }

    private static String field(JsonNode input, String name) {
        JsonNode value = input.get(name);
        if (value == null || !value.isTextual()) {
            throw FronteraException.invalid("field '%s' is required and must be a string", name);
        }
        return value.asText();
    }
}
