package dev.frontera.surges.digest;

import dev.frontera.core.query.Release;
import dev.frontera.surges.ForecastView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A digest as a JSON tree (the same in the CLI and the API) and as lines of text. */
public final class DigestDocument {
    private DigestDocument() {}

    public static Map<String, Object> tree(Digest digest) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("release", release(digest.release()));
        root.put("month", digest.month().toString());
        root.put("as_of", digest.asOf().toString());
        List<Map<String, Object>> items = new ArrayList<>();
        int rank = 1;
        for (DigestItem item : digest.items()) {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("rank", rank++);
            node.put("kind", item.kind().slug());
            node.put("sentence", item.sentence());
            node.put("series", item.series());
            node.put("month", item.month().toString());
            node.put("value", item.value());
            node.put("compared_value", item.compared().orElse(null));
            node.put(
                    "compared_month", item.comparedMonth().map(Object::toString).orElse(null));
            node.put("baseline", item.baseline().map(ForecastView::prediction).orElse(null));
            node.put("score", Math.round(item.score() * 1000) / 1000.0);
            node.put("query", item.query());
            node.put("release", item.release().id());
            items.add(node);
        }
        root.put("items", items);
        root.put("notes", digest.notes());
        return root;
    }

    static Map<String, Object> release(Release release) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", release.id());
        node.put("name", release.name());
        node.put("family", release.family().slug());
        node.put("published", release.published().toString());
        node.put("published_estimated", release.publishedEstimated());
        return node;
    }

    /** Numbered sentences, each followed by the command that reproduces it. */
    public static List<String> lines(Digest digest, int limit) {
        List<String> lines = new ArrayList<>();
        lines.add("Digest of %s (%s, published %s%s): %s"
                .formatted(
                        digest.release().name(),
                        digest.release().id(),
                        digest.release().published(),
                        digest.release().publishedEstimated() ? ", estimated" : "",
                        digest.items().isEmpty()
                                ? "nothing notable"
                                : digest.items().size() + " notable change(s)"));
        int rank = 1;
        for (DigestItem item : digest.items()) {
            if (rank > limit) {
                lines.add("  ... %d more: frontera digest --release %s"
                        .formatted(
                                digest.items().size() - limit, digest.release().id()));
                break;
            }
            lines.add("  %d. %s".formatted(rank++, item.sentence()));
            lines.add("     $ " + item.query());
        }
        digest.notes().forEach(note -> lines.add("  Note: " + note));
        return lines;
    }
}
