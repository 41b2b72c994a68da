package dev.frontera.claims;

import dev.frontera.data.PublishedRecord;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Verdict accuracy on our own set: the claims that carry an expected verdict (proposed from the
 * official record by {@link OwnSetVerdicts} with the expected reading, then reviewed) checked
 * against the whole official record. A claim the checker does not find counts as wrong.
 */
class TestOwnSetVerdicts {
    @Test
    void judges_our_own_set_against_the_whole_official_record() throws IOException {
        ClaimChecker checker = ClaimChecker.create(PublishedRecord.full());
        ObjectMapper mapper = new ObjectMapper();
        int scored = 0;
        int right = 0;
        List<String> misses = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("extraction-set.jsonl"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode row = mapper.readTree(line);
                List<CheckedClaim> claims = checker.check(row.get("text").asText(), LocalDate.parse(row.get("published").asText())).claims();
                for (JsonNode want : row.get("claims")) {
                    if (!want.has("verdict")) {
                        continue;
                    }
                    scored++;
                    double value = want.get("value").asDouble();
                    String got = claims.stream().filter(c -> c.value().isPresent() && Math.abs(c.value().getAsDouble() - value) < 1e-6)
                            .map(c -> c.verdict().slug()).findFirst().orElse("not found");
                    if (got.equals(want.get("verdict").asText())) {
                        right++;
                    } else {
                        misses.add("%s %s want %s got %s".formatted(row.get("id").asText(), value, want.get("verdict").asText(), got));
                    }
                }
            }
        }
        misses.forEach(System.out::println);
        double accuracy = right / (double) scored;
        System.out.printf(Locale.ROOT, "own set verdicts: %d scored, accuracy %.3f%n", scored, accuracy);
        assertThat(scored).isGreaterThanOrEqualTo(100);
        assertThat(accuracy).isGreaterThanOrEqualTo(0.98);
    }
}
