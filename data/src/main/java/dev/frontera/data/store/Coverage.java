package dev.frontera.data.store;

import dev.frontera.core.query.Family;
import java.util.List;
import java.util.Optional;

/** What the store covers, family by family (only families with at least one stored release). */
public record Coverage(List<FamilyCoverage> families) {
    public Coverage {
        families = List.copyOf(families);
    }

    public Optional<FamilyCoverage> family(Family family) {
        return families.stream().filter(coverage -> coverage.family() == family).findFirst();
    }
}
