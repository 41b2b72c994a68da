package dev.frontera.core.dimension;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestRegion {
    @ParameterizedTest
    @CsvSource({
        "southwest, SOUTHWEST",
        "Southwest Land Border, SOUTHWEST",
        "SWB, SOUTHWEST",
        "US-Mexico border, SOUTHWEST",
        "Northern Land Border, NORTHERN",
        "Coastal Border, OTHER",
        "Other, OTHER",
        "nationwide, NATIONWIDE",
        "All, NATIONWIDE",
    })
    void reads_slugs_labels_and_aliases(String text, Region region) {
        assertThat(Region.find(text)).contains(region);
    }

    @Test
    void does_not_guess_an_unknown_region() {
        assertThat(Region.find("eastern")).isEmpty();
        assertThat(Region.find(null)).isEmpty();
    }

    @Test
    void nationwide_is_the_sum_of_the_tabulated_regions_and_never_a_stored_value() {
        assertThat(Region.tabulated()).containsExactly(Region.SOUTHWEST, Region.NORTHERN, Region.OTHER);
        assertThat(Vocabulary.standard().values(Dimension.REGION))
                .extracting(DimensionValue::slug)
                .containsExactly("southwest", "northern", "other");
        assertThat(Vocabulary.standard().find(Dimension.REGION, "nationwide")).isEmpty();
    }

    @Test
    void the_vocabulary_reads_regions_as_the_enum_does() {
        for (Region region : Region.tabulated()) {
            for (String alias : region.aliases()) {
                assertThat(Vocabulary.standard().find(Dimension.REGION, alias))
                        .map(DimensionValue::slug)
                        .contains(region.slug());
            }
        }
    }

    @Test
    void says_where_in_a_sentence() {
        assertThat(Region.SOUTHWEST.where()).isEqualTo("at the southwest border");
        assertThat(Region.NATIONWIDE.where()).isEqualTo("nationwide");
    }
}
