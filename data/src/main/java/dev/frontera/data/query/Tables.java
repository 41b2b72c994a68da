package dev.frontera.data.query;

import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.query.Family;
import dev.frontera.core.query.Release;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The releases of a source, loaded into memory on first use and kept: a query touches only
 * the releases it needs, so a cold {@code frontera query} loads a few, the server all.
 */
final class Tables {
    private final ReleaseSource source;
    private final Codes codes = new Codes();
    private final List<Release> releases;
    private final Map<String, ReleaseTable> loaded = new ConcurrentHashMap<>();

    Tables(ReleaseSource source) {
        this.source = source;
        this.releases = source.releases().stream()
                .sorted(Comparator.comparing(Release::published).reversed())
                .toList();
    }

    List<Release> releases() {
        return releases;
    }

    Codes codes() {
        return codes;
    }

    ReleaseTable table(Release release) {
        return loaded.computeIfAbsent(release.id(), id -> new ReleaseTable(release, source.observations(id), codes));
    }

    /**
     * True when some release of the family has the value. Absent rows mean zero in a family
     * that lists the value elsewhere (CBP omits empty rows), but "not published" in a family
     * that never lists it (the southwest file has no Venezuela).
     */
    boolean familyPublishes(Family family, Dimension dimension, String slug) {
        List<Release> ofFamily =
                releases.stream().filter(r -> r.family() == family).toList();
        // Releases already in memory answer most questions without loading more.
        for (Release release : ofFamily) {
            ReleaseTable table = loaded.get(release.id());
            if (table != null && table.publishes(dimension, codes.find(dimension, slug))) {
                return true;
            }
        }
        for (Release release : ofFamily) {
            if (table(release).publishes(dimension, codes.find(dimension, slug))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The regions the given sectors or field offices lie in, as the newest release of each family
     * that publishes sectors shows them (a field office can span a land border and airports).
     */
    Set<String> regionsOf(Set<String> areas) {
        List<ReleaseTable> newest = new ArrayList<>();
        Set<Family> families = new HashSet<>();
        for (Release release : releases) {
            if (release.family().dimensions().contains(Dimension.AREA) && families.add(release.family())) {
                newest.add(table(release)); // loaded first: codes exist only for values some loaded table has
            }
        }
        BitSet wanted = new BitSet();
        for (String area : areas) {
            int code = codes.find(Dimension.AREA, area);
            if (code > 0) {
                wanted.set(code);
            }
        }
        Set<String> regions = new TreeSet<>();
        for (ReleaseTable table : newest) {
            table.valuesAlongside(Dimension.AREA, wanted, Dimension.REGION).stream()
                    .filter(code -> code > 0)
                    .forEach(code -> regions.add(codes.slug(Dimension.REGION, code)));
        }
        return regions;
    }

    void loadAll() {
        prefetch(releases);
    }

    /**
     * Loads releases not yet in memory side by side: a cold query needs several, and reading one
     * is mostly waiting on the store and building arrays, which two cores do in half the time.
     */
    void prefetch(List<Release> wanted) {
        List<Release> missing = wanted.stream()
                .filter(release -> !loaded.containsKey(release.id()))
                .toList();
        if (missing.size() < 2) {
            missing.forEach(this::table);
            return;
        }
        missing.parallelStream().forEach(this::table);
    }
}
