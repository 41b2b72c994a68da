package dev.frontera.core.dimension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

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
        assertThat(vocabulary.find(Dimension.CITIZENSHIP, "TÜRKIYE")).map(DimensionValue::slug).contains("turkey");
    }

    @Test
    void suggests_the_closest_value_for_a_typo() {
        assertThatThrownBy(() -> vocabulary.resolve(Dimension.AREA, "rio-grand-valey",
                Set.of("rio-grande-valley", "laredo", "el-paso")))
                .hasMessageContaining("did you mean rio-grande-valley");
    }

    @Test
    void unknown_labels_keep_their_own_slug() {
        assertThat(vocabulary.slugForLabel(Dimension.CITIZENSHIP, "Kyrgyzstan")).isEqualTo("kyrgyzstan");
    }
}
