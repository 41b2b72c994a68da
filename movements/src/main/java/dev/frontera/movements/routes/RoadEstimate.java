package dev.frontera.movements.routes;

import dev.frontera.movements.gazetteer.PortOfEntry;
import dev.frontera.movements.geography.Distance;
import java.util.List;

/**
 * An estimated road distance to a port of entry and the corridor cities it runs through.
 *
 * @param method how it was computed, in words, for people to check
 */
public record RoadEstimate(PortOfEntry crossing, Distance distance, List<String> via, String method) {
    public RoadEstimate {
        via = List.copyOf(via);
    }
}
