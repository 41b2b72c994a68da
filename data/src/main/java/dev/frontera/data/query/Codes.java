package dev.frontera.data.query;

import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.dimension.DimensionValue;
import dev.frontera.core.dimension.Vocabulary;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Small integer codes for dimension values, shared by every loaded release, so rows can be
 * matched with array lookups instead of string comparisons. Code 0 means "not published".
 * A slug stored before the vocabulary named its value canonically ("korea-south" where it now
 * says "south-korea") gets the canonical value's code, so a store ingested earlier lists each
 * country once too.
 */
final class Codes {
    static final int NOT_PUBLISHED = 0;
    private static final Vocabulary VOCABULARY = Vocabulary.standard();

    private final Map<Dimension, Map<String, Integer>> codes = new EnumMap<>(Dimension.class);
    private final Map<Dimension, List<String>> slugs = new EnumMap<>(Dimension.class);

    Codes() {
        for (Dimension dimension : Dimension.values()) {
            codes.put(dimension, new ConcurrentHashMap<>());
            List<String> list = new ArrayList<>();
            list.add(null);
            slugs.put(dimension, list);
        }
    }

    synchronized int encode(Dimension dimension, String slug) {
        if (slug == null) {
            return NOT_PUBLISHED;
        }
        Integer code = codes.get(dimension).get(slug);
        if (code != null) {
            return code;
        }
        String canonical =
                VOCABULARY.find(dimension, slug).map(DimensionValue::slug).orElse(slug);
        code = codes.get(dimension).get(canonical);
        if (code == null) {
            List<String> list = slugs.get(dimension);
            code = list.size();
            list.add(canonical);
            codes.get(dimension).put(canonical, code);
        }
        codes.get(dimension).put(slug, code);
        return code;
    }

    /** The code of a slug, or -1 when no loaded release has it. */
    int find(Dimension dimension, String slug) {
        return codes.get(dimension).getOrDefault(slug, -1);
    }

    synchronized String slug(Dimension dimension, int code) {
        return slugs.get(dimension).get(code);
    }

    synchronized int size(Dimension dimension) {
        return slugs.get(dimension).size();
    }
}
