package dev.frontera.server.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.frontera.claims.ClaimChecker;
import dev.frontera.claims.ClaimJson;
import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;

/**
 * {@code POST /api/v1/check} with {@code {"text": ..., "published": "YYYY-MM-DD"}}: the claims of
 * the text, checked, as {@link ClaimJson} writes them. Rate-limited per client; bodies over the
 * limit are refused before they are read.
 */
final class CheckEndpoint {
    private static final Set<String> FIELDS = Set.of("text", "published");

    private final ClaimChecker checker;
    private final ClaimJson json = ClaimJson.create();
    private final ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final TokenBuckets buckets;
    private final int maxBodyBytes;

    CheckEndpoint(ClaimChecker checker, TokenBuckets buckets, int maxBodyBytes) {
        this.checker = checker;
        this.buckets = buckets;
        this.maxBodyBytes = maxBodyBytes;
    }

    void check(Context context) {
        RequestParameters.only(context, Set.of());
        long wait = buckets.take(context.ip());
        if (wait > 0) {
            context.header("Retry-After", Long.toString(wait));
            throw new FronteraException(ErrorCode.RATE_LIMITED,
                    "too many checks from this client; try again in %d second(s)".formatted(wait));
        }
        long declared = context.req().getContentLengthLong();
        if (declared > maxBodyBytes) {
            throw tooLarge(declared);
        }
        String type = context.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw FronteraException.invalid("the body must be JSON (Content-Type: application/json), not %s",
                    type == null ? "no content type" : "'" + type + "'");
        }
        byte[] body = context.bodyAsBytes();
        if (body.length > maxBodyBytes) {
            throw tooLarge(body.length);
        }
        JsonNode input = parse(body);
        String text = field(input, "text");
        var published = ClaimJson.parsePublished(field(input, "published"));
        context.contentType("application/json").result(json.write(checker.check(text, published)));
    }

    private JsonNode parse(byte[] body) {
        JsonNode input;
        try {
            input = mapper.readTree(body);
        } catch (IOException e) {
            throw FronteraException.invalid("the body is not valid JSON: %s", e.getMessage().lines().findFirst().orElse(""));
        }
        if (input == null || !input.isObject()) {
            throw FronteraException.invalid("the body must be a JSON object {\"text\": ..., \"published\": \"YYYY-MM-DD\"}");
        }
        for (Iterator<String> names = input.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw FronteraException.invalid("unknown field '%s' in the body; valid fields: published, text", name);
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

    private FronteraException tooLarge(long size) {
        return new FronteraException(ErrorCode.TOO_LARGE, "the body has %d bytes; the limit is %d bytes"
                .formatted(size, maxBodyBytes));
    }
}
