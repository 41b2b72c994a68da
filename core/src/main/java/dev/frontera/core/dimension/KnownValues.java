package dev.frontera.core.dimension;

import java.util.ArrayList;
import java.util.List;

/**
 * The values the official files use, each with the labels CBP and DHS print and the words
 * people write. Facts about the published data, kept in one place.
 */
final class KnownValues {
    private KnownValues() {}

    static List<DimensionValue> all() {
        List<DimensionValue> values = new ArrayList<>();
        regions(values);
        components(values);
        titles(values);
        demographics(values);
        citizenships(values);
        states(values);
        areas(values);
        return values;
    }

    private static void add(List<DimensionValue> values, Dimension dimension, String slug, String name, String... aliases) {
        values.add(new DimensionValue(dimension, slug, name, List.of(aliases)));
    }

    private static void regions(List<DimensionValue> values) {
        add(values, Dimension.REGION, "southwest", "Southwest land border",
                "Southwest Land Border", "Southwest Border", "SW", "SWB", "southern border", "southern",
                "US-Mexico border", "Mexico border", "southwestern border");
        add(values, Dimension.REGION, "northern", "Northern land border",
                "Northern Land Border", "Northern Border", "NLB", "north", "Canada border", "US-Canada border");
        add(values, Dimension.REGION, "other", "Other (air, sea and coastal)",
                "Other", "Coastal Border", "coastal", "air and sea", "air-sea");
    }

    private static void components(List<DimensionValue> values) {
        add(values, Dimension.COMPONENT, "usbp", "U.S. Border Patrol",
                "U.S. Border Patrol", "US Border Patrol", "Border Patrol", "BP", "USBP");
        add(values, Dimension.COMPONENT, "ofo", "Office of Field Operations",
                "Office of Field Operations", "Field Operations", "OFO", "ports of entry", "ports");
    }

    private static void titles(List<DimensionValue> values) {
        add(values, Dimension.TITLE, "title-8", "Title 8", "Title 8", "T8", "8");
        add(values, Dimension.TITLE, "title-42", "Title 42", "Title 42", "T42", "42");
    }

    private static void demographics(List<DimensionValue> values) {
        add(values, Dimension.DEMOGRAPHIC, "single-adults", "Single adults",
                "Single Adults", "single adult", "SA", "adults");
        add(values, Dimension.DEMOGRAPHIC, "family-units", "Individuals in family units",
                "FMUA", "family units", "family unit", "Individuals in Family Units", "Family Unit Individuals",
                "families", "family members");
        add(values, Dimension.DEMOGRAPHIC, "unaccompanied-children", "Unaccompanied children",
                "UAC", "UC", "UC / Single Minors", "UC/Single Minors", "Unaccompanied Children/Single Minors",
                "unaccompanied children", "unaccompanied minors", "unaccompanied child", "unaccompanied alien children",
                "single minors");
        add(values, Dimension.DEMOGRAPHIC, "accompanied-minors", "Accompanied minors",
                "Accompanied Minors", "AM");
    }

    private static void citizenships(List<DimensionValue> values) {
        country(values, "mexico", "Mexico", "MX", "MEX", "Mexican", "Mexicans");
        country(values, "guatemala", "Guatemala", "GT", "Guatemalan", "Guatemalans");
        country(values, "honduras", "Honduras", "HN", "Honduran", "Hondurans");
        country(values, "el-salvador", "El Salvador", "SV", "Salvadoran", "Salvadorans", "Salvadorean");
        country(values, "venezuela", "Venezuela", "VE", "Venezuelan", "Venezuelans");
        country(values, "cuba", "Cuba", "CU", "Cuban", "Cubans");
        country(values, "haiti", "Haiti", "HT", "Haitian", "Haitians");
        country(values, "nicaragua", "Nicaragua", "NI", "Nicaraguan", "Nicaraguans");
        country(values, "colombia", "Colombia", "CO", "Colombian", "Colombians");
        country(values, "ecuador", "Ecuador", "EC", "Ecuadorian", "Ecuadorians", "Ecuadorean");
        country(values, "peru", "Peru", "PE", "Peruvian", "Peruvians");
        country(values, "brazil", "Brazil", "BR", "Brazilian", "Brazilians");
        country(values, "china", "China", "CN", "CHINA, PEOPLES REPUBLIC OF", "China, People's Republic",
                "People's Republic of China", "PRC", "Chinese");
        country(values, "india", "India", "IN", "Indian", "Indians");
        country(values, "russia", "Russia", "RU", "Russian", "Russians", "Russian Federation");
        country(values, "ukraine", "Ukraine", "UA", "Ukrainian", "Ukrainians");
        country(values, "turkey", "Turkey", "TR", "Turkish", "Turkiye", "Türkiye", "Turks");
        country(values, "romania", "Romania", "RO", "Romanian", "Romanians");
        country(values, "philippines", "Philippines", "PH", "Filipino", "Filipinos", "Philippine");
        country(values, "myanmar", "Myanmar", "MM", "MYANMAR (BURMA)", "Burma", "Burmese");
        country(values, "canada", "Canada", "CA", "Canadian", "Canadians");
        country(values, "dominican-republic", "Dominican Republic", "DO", "Dominican", "Dominicans");
        country(values, "chile", "Chile", "CL", "Chilean", "Chileans");
        country(values, "senegal", "Senegal", "SN", "Senegalese");
        country(values, "mauritania", "Mauritania", "MR", "Mauritanian", "Mauritanians");
        country(values, "afghanistan", "Afghanistan", "AF", "Afghan", "Afghans");
        country(values, "jamaica", "Jamaica", "JM", "Jamaican", "Jamaicans");
        country(values, "bolivia", "Bolivia", "BO", "Bolivian", "Bolivians");
        country(values, "uzbekistan", "Uzbekistan", "UZ", "Uzbek", "Uzbeks");
        country(values, "panama", "Panama", "PA", "Panamanian", "Panamanians");
        country(values, "costa-rica", "Costa Rica", "CR", "Costa Rican", "Costa Ricans");
        add(values, Dimension.CITIZENSHIP, "other", "Other countries (not listed separately)",
                "OTHER", "All Others", "All Other");
        // The southwest file groups every country but the four named ones as "Other".
        add(values, Dimension.CITIZENSHIP, "other-than-mx-gt-hn-sv",
                "Other (not Mexico, Guatemala, Honduras or El Salvador)");
    }

    private static void country(List<DimensionValue> values, String slug, String name, String... aliases) {
        add(values, Dimension.CITIZENSHIP, slug, name, aliases);
    }

    private static void states(List<DimensionValue> values) {
        String[][] states = {
            {"AL", "Alabama"}, {"AK", "Alaska"}, {"AZ", "Arizona"}, {"AR", "Arkansas"}, {"CA", "California"},
            {"CO", "Colorado"}, {"CT", "Connecticut"}, {"DE", "Delaware"}, {"DC", "District of Columbia"},
            {"FL", "Florida"}, {"GA", "Georgia"}, {"HI", "Hawaii"}, {"ID", "Idaho"}, {"IL", "Illinois"},
            {"IN", "Indiana"}, {"IA", "Iowa"}, {"KS", "Kansas"}, {"KY", "Kentucky"}, {"LA", "Louisiana"},
            {"ME", "Maine"}, {"MD", "Maryland"}, {"MA", "Massachusetts"}, {"MI", "Michigan"}, {"MN", "Minnesota"},
            {"MS", "Mississippi"}, {"MO", "Missouri"}, {"MT", "Montana"}, {"NE", "Nebraska"}, {"NV", "Nevada"},
            {"NH", "New Hampshire"}, {"NJ", "New Jersey"}, {"NM", "New Mexico"}, {"NY", "New York"},
            {"NC", "North Carolina"}, {"ND", "North Dakota"}, {"OH", "Ohio"}, {"OK", "Oklahoma"}, {"OR", "Oregon"},
            {"PA", "Pennsylvania"}, {"RI", "Rhode Island"}, {"SC", "South Carolina"}, {"SD", "South Dakota"},
            {"TN", "Tennessee"}, {"TX", "Texas"}, {"UT", "Utah"}, {"VT", "Vermont"}, {"VA", "Virginia"},
            {"WA", "Washington"}, {"WV", "West Virginia"}, {"WI", "Wisconsin"}, {"WY", "Wyoming"},
            {"PR", "Puerto Rico"}, {"GU", "Guam"}, {"VI", "U.S. Virgin Islands"}, {"MP", "Northern Mariana Islands"},
            {"AS", "American Samoa"},
        };
        for (String[] state : states) {
            add(values, Dimension.STATE, state[0], state[1], state[1]);
        }
    }

    private static void areas(List<DimensionValue> values) {
        sector(values, "san-diego", "San Diego", "San Diego, CA");
        sector(values, "el-centro", "El Centro", "El Centro, CA");
        sector(values, "yuma", "Yuma", "Yuma, AZ");
        sector(values, "tucson", "Tucson", "Tucson, AZ");
        sector(values, "el-paso", "El Paso", "El Paso, TX");
        sector(values, "big-bend", "Big Bend", "Big Bend, TX", "Marfa", "Marfa, TX", "Big Bend (formerly Marfa)", "BBT");
        sector(values, "del-rio", "Del Rio", "Del Rio, TX", "DRT");
        sector(values, "laredo", "Laredo", "Laredo, TX", "LRT");
        sector(values, "rio-grande-valley", "Rio Grande Valley", "Rio Grande Valley, TX", "RGV", "McAllen",
                "McAllen, TX", "Rio Grande Valley (formerly McAllen)");
        sector(values, "blaine", "Blaine", "Blaine, WA");
        sector(values, "spokane", "Spokane", "Spokane, WA");
        sector(values, "havre", "Havre", "Havre, MT");
        sector(values, "grand-forks", "Grand Forks", "Grand Forks, ND");
        sector(values, "detroit", "Detroit", "Detroit, MI");
        sector(values, "buffalo", "Buffalo", "Buffalo, NY");
        sector(values, "swanton", "Swanton", "Swanton, VT");
        sector(values, "houlton", "Houlton", "Houlton, ME");
        sector(values, "miami", "Miami", "Miami, FL");
        sector(values, "new-orleans", "New Orleans", "New Orleans, LA");
        sector(values, "ramey", "Ramey", "Ramey, PR");
        sector(values, "livermore", "Livermore", "Livermore, CA", "Livermore*");
        for (String office : List.of("Atlanta", "Baltimore", "Boston", "Buffalo", "Chicago", "Detroit", "El Paso",
                "Houston", "Laredo", "Los Angeles", "Miami", "New Orleans", "New York", "Portland", "Preclearance",
                "San Diego", "San Francisco", "San Juan", "Seattle", "Tampa", "Tucson")) {
            add(values, Dimension.AREA, Vocabulary.slugify(office) + "-field-office", office + " Field Office",
                    office + " FO");
        }
    }

    private static void sector(List<DimensionValue> values, String slug, String name, String... aliases) {
        List<String> all = new ArrayList<>(List.of(aliases));
        all.add(name + " Sector");
        add(values, Dimension.AREA, slug, name + " Sector", all.toArray(String[]::new));
    }
}
