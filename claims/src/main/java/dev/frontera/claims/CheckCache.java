package dev.frontera.claims;

import dev.frontera.core.FronteraException;
import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.query.Answer;
import dev.frontera.core.query.OfficialRecord;
import dev.frontera.core.query.Query;
import dev.frontera.core.query.Release;
import dev.frontera.core.query.Total;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The official record as seen by one check: a claim's readings, its figure at publication and
 * its base period ask the same queries again and again (every claim of an article about November
 * asks for November), so each answer, or refusal, is kept for the rest of the check. One per
 * check, on one thread: not shared, so it needs no locking. Refusals are also kept across checks
 * in {@code refusals} (shared, thread-safe): the engine caches its answers but explains each
 * refusal anew, which costs about as much as answering (readings at publication often ask for
 * months not yet published).
 */
final class CheckCache implements OfficialRecord {
    private static final int REFUSALS_KEPT = 50_000;
    private final OfficialRecord record;
    private final Map<Query, Object> answers = new HashMap<>();
    private final Map<Query, Object> totals = new HashMap<>();
    private final Map<Optional<LocalDate>, Optional<YearMonth>> latest = new HashMap<>();
    private final Map<Query, FronteraException> refusals;

    CheckCache(OfficialRecord record, Map<Query, FronteraException> refusals) {
        this.record = record;
        this.refusals = refusals;
    }

    /** A map to share refusals between checks over one record; it is emptied when it grows past a bound. */
    static Map<Query, FronteraException> refusalMemo() {
        return new ConcurrentHashMap<>();
    }

    @Override
    public Answer answer(Query query) {
        Object known = answers.get(query);
        if (known == null) {
            known = refusals.get(query);
        }
        if (known == null) {
            try {
                known = record.answer(query);
            } catch (FronteraException e) {
                known = e;
                if (refusals.size() >= REFUSALS_KEPT) {
                    refusals.clear();
                }
                refusals.put(query, e);
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
    public Total total(Query query) {
        Object known = totals.get(query);
        if (known == null) {
            known = refusals.get(query);
        }
        if (known == null) {
            try {
                known = record.total(query);
            } catch (FronteraException e) {
                known = e;
                if (refusals.size() >= REFUSALS_KEPT) {
                    refusals.clear();
                }
                refusals.put(query, e);
            }
            totals.put(query, known);
        }
        if (known instanceof FronteraException refusal) {
            throw new FronteraException(refusal.code(), refusal.getMessage());
        }
        return (Total) known;
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
