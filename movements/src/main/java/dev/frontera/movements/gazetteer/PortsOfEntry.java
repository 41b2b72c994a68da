package dev.frontera.movements.gazetteer;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.movements.geography.GeoPoint;
import dev.frontera.movements.geography.GreatCircle;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every US land port of entry on the southwest border, west to east. Facts written by hand:
 * coordinates are the crossing (bridge or gate) to about 1 km; sectors are those of the Border
 * Patrol stations around each port, field offices those of CBP's Office of Field Operations.
 */
public final class PortsOfEntry {
    private static final String SAN_DIEGO_FO = "san-diego-field-office";
    private static final String TUCSON_FO = "tucson-field-office";
    private static final String EL_PASO_FO = "el-paso-field-office";
    private static final String LAREDO_FO = "laredo-field-office";

    private static final List<PortOfEntry> ALL = List.of(
            port("san-ysidro", "San Ysidro", "CA", 32.5422, -117.0296, "san-diego", SAN_DIEGO_FO, "Tijuana"),
            port("otay-mesa", "Otay Mesa", "CA", 32.5500, -116.9386, "san-diego", SAN_DIEGO_FO, "Tijuana"),
            port("tecate", "Tecate", "CA", 32.5766, -116.6275, "san-diego", SAN_DIEGO_FO, "Tecate"),
            port("calexico-west", "Calexico West", "CA", 32.6652, -115.4991, "el-centro", SAN_DIEGO_FO, "Mexicali"),
            port("calexico-east", "Calexico East", "CA", 32.6734, -115.3880, "el-centro", SAN_DIEGO_FO, "Mexicali"),
            port("andrade", "Andrade", "CA", 32.7184, -114.7286, "yuma", SAN_DIEGO_FO, "Los Algodones"),
            port("san-luis", "San Luis", "AZ", 32.4856, -114.7823, "yuma", TUCSON_FO, "San Luis Río Colorado"),
            port("lukeville", "Lukeville", "AZ", 31.8810, -112.8171, "tucson", TUCSON_FO, "Sonoyta"),
            port("sasabe", "Sasabe", "AZ", 31.4832, -111.5437, "tucson", TUCSON_FO, "Sásabe"),
            port("nogales-mariposa", "Nogales Mariposa", "AZ", 31.3355, -110.9750, "tucson", TUCSON_FO, "Nogales"),
            port("nogales-deconcini", "Nogales DeConcini", "AZ", 31.3336, -110.9418, "tucson", TUCSON_FO, "Nogales"),
            port("naco", "Naco", "AZ", 31.3340, -109.9484, "tucson", TUCSON_FO, "Naco"),
            port("douglas", "Douglas (Raúl H. Castro)", "AZ", 31.3340, -109.5603, "tucson", TUCSON_FO, "Agua Prieta"),
            port("antelope-wells", "Antelope Wells", "NM", 31.3339, -108.5353, "el-paso", EL_PASO_FO, "El Berrendo"),
            port("columbus", "Columbus", "NM", 31.7843, -107.6296, "el-paso", EL_PASO_FO, "Puerto Palomas"),
            port("santa-teresa", "Santa Teresa", "NM", 31.7837, -106.6797, "el-paso", EL_PASO_FO, "San Jerónimo"),
            port(
                    "el-paso-paso-del-norte",
                    "El Paso Paso del Norte",
                    "TX",
                    31.7469,
                    -106.4876,
                    "el-paso",
                    EL_PASO_FO,
                    "Ciudad Juárez"),
            port(
                    "el-paso-stanton",
                    "El Paso Stanton Street",
                    "TX",
                    31.7486,
                    -106.4838,
                    "el-paso",
                    EL_PASO_FO,
                    "Ciudad Juárez"),
            port(
                    "el-paso-bota",
                    "El Paso Bridge of the Americas",
                    "TX",
                    31.7645,
                    -106.4521,
                    "el-paso",
                    EL_PASO_FO,
                    "Ciudad Juárez"),
            port("el-paso-ysleta", "El Paso Ysleta", "TX", 31.6729, -106.3375, "el-paso", EL_PASO_FO, "Ciudad Juárez"),
            port(
                    "tornillo",
                    "Tornillo (Marcelino Serna)",
                    "TX",
                    31.4428,
                    -106.0727,
                    "el-paso",
                    EL_PASO_FO,
                    "Guadalupe"),
            port("fort-hancock", "Fort Hancock", "TX", 31.2800, -105.8500, "el-paso", EL_PASO_FO, "El Porvenir"),
            port("presidio", "Presidio", "TX", 29.5604, -104.3718, "big-bend", EL_PASO_FO, "Ojinaga"),
            port("boquillas", "Boquillas", "TX", 29.1866, -102.9717, "big-bend", EL_PASO_FO, "Boquillas del Carmen"),
            port("del-rio", "Del Rio", "TX", 29.3275, -100.9279, "del-rio", LAREDO_FO, "Ciudad Acuña"),
            port("amistad-dam", "Amistad Dam", "TX", 29.4490, -101.0566, "del-rio", LAREDO_FO, "Ciudad Acuña"),
            port("eagle-pass", "Eagle Pass", "TX", 28.7076, -100.5115, "del-rio", LAREDO_FO, "Piedras Negras"),
            port(
                    "laredo-colombia",
                    "Laredo Colombia Solidarity",
                    "TX",
                    27.7020,
                    -99.7430,
                    "laredo",
                    LAREDO_FO,
                    "Colombia"),
            port(
                    "laredo-world-trade",
                    "Laredo World Trade Bridge",
                    "TX",
                    27.5990,
                    -99.5335,
                    "laredo",
                    LAREDO_FO,
                    "Nuevo Laredo"),
            port(
                    "laredo-juarez-lincoln",
                    "Laredo Juárez-Lincoln",
                    "TX",
                    27.5029,
                    -99.5030,
                    "laredo",
                    LAREDO_FO,
                    "Nuevo Laredo"),
            port(
                    "laredo-gateway",
                    "Laredo Gateway to the Americas",
                    "TX",
                    27.4994,
                    -99.5075,
                    "laredo",
                    LAREDO_FO,
                    "Nuevo Laredo"),
            port(
                    "falcon-dam",
                    "Falcon Dam",
                    "TX",
                    26.5580,
                    -99.1660,
                    "rio-grande-valley",
                    LAREDO_FO,
                    "Nueva Ciudad Guerrero"),
            port("roma", "Roma", "TX", 26.4047, -99.0190, "rio-grande-valley", LAREDO_FO, "Ciudad Miguel Alemán"),
            port(
                    "rio-grande-city",
                    "Rio Grande City",
                    "TX",
                    26.3680,
                    -98.8050,
                    "rio-grande-valley",
                    LAREDO_FO,
                    "Ciudad Camargo"),
            port("anzalduas", "Anzalduas", "TX", 26.1240, -98.3264, "rio-grande-valley", LAREDO_FO, "Reynosa"),
            port("hidalgo", "Hidalgo", "TX", 26.0950, -98.2710, "rio-grande-valley", LAREDO_FO, "Reynosa"),
            port("pharr", "Pharr", "TX", 26.0710, -98.2033, "rio-grande-valley", LAREDO_FO, "Reynosa"),
            port("donna", "Donna", "TX", 26.0680, -98.0700, "rio-grande-valley", LAREDO_FO, "Río Bravo"),
            port("progreso", "Progreso", "TX", 26.0619, -97.9527, "rio-grande-valley", LAREDO_FO, "Nuevo Progreso"),
            port("los-indios", "Los Indios", "TX", 26.0420, -97.7390, "rio-grande-valley", LAREDO_FO, "Lucio Blanco"),
            port(
                    "brownsville-veterans",
                    "Brownsville Veterans International",
                    "TX",
                    25.8853,
                    -97.4727,
                    "rio-grande-valley",
                    LAREDO_FO,
                    "Matamoros"),
            port(
                    "brownsville-gateway",
                    "Brownsville Gateway",
                    "TX",
                    25.8972,
                    -97.4978,
                    "rio-grande-valley",
                    LAREDO_FO,
                    "Matamoros"),
            port(
                    "brownsville-b-and-m",
                    "Brownsville B&M",
                    "TX",
                    25.8890,
                    -97.5050,
                    "rio-grande-valley",
                    LAREDO_FO,
                    "Matamoros"));

    private PortsOfEntry() {}

    /** All southwest land ports, west to east. */
    public static List<PortOfEntry> all() {
        return ALL;
    }

    /** The port with this slug, if any. */
    public static Optional<PortOfEntry> find(String slug) {
        return ALL.stream().filter(port -> port.slug().equals(slug)).findFirst();
    }

    /** The port with this slug, or an error listing the valid ones. */
    public static PortOfEntry bySlug(String slug) {
        return find(slug)
                .orElseThrow(() -> new FronteraException(
                        ErrorCode.UNKNOWN_VALUE,
                        "unknown port of entry '%s'; valid values: %s"
                                .formatted(
                                        slug,
                                        ALL.stream().map(PortOfEntry::slug).collect(Collectors.joining(", ")))));
    }

    /** The port nearest to a point by great circle. */
    public static PortOfEntry nearest(GeoPoint from) {
        return ALL.stream()
                .min(Comparator.comparingDouble(
                        port -> GreatCircle.between(from, port.point()).kilometres()))
                .orElseThrow();
    }

    private static PortOfEntry port(
            String slug,
            String name,
            String state,
            double latitude,
            double longitude,
            String sector,
            String fieldOffice,
            String mexicanCity) {
        return new PortOfEntry(slug, name, state, new GeoPoint(latitude, longitude), sector, fieldOffice, mexicanCity);
    }
}
