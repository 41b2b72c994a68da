package dev.frontera.claims.reading;

import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.dimension.Region;
import dev.frontera.core.period.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@code frontera query} command that reproduces a reading's figure (and its base or whole, for a comparison). */
public final class ReadingQuery {
    private ReadingQuery() {}

    /** The commands, the reading's own first; for a rank, the breakdown its peers are ranked in. */
    public static List<String> commands(Reading reading) {
        List<String> commands = new ArrayList<>();
        if (reading.peers().isPresent()) {
            Dimension peers = reading.peers().get();
            Map<Dimension, Set<String>> others = new EnumMap<>(Dimension.class);
            others.putAll(reading.filters());
            others.remove(peers);
            commands.add(command(reading.measure().slug(), reading.region(), others, reading.period(), false)
                    + " --group-by " + peers.parameter());
            return commands;
        }
        String own = command(
                reading.measure().slug(),
                reading.region(),
                reading.filters(),
                reading.period(),
                // A weekly rate is seven days of the daily one.
                reading.aggregate() == Aggregate.PER_DAY || reading.aggregate() == Aggregate.PER_WEEK);
        // A bound on every month is read off the months one by one.
        commands.add(reading.aggregate().isStreak() ? own + " --group-by month" : own);
        reading.base()
                .ifPresent(base -> commands.add(
                        command(reading.measure().slug(), reading.region(), reading.filters(), base, false)));
        reading.whole()
                .ifPresent(whole -> commands.add(
                        command(whole.measure().slug(), whole.region(), whole.filters(), reading.period(), false)));
        return commands;
    }

    private static String command(
            String measure, Region region, Map<Dimension, Set<String>> filters, Period period, boolean perDay) {
        List<String> words = new ArrayList<>(List.of("frontera", "query", "--measure", measure));
        if (!region.isNationwide() && !filters.containsKey(Dimension.AREA)) {
            words.addAll(List.of("--region", region.slug()));
        }
        filters.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(filter -> filter.getValue().stream()
                        .sorted()
                        .forEach(value ->
                                words.addAll(List.of("--" + filter.getKey().parameter(), value))));
        words.addAll(List.of("--period", period.label()));
        if (perDay) {
            words.add("--per-day");
        }
        return String.join(" ", words);
    }
}
