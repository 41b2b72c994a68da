package dev.frontera.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.period.Period;
import dev.frontera.core.query.Answer;
import dev.frontera.core.query.Measure;
import dev.frontera.core.query.OfficialRecord;
import dev.frontera.core.query.Query;
import dev.frontera.core.query.Release;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TestCheckCache {
    /** Counts the questions that reach the record. */
    private static final class Counting implements OfficialRecord {
        private final OfficialRecord record = new FakeOfficialRecord();
        private int asked;

        @Override
        public Answer answer(Query query) {
            asked++;
            return record.answer(query);
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

    private static Query query(String month) {
        return new Query(
                Measure.ENCOUNTERS,
                Map.of(Dimension.REGION, Set.of("southwest")),
                Period.month(YearMonth.parse(month)),
                List.of(),
                Optional.empty(),
                false,
                Optional.empty());
    }

    @Test
    void a_refusal_is_remembered_across_checks_and_an_answer_within_one() {
        Counting record = new Counting();
        Map<Query, FronteraException> refusals = CheckCache.refusalMemo();
        for (int check = 0; check < 2; check++) {
            CheckCache cache = new CheckCache(record, refusals);
            assertThat(cache.answer(query("2023-12")).total()).isEqualTo(301_981);
            assertThat(cache.answer(query("2023-12")).total()).isEqualTo(301_981);
            assertThatThrownBy(() -> cache.answer(query("1999-01")))
                    .isInstanceOfSatisfying(
                            FronteraException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_COVERED));
        }
        // December once per check; the refused month only once in all.
        assertThat(record.asked).isEqualTo(3);
    }
}
