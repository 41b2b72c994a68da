package dev.frontera.movements.gazetteer;

import java.util.List;

/**
 * Places on the migrant routes whose English name differs from GeoNames', or whose name is shared
 * by a larger place elsewhere (Ciudad Hidalgo, Chiapas, not Michoacán). These win a lookup.
 * Facts written by hand; ids are GeoNames ids present in {@code places.tsv}.
 */
final class RoutePlaces {
    record Entry(long geonameId, String englishName, List<String> aliases) {}

    private RoutePlaces() {}

    static List<Entry> all() {
        return List.of(
                entry(3673974, "Necoclí"),
                entry(3666570, "Turbo"),
                entry(3690572, "Acandí"),
                entry(7543540, "Lajas Blancas"),
                entry(3704327, "Metetí"),
                entry(3703443, "Panama City", "Ciudad de Panamá", "Panama City, Panama"),
                entry(3711668, "David"),
                entry(3621849, "San José", "San José de Costa Rica"),
                entry(3617763, "Managua"),
                entry(3612907, "Danlí"),
                entry(3613528, "Choluteca", "Ciudad Choluteca"),
                entry(3600949, "Tegucigalpa"),
                entry(3601782, "San Pedro Sula"),
                entry(3583361, "San Salvador"),
                entry(3595783, "Esquipulas"),
                entry(3598132, "Guatemala City", "Ciudad de Guatemala", "Guatemala Ciudad"),
                entry(3598129, "Tecún Umán", "Tecun Uman"),
                entry(3530595, "Ciudad Hidalgo"),
                entry(3516266, "Tapachula"),
                entry(3526855, "Huixtla"),
                entry(3523590, "Mapastepec"),
                entry(3816739, "Arriaga"),
                entry(3526357, "Juchitán", "Juchitan"),
                entry(3533426, "Acayucan"),
                entry(3530517, "Coatzacoalcos"),
                entry(3514670, "Villahermosa"),
                entry(3515956, "Tenosique"),
                entry(3522164, "Palenque"),
                entry(3522507, "Oaxaca", "Oaxaca de Juárez"),
                entry(3514783, "Veracruz", "Heroica Veracruz"),
                entry(3530240, "Córdoba"),
                entry(3521081, "Puebla", "Puebla de Zaragoza"),
                entry(3530597, "Mexico City", "Ciudad de México", "CDMX", "Distrito Federal", "México DF"),
                entry(3991164, "Querétaro", "Queretaro"),
                entry(3985606, "San Luis Potosí"),
                entry(3988086, "Saltillo"),
                entry(3995465, "Monterrey"),
                entry(3516355, "Tampico"),
                entry(3530580, "Ciudad Victoria"),
                entry(3522551, "Nuevo Laredo"),
                entry(3520339, "Reynosa"),
                entry(3523466, "Matamoros", "Heroica Matamoros"),
                entry(3992619, "Piedras Negras"),
                entry(4013728, "Ciudad Acuña", "Acuña"),
                entry(3981254, "Torreón"),
                entry(4014338, "Chihuahua"),
                entry(4013708, "Ciudad Juárez", "Juárez", "Juarez"),
                entry(3994469, "Ojinaga"),
                entry(4005539, "Guadalajara"),
                entry(3996322, "Mazatlán"),
                entry(4012176, "Culiacán"),
                entry(4004898, "Hermosillo"),
                entry(4019260, "Agua Prieta"),
                entry(4004886, "Nogales", "Heroica Nogales", "Nogales, Sonora"),
                entry(3982837, "Sonoyta", "Sonoita, Sonora"),
                entry(3985604, "San Luis Río Colorado"),
                entry(3996069, "Mexicali"),
                entry(3982266, "Tecate"),
                entry(3981609, "Tijuana"));
    }

    private static Entry entry(long geonameId, String englishName, String... aliases) {
        return new Entry(geonameId, englishName, List.of(aliases));
    }
}
