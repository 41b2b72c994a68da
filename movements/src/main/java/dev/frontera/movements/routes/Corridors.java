package dev.frontera.movements.routes;

import java.util.List;
import java.util.Map;

/**
 * The main road (and, in the Darién, foot and boat) corridors migrants use from Colombia to the
 * US border, as legs between gazetteer places, and the border crossing each border city leads
 * to. Facts written by hand from the highway network: Pan-American Highway in Central America,
 * Mexican federal highways 200, 190, 145D, 150D, 57, 45, 85, 15 and 2, and the Gulf road 180.
 */
final class Corridors {
    private Corridors() {}

    static List<List<String>> legs() {
        return List.of(
                // Darién and Central America
                List.of("Necoclí", "Acandí"),
                List.of("Acandí", "Lajas Blancas"),
                List.of("Lajas Blancas", "Metetí"),
                List.of("Metetí", "Panama City"),
                List.of("Panama City", "Penonomé"),
                List.of("Penonomé", "Santiago de Veraguas"),
                List.of("Santiago de Veraguas", "David"),
                List.of("David", "Buenos Aires, CR"),
                List.of("Buenos Aires, CR", "San Isidro, CR"),
                List.of("San Isidro, CR", "San José"),
                List.of("San José", "Liberia"),
                List.of("Liberia", "Rivas"),
                List.of("Rivas", "Managua"),
                List.of("Managua", "Choluteca"),
                List.of("Managua", "Danlí"),
                List.of("Choluteca", "Tegucigalpa"),
                List.of("Danlí", "Tegucigalpa"),
                List.of("Tegucigalpa", "San Pedro Sula"),
                List.of("Choluteca", "San Salvador"),
                List.of("San Salvador", "Guatemala City"),
                List.of("San Pedro Sula", "Esquipulas"),
                List.of("Esquipulas", "Guatemala City"),
                List.of("Guatemala City", "Escuintla"),
                List.of("Escuintla", "Mazatenango"),
                List.of("Mazatenango", "Retalhuleu"),
                List.of("Retalhuleu", "Coatepeque"),
                List.of("Coatepeque", "Tecún Umán"),
                List.of("Tecún Umán", "Ciudad Hidalgo"),
                List.of("Ciudad Hidalgo", "Tapachula"),
                // Southern Mexico
                List.of("Tapachula", "Huixtla"),
                List.of("Huixtla", "Mapastepec"),
                List.of("Mapastepec", "Arriaga"),
                List.of("Arriaga", "Juchitán"),
                List.of("Juchitán", "Oaxaca"),
                List.of("Oaxaca", "Puebla"),
                List.of("Juchitán", "Acayucan"),
                List.of("Acayucan", "Coatzacoalcos"),
                List.of("Coatzacoalcos", "Villahermosa"),
                List.of("Villahermosa", "Palenque"),
                List.of("Palenque", "Tenosique"),
                List.of("Acayucan", "Córdoba"),
                List.of("Acayucan", "Veracruz"),
                List.of("Veracruz", "Córdoba"),
                List.of("Córdoba", "Puebla"),
                List.of("Puebla", "Mexico City"),
                // North-east and the Gulf
                List.of("Mexico City", "Querétaro"),
                List.of("Querétaro", "San Luis Potosí"),
                List.of("San Luis Potosí", "Saltillo"),
                List.of("Saltillo", "Monterrey"),
                List.of("Monterrey", "Nuevo Laredo"),
                List.of("Monterrey", "Reynosa"),
                List.of("Saltillo", "Piedras Negras"),
                List.of("Piedras Negras", "Ciudad Acuña"),
                List.of("Veracruz", "Tampico"),
                List.of("Tampico", "Ciudad Victoria"),
                List.of("Ciudad Victoria", "Matamoros"),
                List.of("Ciudad Victoria", "Monterrey"),
                List.of("Matamoros", "Reynosa"),
                List.of("Reynosa", "Nuevo Laredo"),
                // North and north-west
                List.of("San Luis Potosí", "Zacatecas"),
                List.of("Zacatecas", "Torreón"),
                List.of("Saltillo", "Torreón"),
                List.of("Torreón", "Chihuahua"),
                List.of("Chihuahua", "Ciudad Juárez"),
                List.of("Chihuahua", "Ojinaga"),
                List.of("Querétaro", "Guadalajara"),
                List.of("Guadalajara", "Mazatlán"),
                List.of("Mazatlán", "Culiacán"),
                List.of("Culiacán", "Hermosillo"),
                List.of("Hermosillo", "Nogales"),
                List.of("Hermosillo", "Agua Prieta"),
                List.of("Hermosillo", "Sonoyta"),
                List.of("Sonoyta", "San Luis Río Colorado"),
                List.of("San Luis Río Colorado", "Mexicali"),
                List.of("Mexicali", "Tecate"),
                List.of("Tecate", "Tijuana"));
    }

    /** Border city -> the port of entry its main road leads to. */
    static Map<String, String> crossings() {
        return Map.ofEntries(
                Map.entry("Tijuana", "san-ysidro"), Map.entry("Tecate", "tecate"),
                Map.entry("Mexicali", "calexico-west"), Map.entry("San Luis Río Colorado", "san-luis"),
                Map.entry("Sonoyta", "lukeville"), Map.entry("Nogales", "nogales-deconcini"),
                Map.entry("Agua Prieta", "douglas"), Map.entry("Ciudad Juárez", "el-paso-paso-del-norte"),
                Map.entry("Ojinaga", "presidio"), Map.entry("Ciudad Acuña", "del-rio"),
                Map.entry("Piedras Negras", "eagle-pass"), Map.entry("Nuevo Laredo", "laredo-gateway"),
                Map.entry("Reynosa", "hidalgo"), Map.entry("Matamoros", "brownsville-gateway"));
    }
}
