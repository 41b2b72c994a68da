package dev.frontera.core.dimension;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every Border Patrol sector and field office the official files name, with the region each
 * lies in: the one table of these facts.
 *
 * <p>Sectors and their regions are as the Border Patrol's own tables group them: its monthly
 * table by sector adds each border's sectors up to the border's printed total, so Livermore
 * (closed after FY2004) is a coastal sector, {@code other}. The DHS workbook's region column
 * agrees on every sector but Livermore, which it lists under the northern land border; its rows
 * keep that region as published. Field offices are placed by the land border their ports of
 * entry serve, as CBP's by-area files list them; the offices with no land port count under
 * {@code other}. The data module's {@code TestAreaRegions} checks this table against the files.
 */
final class Areas {
    private static final List<Area> ALL = List.of(
            sector("san-diego", "San Diego", Region.SOUTHWEST, "SDC", "San Diego, CA"),
            sector("el-centro", "El Centro", Region.SOUTHWEST, "ELC", "El Centro, CA"),
            sector("yuma", "Yuma", Region.SOUTHWEST, "YUM", "Yuma, AZ"),
            sector("tucson", "Tucson", Region.SOUTHWEST, "TCA", "Tucson, AZ"),
            sector("el-paso", "El Paso", Region.SOUTHWEST, "EPT", "El Paso, TX"),
            sector(
                    "big-bend",
                    "Big Bend",
                    Region.SOUTHWEST,
                    "BBT",
                    "Big Bend, TX",
                    "Marfa",
                    "Marfa, TX",
                    "Big Bend (formerly Marfa)"),
            sector("del-rio", "Del Rio", Region.SOUTHWEST, "DRT", "Del Rio, TX"),
            sector("laredo", "Laredo", Region.SOUTHWEST, "LRT", "Laredo, TX"),
            sector(
                    "rio-grande-valley",
                    "Rio Grande Valley",
                    Region.SOUTHWEST,
                    "RGV",
                    "Rio Grande Valley, TX",
                    "McAllen",
                    "McAllen, TX",
                    "Rio Grande Valley (formerly McAllen)"),
            sector("blaine", "Blaine", Region.NORTHERN, "BLW", "Blaine, WA"),
            sector("spokane", "Spokane", Region.NORTHERN, "SPW", "Spokane, WA"),
            sector("havre", "Havre", Region.NORTHERN, "HVM", "Havre, MT"),
            sector("grand-forks", "Grand Forks", Region.NORTHERN, "GFN", "Grand Forks, ND"),
            sector("detroit", "Detroit", Region.NORTHERN, "DTM", "Detroit, MI"),
            sector("buffalo", "Buffalo", Region.NORTHERN, "BUN", "Buffalo, NY"),
            sector("swanton", "Swanton", Region.NORTHERN, "SWB", "Swanton, VT"),
            sector("houlton", "Houlton", Region.NORTHERN, "HLT", "Houlton, ME"),
            sector("miami", "Miami", Region.OTHER, "MIP", "Miami, FL"),
            sector("new-orleans", "New Orleans", Region.OTHER, "NLL", "New Orleans, LA"),
            sector("ramey", "Ramey", Region.OTHER, "RMY", "Ramey, PR"),
            sector("livermore", "Livermore", Region.OTHER, null, "Livermore, CA", "Livermore*"),
            fieldOffice("Atlanta", Region.OTHER),
            fieldOffice("Baltimore", Region.OTHER),
            fieldOffice("Boston", Region.NORTHERN),
            fieldOffice("Buffalo", Region.NORTHERN),
            fieldOffice("Chicago", Region.OTHER),
            fieldOffice("Detroit", Region.NORTHERN),
            fieldOffice("El Paso", Region.SOUTHWEST),
            fieldOffice("Houston", Region.OTHER),
            fieldOffice("Laredo", Region.SOUTHWEST),
            fieldOffice("Los Angeles", Region.OTHER),
            fieldOffice("Miami", Region.OTHER),
            fieldOffice("New Orleans", Region.OTHER),
            fieldOffice("New York", Region.OTHER),
            fieldOffice("Portland", Region.OTHER),
            fieldOffice("Preclearance", Region.OTHER),
            fieldOffice("San Diego", Region.SOUTHWEST),
            fieldOffice("San Francisco", Region.OTHER),
            fieldOffice("San Juan", Region.OTHER),
            fieldOffice("Seattle", Region.NORTHERN),
            fieldOffice("Tampa", Region.OTHER),
            fieldOffice("Tucson", Region.SOUTHWEST));

    private Areas() {}

    static List<Area> all() {
        return ALL;
    }

    private static Area sector(String slug, String name, Region region, String code, String... aliases) {
        return new Area(slug, Area.Kind.SECTOR, name, region, Optional.ofNullable(code), List.of(aliases));
    }

    private static Area fieldOffice(String name, Region region) {
        return new Area(
                Vocabulary.slugify(name) + "-field-office",
                Area.Kind.FIELD_OFFICE,
                name,
                region,
                Optional.empty(),
                new ArrayList<>());
    }
}
