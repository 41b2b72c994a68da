package dev.frontera.data.query;

import dev.frontera.core.query.Family;
import dev.frontera.core.query.Release;
import dev.frontera.data.read.Observation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Releases built in code, for engine tests that need exact, small numbers. */
final class FakeSource implements ReleaseSource {
    private final Map<Release, List<Observation>> releases = new LinkedHashMap<>();

    /** Adds a release of {@code family} published on {@code published} with the given rows. */
    FakeSource add(String name, Family family, LocalDate published, Observation... rows) {
        return add(name, family, published, false, rows);
    }

    FakeSource add(String name, Family family, LocalDate published, boolean rounded, Observation... rows) {
        List<Observation> list = List.of(rows);
        YearMonth first =
                list.stream().map(Observation::month).min(YearMonth::compareTo).orElseThrow();
        YearMonth last =
                list.stream().map(Observation::month).max(YearMonth::compareTo).orElseThrow();
        String id = "%012x".formatted(Math.abs((long) name.hashCode()));
        releases.put(
                new Release(
                        id,
                        name,
                        family,
                        id + "0".repeat(52),
                        Optional.empty(),
                        published,
                        false,
                        first,
                        last,
                        list.size(),
                        rounded),
                list);
        return this;
    }

    @Override
    public List<Release> releases() {
        return new ArrayList<>(releases.keySet());
    }

    @Override
    public List<Observation> observations(String releaseId) {
        return releases.entrySet().stream()
                .filter(e -> e.getKey().id().equals(releaseId))
                .findFirst()
                .orElseThrow()
                .getValue();
    }

    /** A by-state row. */
    static Observation state(String month, String region, String state, String citizenship, long count) {
        return new Observation(
                YearMonth.parse(month), region, null, null, state, "single-adults", citizenship, "title-8", count);
    }

    /** A southwest-file row. */
    static Observation southwest(String month, String component, String citizenship, long count) {
        return new Observation(
                YearMonth.parse(month),
                "southwest",
                component,
                null,
                null,
                "single-adults",
                citizenship,
                "title-8",
                count);
    }
}
