package dev.frontera.bench.claims;

import dev.frontera.bench.query.PlainSql;
import dev.frontera.claims.Alternative;
import dev.frontera.claims.CheckResult;
import dev.frontera.claims.CheckedClaim;
import dev.frontera.core.FronteraException;
import dev.frontera.core.query.OfficialRecord;
import dev.frontera.core.query.Query;
import dev.frontera.data.query.QueryParameters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The candidate interpretations of checked claims, rebuilt as queries from what the claims API
 * makes public (each claim's reading and its alternatives: measure, region, period, filters),
 * and written as plain SQL for the baseline. A reading the record cannot hold (got-aways, a
 * measure the data do not have) has no query and costs the baseline nothing.
 */
public final class CandidateQueries {
    private CandidateQueries() {}

    /** One SQL statement per candidate interpretation of each claim of {@code result}. */
    public static List<String> sql(CheckResult result, OfficialRecord record) {
        QueryParameters parameters = new QueryParameters(record);
        List<String> statements = new ArrayList<>();
        for (CheckedClaim claim : result.claims()) {
            query(parameters, claim.measure(), claim.region(), claim.period(), claim.filters())
                    .ifPresent(query -> statements.add(PlainSql.answer(query)));
            for (Alternative alternative : claim.alternatives()) {
                query(parameters, alternative.measure(), alternative.region(), alternative.period(), alternative.filters())
                        .ifPresent(query -> statements.add(PlainSql.answer(query)));
            }
        }
        return statements;
    }

    /** The number of candidate interpretations of {@code result}, with a query or not. */
    public static int count(CheckResult result) {
        return result.claims().stream().mapToInt(claim -> 1 + claim.alternatives().size()).sum();
    }

    static Optional<Query> query(QueryParameters parameters, String measure, String region, String period,
            Map<String, List<String>> filters) {
        Map<String, List<String>> named = new HashMap<>(filters);
        named.put("measure", List.of(measure));
        named.put("region", List.of(region));
        named.put("period", List.of(period));
        try {
            return Optional.of(parameters.parse(named, Set.of()));
        } catch (FronteraException | IllegalArgumentException notAQuery) {
            return Optional.empty();
        }
    }
}
