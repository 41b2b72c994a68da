package dev.frontera.bench.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.query.Answer;
import dev.frontera.core.query.Measure;
import dev.frontera.core.query.OfficialRecord;
import dev.frontera.core.query.Query;
import dev.frontera.core.query.Release;
import dev.frontera.data.query.QueryParameters;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TestCandidateQueries {
    /** A record that knows no values: every slug in these tests is in the standard vocabulary. */
    private static final OfficialRecord EMPTY = new OfficialRecord() {
        @Override
        public Answer answer(Query query) {
            throw new UnsupportedOperationException("not asked in these tests");
        }

        @Override
        public Optional<YearMonth> latestMonth(Optional<LocalDate> asOf) {
            return Optional.empty();
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
    void readingBecomesTheQueryTheCliWouldAsk() {
        Optional<Query> query = CandidateQueries.query(new QueryParameters(EMPTY), "usbp-encounters", "southwest", "2023-11",
                Map.of("citizenship", List.of("mexico")));

        assertThat(query).hasValueSatisfying(q -> {
            assertThat(q.measure()).isEqualTo(Measure.USBP_ENCOUNTERS);
            assertThat(q.filters()).containsEntry(Dimension.REGION, Set.of("southwest"))
                    .containsEntry(Dimension.CITIZENSHIP, Set.of("mexico"));
            assertThat(q.period().label()).isEqualTo("2023-11");
        });
    }

    @Test
    void nationwideReadingHasNoRegionFilter() {
        assertThat(CandidateQueries.query(new QueryParameters(EMPTY), "encounters", "nationwide", "FY2022", Map.of()))
                .hasValueSatisfying(q -> assertThat(q.filters()).doesNotContainKey(Dimension.REGION));
    }

    @Test
    void readingTheDataCannotHoldHasNoQuery() {
        assertThat(CandidateQueries.query(new QueryParameters(EMPTY), "got-aways", "southwest", "2023-11", Map.of()))
                .isEmpty();
    }
}
