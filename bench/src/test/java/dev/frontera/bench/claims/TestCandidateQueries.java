package dev.frontera.bench.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.period.Period;
import dev.frontera.core.query.Answer;
import dev.frontera.core.query.Measure;
import dev.frontera.core.query.OfficialRecord;
import dev.frontera.core.query.Query;
import dev.frontera.core.query.Release;
import dev.frontera.core.query.Total;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TestCandidateQueries {
    /** A record that answers every total with 1, from no release. */
    private static final OfficialRecord ONES = new OfficialRecord() {
        @Override
        public Answer answer(Query query) {
            return new Answer(query, query.period(), List.of(), 1, "none", List.of(), List.of());
        }

        @Override
        public Total total(Query query) {
            return new Total(query, query.period(), 1, List.of());
        }

        @Override
        public Optional<YearMonth> latestMonth(Optional<LocalDate> asOf) {
            return Optional.of(YearMonth.of(2023, 11));
        }

        @Override
        public Set<String> values(Dimension dimension) {
            return Set.of();
        }

        @Override
        public List<Release> releases() {
            return List.of();
        }
    };

    @Test
    void every_question_asked_is_replayed_once_as_sql() {
        CandidateQueries recorder = new CandidateQueries(ONES);
        Query november = new Query(
                Measure.USBP_ENCOUNTERS,
                Map.of(Dimension.REGION, Set.of("southwest")),
                Period.month(YearMonth.of(2023, 11)),
                List.of(),
                Optional.empty(),
                false,
                Optional.empty());

        recorder.total(november);
        recorder.total(november);
        recorder.answer(november.withPeriod(Period.fiscalYear(2023)));

        List<String> sql = recorder.drainSql();
        assertThat(sql).hasSize(2);
        assertThat(sql.get(0)).containsIgnoringCase("select").contains("2023");
        assertThat(recorder.drainSql()).isEmpty();
    }
}
