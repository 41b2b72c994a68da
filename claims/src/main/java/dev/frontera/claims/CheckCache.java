package dev.frontera.claims;

import dev.frontera.core.FronteraException;
import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.query.Answer;
import dev.frontera.core.query.OfficialRecord;
import dev.frontera.core.query.Query;
import dev.frontera.core.query.Release;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The official record as seen by one check: a claim's readings, its figure at publication and
 * its base period ask the same queries again and again (every claim of an article about November
 * asks for November), so each answer, or refusal, is kept for the rest of the check. One per
 * check, on one thread: not shared, so it needs no locking.
 */
final class CheckCache implements OfficialRecord {
    private final OfficialRecord record;
    private final Map<Query, Object> answers = new HashMap<>();
    private final Map<Optional<LocalDate>, Optional<YearMonth>> latest = new HashMap<>();

    CheckCache(OfficialRecord record) {
        this.record = record;
    }

    @Override
    public Answer answer(Query query) {
        Object known = answers.get(query);
        if (known == null) {
            try {
                known = record.answer(query);
            } catch (FronteraException e) {
                known = e;
            }
            answers.put(query, known);
        }
        if (known instanceof FronteraException refusal) {
            // A fresh exception each time, so each caller's stack is its own; the message and code are the record's.
            throw new FronteraException(refusal.code(), refusal.getMessage());
        }
        return (Answer) known;
    }

    @Override
    public Optional<YearMonth> latestMonth(Optional<LocalDate> asOf) {
        return latest.computeIfAbsent(asOf, record::latestMonth);
    }

    @Override
    public Set<String> values(Dimension dimension) {
        return record.values(dimension);
    }

    @Override
    public List<Release> releases() {
        return record.releases();
    }
}
