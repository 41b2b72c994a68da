package dev.frontera.core.query;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.period.Period;
import java.util.List;

/**
 * The figure of an ungrouped query with where it came from, and nothing else: no rows, no
 * comparisons, no ranking. What the claim checker asks for thousands of times per article.
 *
 * @param period the period answered (a fiscal year to date ends at the last published month)
 * @param releases every release that contributed, newest first
 */
public record Total(Query query, Period period, long value, List<Release> releases) {
    public Total {
        requireNonNull(query, "query is null");
        requireNonNull(period, "period is null");
        releases = List.copyOf(releases);
    }

    /** The total of an answer. */
    public static Total of(Answer answer) {
        return new Total(answer.query(), answer.period(), answer.total(), answer.releases());
    }

    public boolean rounded() {
        return releases.stream().anyMatch(Release::rounded);
    }
}
