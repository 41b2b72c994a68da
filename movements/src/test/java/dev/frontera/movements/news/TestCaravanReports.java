package dev.frontera.movements.news;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontera.movements.gazetteer.Gazetteer;
import dev.frontera.movements.sightings.SizeEstimate;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TestCaravanReports {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 1, 5);
    private final CaravanReports reports = new CaravanReports(Gazetteer.standard());

    @Test
    void reads_a_report_in_one_sentence_with_demonyms() {
        CaravanReport report = reports.find(
                        "A caravan of about 1,500 people left Huixtla on Tuesday, made up of "
                                + "migrants from Cuba and Venezuela.",
                        PUBLISHED)
                .orElseThrow();
        assertThat(report.size()).contains(SizeEstimate.of(1500, "about", "news report"));
        assertThat(report.origin().orElseThrow().name()).isEqualTo("Huixtla");
        assertThat(report.departed()).contains(LocalDate.of(2024, 1, 2));
        assertThat(report.nationalities()).containsExactly("cuba", "venezuela");
        assertThat(report.othersMentioned()).isFalse();
    }

    @Test
    void does_not_fire_on_sizes_that_are_not_about_a_caravan() {
        assertThat(reports.find("Up to 10,000 individuals were crossing the southern border each day.", PUBLISHED))
                .isEmpty();
    }
}
