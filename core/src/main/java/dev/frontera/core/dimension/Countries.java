package dev.frontera.core.dimension;

import java.util.ArrayList;
import java.util.List;

/**
 * Every citizenship the official files name, with one canonical name each and the spellings
 * that lead to it: CBP's labels ({@code CHINA, PEOPLES REPUBLIC OF}), ISO codes, demonyms. The
 * one table of countries' names.
 */
final class Countries {
    private Countries() {}

    static List<DimensionValue> all() {
        List<DimensionValue> values = new ArrayList<>();
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
        country(
                values,
                "china",
                "China",
                "CN",
                "CHINA, PEOPLES REPUBLIC OF",
                "China, People's Republic",
                "People's Republic of China",
                "PRC",
                "Chinese");
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
        for (String line : OTHER_COUNTRIES.strip().split("\n")) {
            String[] parts = line.strip().split("\\|");
            country(values, parts[0], parts[1], parts.length > 2 ? parts[2].split(";") : new String[0]);
        }
        values.add(value("other", "Other countries (not listed separately)", "OTHER", "All Others", "All Other"));
        // The southwest file groups every country but the four named ones as "Other".
        values.add(value("other-than-mx-gt-hn-sv", "Other (not Mexico, Guatemala, Honduras or El Salvador)"));
        return values;
    }

    /**
     * Every other country the files name (DHS workbooks and Border Patrol tables list some 200),
     * as {@code slug|name|alias;alias}: one canonical name each, because the files spell some
     * differently ("Korea South" and "South Korea", "Ivory Coast" and "Cote d Ivoire", "Swaziland"),
     * and every spelling must lead to the same country. Former states keep their own line.
     */
    private static final String OTHER_COUNTRIES = """
            albania|Albania
            algeria|Algeria
            angola|Angola
            antigua-and-barbuda|Antigua and Barbuda|Antigua Barbuda;Antigua-Barbuda
            argentina|Argentina
            armenia|Armenia
            aruba|Aruba
            australia|Australia
            austria|Austria
            azerbaijan|Azerbaijan
            bahamas|Bahamas
            bahrain|Bahrain
            bangladesh|Bangladesh
            barbados|Barbados
            belarus|Belarus
            belgium|Belgium
            belize|Belize
            benin|Benin
            bermuda|Bermuda
            bhutan|Bhutan
            bosnia-and-herzegovina|Bosnia and Herzegovina|Bosnia Herzegovina;Bosnia-Herzegovina
            botswana|Botswana
            british-virgin-islands|British Virgin Islands
            bulgaria|Bulgaria
            burkina-faso|Burkina Faso
            burundi|Burundi
            cambodia|Cambodia
            cameroon|Cameroon
            cape-verde|Cape Verde|Cabo Verde
            cayman-islands|Cayman Islands
            central-african-republic|Central African Republic
            chad|Chad
            congo|Congo (not said which)
            cote-d-ivoire|Côte d'Ivoire|Ivory Coast;Cote d Ivoire
            croatia|Croatia
            cyprus|Cyprus
            czechia|Czechia|Czech Republic
            czechoslovakia|Czechoslovakia (former)
            democratic-republic-of-the-congo|Democratic Republic of the Congo|Congo Democratic Republic;Congo, Democratic Republic;Congo, Democratic Republic of the;Dem Rep of the Congo;DR Congo;DRC;Congo-Kinshasa;Zaire
            denmark|Denmark
            djibouti|Djibouti
            dominica|Dominica
            egypt|Egypt
            equatorial-guinea|Equatorial Guinea
            eritrea|Eritrea
            estonia|Estonia
            eswatini|Eswatini|Swaziland
            ethiopia|Ethiopia
            fiji|Fiji
            finland|Finland
            france|France
            gabon|Gabon
            gambia|Gambia
            georgia|Georgia
            germany|Germany
            ghana|Ghana
            greece|Greece
            grenada|Grenada
            guadeloupe|Guadeloupe
            guam|Guam
            guinea|Guinea
            guinea-bissau|Guinea-Bissau|Guinea Bissau
            guyana|Guyana
            hong-kong|Hong Kong
            hungary|Hungary
            iceland|Iceland
            indonesia|Indonesia
            iran|Iran
            iraq|Iraq
            ireland|Ireland
            israel|Israel
            italy|Italy
            japan|Japan
            jordan|Jordan
            kazakhstan|Kazakhstan
            kenya|Kenya
            korea|Korea (not said which)
            kosovo|Kosovo
            kuwait|Kuwait
            kyrgyzstan|Kyrgyzstan
            laos|Laos
            latvia|Latvia
            lebanon|Lebanon
            liberia|Liberia
            libya|Libya
            lithuania|Lithuania
            malawi|Malawi
            malaysia|Malaysia
            mali|Mali
            malta|Malta
            marshall-islands|Marshall Islands
            martinique|Martinique
            mauritius|Mauritius
            micronesia|Micronesia|Micronesia Federated States of;Micronesia, Federated States of
            moldova|Moldova
            mongolia|Mongolia
            montenegro|Montenegro
            montserrat|Montserrat
            morocco|Morocco
            mozambique|Mozambique
            namibia|Namibia
            nepal|Nepal
            netherlands|Netherlands
            netherlands-antilles|Netherlands Antilles (former)
            new-zealand|New Zealand
            niger|Niger
            nigeria|Nigeria
            north-korea|North Korea|Korea North;Korea, North;Democratic People's Republic of Korea
            north-macedonia|North Macedonia|Macedonia
            norway|Norway
            oman|Oman
            other-than-top-ten|Other (not among the ten listed)|Other Than Top Ten
            pakistan|Pakistan
            palau|Palau
            papua-new-guinea|Papua New Guinea
            paraguay|Paraguay
            poland|Poland
            portugal|Portugal
            puerto-rico|Puerto Rico
            qatar|Qatar
            republic-of-the-congo|Republic of the Congo|Congo Republic;Congo, Republic;Congo, Republic of the;Congo-Brazzaville
            rwanda|Rwanda
            saint-kitts-and-nevis|Saint Kitts and Nevis|St Kitts Nevis;St. Kitts and Nevis;St Kitts and Nevis
            saint-lucia|Saint Lucia|St Lucia;St. Lucia
            saint-vincent-and-the-grenadines|Saint Vincent and the Grenadines|St Vincent Grenadines;St. Vincent and the Grenadines;St Vincent and the Grenadines
            samoa|Samoa
            sao-tome-and-principe|São Tomé and Príncipe|Sao Tome and Principe
            saudi-arabia|Saudi Arabia
            serbia|Serbia
            serbia-and-montenegro|Serbia and Montenegro (former)|Serbia and Montenegro Former;Serbia and Montenegro (Former)
            seychelles|Seychelles
            sierra-leone|Sierra Leone
            singapore|Singapore
            slovakia|Slovakia
            slovenia|Slovenia
            somalia|Somalia
            south-africa|South Africa
            south-korea|South Korea|Korea South;Korea, South;Republic of Korea;Korea, Republic of
            spain|Spain
            sri-lanka|Sri Lanka
            stateless|Stateless
            sudan|Sudan
            suriname|Suriname
            sweden|Sweden
            switzerland|Switzerland
            syria|Syria
            taiwan|Taiwan
            tajikistan|Tajikistan
            tanzania|Tanzania
            thailand|Thailand
            togo|Togo
            tonga|Tonga
            trinidad-and-tobago|Trinidad and Tobago
            tunisia|Tunisia
            turkmenistan|Turkmenistan
            turks-and-caicos-islands|Turks and Caicos Islands
            uganda|Uganda
            united-arab-emirates|United Arab Emirates|UAE
            united-kingdom|United Kingdom|UK;Great Britain
            unknown|Unknown
            uruguay|Uruguay
            ussr|USSR (former Soviet Union)|USSR;Soviet Union
            vietnam|Vietnam
            yemen|Yemen
            yugoslavia|Yugoslavia (former)
            zambia|Zambia
            zimbabwe|Zimbabwe
            """;

    private static void country(List<DimensionValue> values, String slug, String name, String... aliases) {
        values.add(value(slug, name, aliases));
    }

    private static DimensionValue value(String slug, String name, String... aliases) {
        return new DimensionValue(Dimension.CITIZENSHIP, slug, name, List.of(aliases));
    }
}
