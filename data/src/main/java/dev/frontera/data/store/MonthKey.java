package dev.frontera.data.store;

import java.time.YearMonth;

/** Months are stored as integers {@code yyyymm}: compact, sortable, and free of time zones. */
final class MonthKey {
    private MonthKey() {}

    static int of(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    static YearMonth toMonth(int key) {
        return YearMonth.of(key / 100, key % 100);
    }
}
