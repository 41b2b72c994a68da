package dev.frontera.core.dimension;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The regions of sectors and field offices. Which region CBP's own files give each area is
 * checked against the bundled record in the data module ({@code TestAreaRegions}); here, that
 * the table is whole and consistent and that every module reads the same answer from it.
 */
class TestAreas {
    private final Vocabulary vocabulary = Vocabulary.standard();

    @ParameterizedTest
    @CsvSource({
        "livermore, OTHER",
        "miami, OTHER",
        "ramey, OTHER",
        "rio-grande-valley, SOUTHWEST",
        "big-bend, SOUTHWEST",
        "swanton, NORTHERN",
        "buffalo, NORTHERN",
        "buffalo-field-office, NORTHERN",
        "el-paso-field-office, SOUTHWEST",
        "houston-field-office, OTHER",
        "preclearance-field-office, OTHER",
    })
    void gives_each_area_its_region(String slug, Region region) {
        assertThat(vocabulary.regionOf(slug)).contains(region);
    }

    @Test
    void knows_twenty_one_sectors_and_twenty_one_field_offices() {
        Map<Area.Kind, Long> counts =
                vocabulary.areas().stream().collect(Collectors.groupingBy(Area::kind, Collectors.counting()));
        assertThat(counts).containsEntry(Area.Kind.SECTOR, 21L).containsEntry(Area.Kind.FIELD_OFFICE, 21L);
        Map<Region, List<String>> sectors = vocabulary.areas().stream()
                .filter(Area::isSector)
                .collect(Collectors.groupingBy(Area::region, Collectors.mapping(Area::slug, Collectors.toList())));
        assertThat(sectors.get(Region.SOUTHWEST)).hasSize(9);
        assertThat(sectors.get(Region.NORTHERN)).hasSize(8);
        assertThat(sectors.get(Region.OTHER)).containsExactly("miami", "new-orleans", "ramey", "livermore");
    }

    @Test
    void every_area_is_a_value_of_the_area_dimension_and_back() {
        assertThat(vocabulary.values(Dimension.AREA))
                .extracting(DimensionValue::slug)
                .containsExactlyElementsOf(
                        vocabulary.areas().stream().map(Area::slug).toList());
        for (Area area : vocabulary.areas()) {
            assertThat(vocabulary.find(Dimension.AREA, area.displayName()))
                    .map(DimensionValue::slug)
                    .contains(area.slug());
        }
    }

    @ParameterizedTest
    @CsvSource({
        "RGV, rio-grande-valley",
        "SWB, swanton",
        "TCA, tucson",
        "MIP, miami",
        "Livermore*, livermore",
        "McAllen, rio-grande-valley",
        "Seattle FO, seattle-field-office"
    })
    void reads_codes_and_former_names(String text, String slug) {
        assertThat(vocabulary.find(Dimension.AREA, text))
                .map(DimensionValue::slug)
                .contains(slug);
    }

    @Test
    void sector_codes_are_unique() {
        List<String> codes = vocabulary.areas().stream()
                .flatMap(area -> area.code().stream())
                .toList();
        assertThat(codes).hasSize(20).doesNotHaveDuplicates();
    }

    @Test
    void an_area_no_release_named_before_has_no_region() {
        assertThat(vocabulary.regionOf("gotham")).isEmpty();
    }
}
