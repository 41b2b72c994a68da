package dev.frontera.server.api;

import dev.frontera.core.FronteraException;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Query-string rules shared by the endpoints: unknown names are rejected, never ignored. */
final class RequestParameters {
    private RequestParameters() {}

    /** Fails with 400 naming the first parameter outside {@code allowed}, and the allowed ones. */
    static Map<String, List<String>> only(Context context, Set<String> allowed) {
        Map<String, List<String>> parameters = context.queryParamMap();
        for (String name : parameters.keySet()) {
            if (!allowed.contains(name)) {
                throw FronteraException.invalid("unknown parameter '%s'; %s", name, allowed.isEmpty()
                        ? "this endpoint takes no parameters" : "valid parameters: " + String.join(", ", new TreeSet<>(allowed)));
            }
        }
        return parameters;
    }

    /** The single value of an optional parameter. */
    static String single(Map<String, List<String>> parameters, String name, String fallback) {
        List<String> values = parameters.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw FronteraException.invalid("parameter '%s' takes one value, not %d", name, values.size());
        }
        return values.isEmpty() ? fallback : values.get(0).trim();
    }
}
