package dev.frontera.core.query;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The official figure(s) for a query, with where they came from.
 *
 * @param period the period actually answered (a fiscal year to date ends at the last published month)
 * @param view the family of files the answer was read from, e.g. {@code nationwide-by-state}
 * @param releases every release that contributed a figure, newest first
 * @param notes plain-language remarks: precedence used, rounding, revisions
 */
public record Answer(
        Query query,
        dev.frontera.core.period.Period period,
        List<AnswerRow> rows,
        long total,
        String view,
        List<Release> releases,
        List<String> notes) {

    public Answer {
        requireNonNull(query, "query is null");
        requireNonNull(period, "period is null");
        rows = List.copyOf(rows);
        requireNonNull(view, "view is null");
        releases = List.copyOf(releases);
        notes = List.copyOf(notes);
    }

    /** The single value of an ungrouped answer. */
    public long value() {
        return total;
    }

    public boolean rounded() {
        return releases.stream().anyMatch(Release::rounded);
    }
}
