package dev.frontera.movements.gazetteer;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.frontera.core.ErrorCode;
import dev.frontera.core.FronteraException;
import dev.frontera.core.dimension.Spelling;
import dev.frontera.movements.geography.GeoPoint;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Places along the migrant routes from Colombia to the US border (GeoNames, CC BY 4.0, see
 * {@code data/README.md}) and the southwest ports of entry. Lookup ignores case, accents and
 * punctuation; {@code "Escuintla, MX"} or {@code "Escuintla, Mexico"} picks a country; an
 * ambiguous name goes to the curated route place, else the most populous one.
 */
public final class Gazetteer {
    static final String RESOURCE = "/dev/frontera/movements/data/places.tsv";
    private static final Map<String, String> COUNTRY_NAMES = countryNames();

    private final Map<String, List<Place>> byKey = new HashMap<>();
    private final Map<String, Place> byId = new LinkedHashMap<>();

    Gazetteer(List<Place> places, List<Place> preferred) {
        for (Place place : preferred) {
            index(place);
        }
        for (Place place : places) {
            index(place);
        }
        // Curated route places first, then by population: the first entry of a key is what a plain name means.
        byKey.values()
                .forEach(list -> list.sort(Comparator.comparingInt((Place p) -> preferred.contains(p) ? 0 : 1)
                        .thenComparing(
                                Comparator.comparingLong(Place::population).reversed())));
    }

    /** The vendored gazetteer, read once from the classpath; it is immutable. */
    public static Gazetteer standard() {
        return Holder.STANDARD;
    }

    /** The place a name (Spanish, English or alias, optionally {@code ", country"}) means, if any. */
    public Optional<Place> find(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        List<Place> exact = byKey.getOrDefault(Spelling.key(name), List.of());
        if (!exact.isEmpty()) {
            return Optional.of(exact.get(0));
        }
        int comma = name.lastIndexOf(',');
        if (comma > 0) {
            String qualifier = Spelling.key(name.substring(comma + 1));
            String country = COUNTRY_NAMES.getOrDefault(qualifier, qualifier.toUpperCase(java.util.Locale.ROOT));
            return byKey.getOrDefault(Spelling.key(name.substring(0, comma)), List.of()).stream()
                    .filter(place ->
                            place.country().equals(country) || place.region().equals(country))
                    .findFirst();
        }
        return Optional.empty();
    }

    /** The place a name means, or {@link ErrorCode#UNKNOWN_VALUE} with the closest names. */
    public Place resolve(String name) {
        return find(name)
                .orElseThrow(() -> new FronteraException(
                        ErrorCode.UNKNOWN_VALUE, "unknown place '%s'%s".formatted(name, suggestionText(name))));
    }

    /** A place by its id ({@code geonames:3516266}, {@code port:san-ysidro}). */
    public Optional<Place> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Up to {@code limit} known place labels closest in spelling to {@code name}, closest first. */
    public List<String> suggestions(String name, int limit) {
        String wanted = Spelling.key(name);
        int tolerance = Math.max(2, wanted.length() / 3);
        record Candidate(Place place, int distance) {}
        Map<String, Candidate> best = new LinkedHashMap<>();
        byKey.forEach((key, places) -> {
            int distance = Spelling.distance(wanted, key, tolerance);
            if (distance <= tolerance) {
                Place place = places.get(0);
                Candidate known = best.get(place.id());
                if (known == null || distance < known.distance()) {
                    best.put(place.id(), new Candidate(place, distance));
                }
            }
        });
        return best.values().stream()
                .sorted(Comparator.comparingInt(Candidate::distance)
                        .thenComparing(Comparator.comparingLong(
                                        (Candidate c) -> c.place().population())
                                .reversed())
                        .thenComparing(c -> c.place().id()))
                .limit(limit)
                .map(c -> c.place().label())
                .collect(Collectors.toList());
    }

    /** Number of places known. */
    public int size() {
        return byId.size();
    }

    private String suggestionText(String name) {
        List<String> closest = suggestions(name, 5);
        return closest.isEmpty()
                ? "; no known place is spelled like it"
                : "; did you mean " + String.join(" or ", closest) + "?";
    }

    private void index(Place place) {
        if (byId.putIfAbsent(place.id(), place) != null) {
            return;
        }
        List<String> names = new ArrayList<>();
        names.add(place.name());
        names.add(place.englishName());
        names.addAll(place.aliases());
        names.stream()
                .map(Spelling::key)
                .filter(key -> !key.isEmpty())
                .distinct()
                .forEach(key ->
                        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(place));
    }

    private static Map<String, String> countryNames() {
        Map<String, String> names = new HashMap<>();
        String[][] pairs = {
            {"mexico", "MX"},
            {"guatemala", "GT"},
            {"honduras", "HN"},
            {"elsalvador", "SV"},
            {"nicaragua", "NI"},
            {"costarica", "CR"},
            {"panama", "PA"},
            {"colombia", "CO"},
            {"belize", "BZ"},
            {"belice", "BZ"},
            {"usa", "US"},
            {"unitedstates", "US"},
            {"us", "US"},
            {"eeuu", "US"},
            {"texas", "TX"},
            {"california", "CA"},
            {"arizona", "AZ"},
            {"newmexico", "NM"},
            {"chiapas", "05"},
            {"sonora", "26"},
            {"chihuahua", "06"},
            {"coahuila", "07"},
            {"tamaulipas", "28"},
            {"veracruz", "30"},
            {"oaxaca", "20"},
            {"bajacalifornia", "02"},
            {"nuevoleon", "19"},
            {"tabasco", "27"}
        };
        for (String[] pair : pairs) {
            names.put(pair[0], pair[1]);
        }
        return names;
    }

    private static final class Holder {
        static final Gazetteer STANDARD = load();
    }

    private static Gazetteer load() {
        Map<Long, RoutePlaces.Entry> curated =
                RoutePlaces.all().stream().collect(Collectors.toMap(RoutePlaces.Entry::geonameId, entry -> entry));
        List<Place> places = new ArrayList<>();
        List<Place> preferred = new ArrayList<>();
        try (InputStream stream = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (stream == null) {
                throw new FronteraException(ErrorCode.INTERNAL, "resource %s is missing".formatted(RESOURCE));
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(stream, UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.startsWith("geonameid\t") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                long id = Long.parseLong(f[0]);
                RoutePlaces.Entry entry = curated.get(id);
                List<String> aliases = new ArrayList<>();
                aliases.add(f[2]);
                if (!f[9].isEmpty()) {
                    aliases.addAll(Arrays.asList(f[9].split("\\|")));
                }
                if (entry != null) {
                    aliases.addAll(entry.aliases());
                }
                Place place = new Place(
                        "geonames:" + id,
                        f[1],
                        entry == null ? f[1] : entry.englishName(),
                        new GeoPoint(Double.parseDouble(f[3]), Double.parseDouble(f[4])),
                        f[5],
                        f[6],
                        Long.parseLong(f[8]),
                        aliases);
                (entry != null ? preferred : places).add(place);
            }
        } catch (IOException e) {
            throw new FronteraException(ErrorCode.INTERNAL, "cannot read resource %s".formatted(RESOURCE), e);
        }
        for (PortOfEntry port : PortsOfEntry.all()) {
            places.add(new Place(
                    "port:" + port.slug(),
                    port.name() + " port of entry",
                    port.name() + " port of entry",
                    port.point(),
                    "US",
                    port.state(),
                    0,
                    List.of(port.slug(), port.name() + " POE")));
        }
        return new Gazetteer(places, preferred);
    }
}
