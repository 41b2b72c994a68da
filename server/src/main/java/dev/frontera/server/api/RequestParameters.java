package dev.frontera.server.api;

import dev.frontera.core.Excerpt;
import dev.frontera.core.FronteraException;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jetty.util.UrlEncoded;

/**
 * Query-string rules shared by the endpoints: the string is decoded strictly (a broken
 * %-escape or bytes that are not UTF-8 are a 400, never a parameter silently dropped, which would
 * answer another question), and unknown names are rejected, never ignored.
 */
final class RequestParameters {
    private RequestParameters() {}

    /** Fails with 400 naming the first parameter outside {@code allowed}, and the allowed ones. */
    static Map<String, List<String>> only(Context context, Set<String> allowed) {
        Map<String, List<String>> parameters = parse(context.queryString());
        for (String name : parameters.keySet()) {
            if (!allowed.contains(name)) {
                throw FronteraException.invalid(
                        "unknown parameter %s; %s",
                        Excerpt.quoted(name),
                        allowed.isEmpty()
                                ? "this endpoint takes no parameters"
                                : "valid parameters: " + String.join(", ", new TreeSet<>(allowed)));
            }
        }
        return parameters;
    }

    /**
     * The parameters of a raw query string ({@code a=1&b=x%20y}), in order, each with its values.
     * Decoding is strict: {@code %zz}, a lone {@code %} and invalid UTF-8 fail with 400.
     */
    static Map<String, List<String>> parse(String query) {
        if (query == null || query.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        try {
            UrlEncoded.decodeUtf8To(
                    query,
                    0,
                    query.length(),
                    (name, value) -> parameters
                            .computeIfAbsent(name, key -> new ArrayList<>())
                            .add(value),
                    false,
                    false,
                    false);
        } catch (IllegalArgumentException e) {
            throw FronteraException.invalid("the query string has a broken %%-escape or is not UTF-8: write each byte"
                    + " as %% and two hex digits (méxico is m%%C3%%A9xico), and a %% sign itself as %%25");
        }
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            for (String value : parameter.getValue()) {
                if (hasControl(name) || hasControl(value)) {
                    throw FronteraException.invalid(
                            "parameter %s holds a control character (such as %%00)", Excerpt.quoted(name));
                }
            }
            parameter.setValue(Collections.unmodifiableList(parameter.getValue()));
        }
        return Collections.unmodifiableMap(parameters);
    }

    /** The single value of an optional parameter. */
    static String single(Map<String, List<String>> parameters, String name, String fallback) {
        List<String> values = parameters.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw FronteraException.invalid("parameter '%s' takes one value, not %d", name, values.size());
        }
        return values.isEmpty() ? fallback : values.get(0).trim();
    }

    private static boolean hasControl(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }
}
