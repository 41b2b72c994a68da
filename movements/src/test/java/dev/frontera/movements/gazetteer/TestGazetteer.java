package dev.frontera.movements.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import org.junit.jupiter.api.Test;

class TestGazetteer {
    private final Gazetteer gazetteer = Gazetteer.standard();

    @Test
    void finds_places_without_accents_or_case() {
        assertThat(gazetteer.resolve("ciudad juarez").name()).isEqualTo("Ciudad Juárez");
        assertThat(gazetteer.resolve("NECOCLI").country()).isEqualTo("CO");
        assertThat(gazetteer.resolve("Tecun Uman").country()).isEqualTo("GT");
    }

    @Test
    void finds_spanish_and_english_names_of_the_same_place() {
        Place english = gazetteer.resolve("Mexico City");
        assertThat(gazetteer.resolve("Ciudad de México")).isEqualTo(english);
        assertThat(gazetteer.resolve("CDMX")).isEqualTo(english);
        assertThat(gazetteer.resolve("Panama City")).isEqualTo(gazetteer.resolve("Ciudad de Panamá"));
        assertThat(gazetteer.resolve("Panama City").country()).isEqualTo("PA");
    }

    @Test
    void an_ambiguous_name_means_the_route_place_unless_a_country_is_given() {
        assertThat(gazetteer.resolve("Ciudad Hidalgo").region()).isEqualTo("05"); // Chiapas, not Michoacán
        assertThat(gazetteer.resolve("Escuintla").country()).isEqualTo("GT");
        assertThat(gazetteer.resolve("Escuintla, Mexico").country()).isEqualTo("MX");
        assertThat(gazetteer.resolve("Matamoros").region()).isEqualTo("28"); // Tamaulipas, across from Brownsville
    }

    @Test
    void finds_ports_of_entry_by_name() {
        assertThat(gazetteer.resolve("El Paso Paso del Norte POE").id()).isEqualTo("port:el-paso-paso-del-norte");
    }

    @Test
    void rejects_an_unknown_place_suggesting_the_closest_names() {
        assertThatThrownBy(() -> gazetteer.resolve("Tapachla"))
                .isInstanceOf(FronteraException.class)
                .hasMessageContaining("unknown place 'Tapachla'")
                .hasMessageContaining("did you mean Tapachula, MX")
                .extracting(e -> ((FronteraException) e).code())
                .isEqualTo(ErrorCode.UNKNOWN_VALUE);
    }

    @Test
    void suggests_nothing_for_a_name_unlike_any_place() {
        assertThat(gazetteer.suggestions("Qqqqqqqqqqqqqqqqqqqq", 3)).isEmpty();
    }
}
