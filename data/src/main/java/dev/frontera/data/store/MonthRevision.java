package dev.frontera.data.store;

import static java.util.Objects.requireNonNull;

import java.time.YearMonth;

/** A month whose total changed between two vintages of the same family. */
public record MonthRevision(YearMonth month, long previousTotal, long newTotal) {

    public MonthRevision {
        requireNonNull(month, "month is null");
    }

    /** New minus previous: negative when the figure was revised down. */
    public long change() {
        return newTotal - previousTotal;
    }
}
