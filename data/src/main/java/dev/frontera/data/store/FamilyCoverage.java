package dev.frontera.data.store;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.query.Family;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What one family's stored releases cover: each month with the releases that publish it
 * (calendar order), and the dimensions a figure of this family can be cut by.
 */
public record FamilyCoverage(Family family, Set<Dimension> dimensions, List<MonthCoverage> months) {
    public FamilyCoverage {
        requireNonNull(family, "family is null");
        dimensions = Set.copyOf(dimensions);
        months = List.copyOf(months);
    }

    public YearMonth firstMonth() {
        return months.get(0).month();
    }

    public YearMonth lastMonth() {
        return months.get(months.size() - 1).month();
    }

    public Optional<MonthCoverage> month(YearMonth month) {
        return months.stream()
                .filter(coverage -> coverage.month().equals(month))
                .findFirst();
    }
}
