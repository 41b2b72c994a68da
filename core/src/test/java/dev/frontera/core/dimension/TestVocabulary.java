package dev.frontera.core.dimension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestVocabulary {
    private final Vocabulary vocabulary = Vocabulary.standard();

    @ParameterizedTest
    @CsvSource({
        "AREA, RGV, rio-grande-valley",
        "AREA, McAllen, rio-grande-valley",
        "AREA, Marfa, big-bend",
        "AREA, 'San Diego, CA', san-diego",
        "AREA, El Paso Field Office, el-paso-field-office",
        "DEMOGRAPHIC, UAC, unaccompanied-children",
        "DEMOGRAPHIC, UC / Single Minors, unaccompanied-children",
        "DEMOGRAPHIC, FMUA, family-units",
        "CITIZENSHIP, MX, mexico",
        "CITIZENSHIP, Venezuelan, venezuela",
        "CITIZENSHIP, 'CHINA, PEOPLES REPUBLIC OF', china",
        "CITIZENSHIP, MYANMAR (BURMA), myanmar",
        "COMPONENT, Border Patrol, usbp",
        "COMPONENT, U.S. Border Patrol, usbp",
        "REGION, Southwest Land Border, southwest",
        "TITLE, Title 42, title-42",
        "STATE, tx, TX",
        "STATE, Texas, TX",
    })
    void reads_labels_and_aliases(Dimension dimension, String text, String slug) {
        assertThat(vocabulary.find(dimension, text)).map(DimensionValue::slug).contains(slug);
    }

    @Test
    void ignores_accents_and_case() {
        assertThat(vocabulary.find(Dimension.CITIZENSHIP, "TÜRKIYE"))
                .map(DimensionValue::slug)
                .contains("turkey");
    }

    @Test
    void suggests_the_closest_value_for_a_typo() {
        assertThatThrownBy(() -> vocabulary.resolve(
                        Dimension.AREA, "rio-grand-valey", Set.of("rio-grande-valley", "laredo", "el-paso")))
                .hasMessageContaining("did you mean rio-grande-valley");
    }

    @Test
    void unknown_labels_keep_their_own_slug() {
        assertThat(vocabulary.slugForLabel(Dimension.CITIZENSHIP, "Freedonia")).isEqualTo("freedonia");
    }

    @ParameterizedTest
    @CsvSource({
        "Czech Republic, Czechia, czechia",
        "Korea South, South Korea, south-korea",
        "Ivory Coast, Cote d Ivoire, cote-d-ivoire",
        "Macedonia, North Macedonia, north-macedonia",
        "Swaziland, Eswatini, eswatini",
        "Dem Rep of the Congo, 'Congo, Democratic Republic', democratic-republic-of-the-congo",
        "St Kitts Nevis, Saint Kitts and Nevis, saint-kitts-and-nevis",
        "Antigua Barbuda, Antigua and Barbuda, antigua-and-barbuda",
        "Serbia and Montenegro Former, Serbia and Montenegro, serbia-and-montenegro",
    })
    void two_spellings_of_one_country_are_one_value(String one, String other, String slug) {
        assertThat(vocabulary.slugForLabel(Dimension.CITIZENSHIP, one)).isEqualTo(slug);
        assertThat(vocabulary.slugForLabel(Dimension.CITIZENSHIP, other)).isEqualTo(slug);
        // Slugs stored before the canonical names (korea-south) lead to the same value too.
        assertThat(vocabulary.slugForLabel(Dimension.CITIZENSHIP, Vocabulary.slugify(one)))
                .isEqualTo(slug);
    }

    @ParameterizedTest
    @CsvSource({
        "antigua-and-barbuda, Antigua and Barbuda",
        "cote-d-ivoire, Côte d'Ivoire",
        "ussr, USSR (former Soviet Union)",
        "trinidad-and-tobago, Trinidad and Tobago",
        "korea, Korea (not said which)",
    })
    void countries_have_their_proper_names(String slug, String name) {
        assertThat(vocabulary.displayName(Dimension.CITIZENSHIP, slug)).isEqualTo(name);
    }

    @Test
    void no_spelling_leads_to_two_values_and_no_two_values_share_a_name() {
        for (Dimension dimension : Dimension.values()) {
            java.util.Map<String, String> owner = new java.util.HashMap<>();
            java.util.Set<String> names = new java.util.HashSet<>();
            for (DimensionValue value : vocabulary.values(dimension)) {
                assertThat(names.add(value.displayName()))
                        .as("%s name %s", dimension, value.displayName())
                        .isTrue();
                for (String spelling : concat(value)) {
                    String key = Vocabulary.slugify(spelling).replace("-", "");
                    String previous = owner.putIfAbsent(key, value.slug());
                    // The same sector name is a sector and, with "Field Office", a field office: only exact keys clash.
                    assertThat(previous == null || previous.equals(value.slug()))
                            .as("%s spelling '%s' leads to %s and %s", dimension, spelling, previous, value.slug())
                            .isTrue();
                }
            }
        }
    }

    private static java.util.List<String> concat(DimensionValue value) {
        java.util.List<String> spellings = new java.util.ArrayList<>(value.aliases());
        spellings.add(value.slug());
        spellings.add(value.displayName());
        return spellings;
    }
}
