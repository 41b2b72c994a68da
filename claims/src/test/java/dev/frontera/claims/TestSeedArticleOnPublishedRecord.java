package dev.frontera.claims;

import dev.frontera.data.PublishedRecord;
import static org.assertj.core.api.Assertions.assertThat;

import dev.frontera.data.SharedFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed article (published 2023-12-28) checked against the real published record. */
class TestSeedArticleOnPublishedRecord {
    @Test
    void reads_and_judges_each_figure_of_the_seed_article_and_nothing_else() throws IOException {
        String text = Files.readString(SharedFiles.fixtures("articles/blinken-mexico-city-2023-12.txt"), StandardCharsets.UTF_8);

        List<CheckedClaim> all = ClaimChecker.create(PublishedRecord.full()).check(text, LocalDate.of(2023, 12, 28)).claims();
        List<CheckedClaim> claims = all.stream().filter(c -> c.kind().equals("statistic")).toList();

        // The caravan's distance is a claim of its own kind, checked against the computed distances.
        assertThat(all).filteredOn(c -> c.kind().equals("distance")).singleElement().satisfies(distance -> {
            assertThat(text.substring(distance.start(), distance.end())).isEqualTo(distance.text()).contains("1,000 miles");
            assertThat(distance.verdict()).isEqualTo(Verdict.ACCURATE);
            assertThat(distance.official().orElseThrow().release()).contains("great-circle");
            assertThat(distance.alternatives()).extracting(Alternative::measure).containsExactly("road-distance");
        });

        assertThat(claims).extracting(CheckedClaim::text)
                .containsExactly("Up to 10,000", "a record number", "more than two million", "more than two million", "over 190,000");

        CheckedClaim daily = claims.get(0);
        assertThat(daily.perDay()).isTrue();
        assertThat(daily.measure()).isEqualTo("encounters");
        assertThat(daily.region()).isEqualTo("southwest");
        assertThat(daily.period()).isEqualTo("2023-12");
        assertThat(daily.official().orElseThrow().value()).isEqualTo(9741.3);
        assertThat(daily.verdict()).isEqualTo(Verdict.ACCURATE);

        // Even in the files loaded (Mexicans from FY2019 only), earlier months were higher: no record.
        CheckedClaim record = claims.get(1);
        assertThat(record.filters()).containsEntry("citizenship", List.of("mexico"));
        assertThat(record.qualifier()).isEqualTo("record_high");
        assertThat(record.verdict()).isEqualTo(Verdict.INACCURATE);
        assertThat(record.explanation()).contains("not a record").contains("was higher");

        assertThat(claims.subList(2, 4)).extracting(CheckedClaim::period).containsExactly("FY2022", "FY2023");
        assertThat(claims.subList(2, 4)).extracting(CheckedClaim::measure).containsOnly("usbp-encounters");
        assertThat(claims.subList(2, 4)).extracting(CheckedClaim::verdict).containsOnly(Verdict.ACCURATE);
        assertThat(claims.get(2).official().orElseThrow().value()).isEqualTo(2_206_436);
        assertThat(claims.get(3).official().orElseThrow().value()).isEqualTo(2_045_838);

        CheckedClaim november = claims.get(4);
        assertThat(november.measure()).isEqualTo("usbp-encounters");
        assertThat(november.period()).isEqualTo("2023-11");
        assertThat(november.official().orElseThrow().value()).isEqualTo(191_106);
        assertThat(november.verdict()).isEqualTo(Verdict.ACCURATE);
        assertThat(text.substring(november.start(), november.end())).isEqualTo("over 190,000");
    }
}
