package dev.frontera.bench.claims;

import dev.frontera.bench.query.PlainSql;
import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.query.Answer;
import dev.frontera.core.query.OfficialRecord;
import dev.frontera.core.query.Query;
import dev.frontera.core.query.Release;
import dev.frontera.core.query.Total;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The questions the claim checker asks the record while it checks an article (every candidate
 * reading's figure, at publication and now, its base and its whole), captured by a record that
 * passes them through and remembers them, and written as plain SQL for the baseline: one
 * statement per question, as a checker without the engine's caches would run them.
 */
final class CandidateQueries implements OfficialRecord {
    private final OfficialRecord record;
    private final Set<Query> asked = new LinkedHashSet<>();

    CandidateQueries(OfficialRecord record) {
        this.record = record;
    }

    /** The distinct questions asked since the last call, as SQL, and forgets them. */
    List<String> drainSql() {
        List<String> statements = new ArrayList<>(asked.size());
        asked.forEach(query -> statements.add(PlainSql.answer(query)));
        asked.clear();
        return statements;
    }

    @Override
    public Answer answer(Query query) {
        asked.add(query);
        return record.answer(query);
    }

    @Override
    public Total total(Query query) {
        asked.add(query);
        return record.total(query);
    }

    @Override
    public Optional<YearMonth> latestMonth(Optional<LocalDate> asOf) {
        return record.latestMonth(asOf);
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
