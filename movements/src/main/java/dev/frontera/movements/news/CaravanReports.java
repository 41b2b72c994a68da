package dev.frontera.movements.news;

import static java.util.Objects.requireNonNull;

import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.dimension.DimensionValue;
import dev.frontera.core.dimension.Vocabulary;
import dev.frontera.movements.gazetteer.Gazetteer;
import dev.frontera.movements.gazetteer.Place;
import dev.frontera.movements.sightings.SizeEstimate;
import dev.frontera.text.DateWords;
import dev.frontera.text.Sentence;
import dev.frontera.text.SentenceSplitter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads caravan reports from article text. Only sentences about a caravan (or "the group")
 * count; facts may be spread over several of them:
 * <ul>
 *   <li>size: "a caravan of roughly 7,000 migrants" gives 7,000 with qualifier "roughly";</li>
 *   <li>departure: "departed from the southern Mexican city of Tapachula" gives the first
 *       capitalised name after the verb that the gazetteer knows, and the day the same sentence
 *       names ("On Christmas Eve"), resolved against the publication date;</li>
 *   <li>nationalities: "migrants from Honduras, El Salvador, Venezuela, Haiti, and other nations".</li>
 * </ul>
 */
public final class CaravanReports {
    static final String NEWS_REPORT = "news report";
    private static final Pattern ABOUT_A_GROUP =
            Pattern.compile("\\b(caravan|caravans|the group|exodus)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SIZE = Pattern.compile(
            "(?:\\b(roughly|about|around|approximately|some|nearly|"
                    + "almost|more than|over|up to|at least|an estimated|as many as)\\s+)?\\b(\\d{1,3}(?:,\\d{3})+|\\d+)\\s+"
                    + "(?:migrants|people|persons|individuals|members|asylum seekers)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DEPARTURE = Pattern.compile(
            "\\b(departed|left|set out|set off|started out|" + "began walking|departing|leaving)\\b(.*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPITALISED =
            Pattern.compile("\\p{Lu}[\\p{L}'’]+(?:\\s+(?:de|del|la|las|los)?\\s*\\p{Lu}[\\p{L}'’]+)*");
    private static final Pattern FROM_COUNTRIES = Pattern.compile(
            "\\b(?:migrants|people|nationals|families|members)\\s+from\\s+([^.;]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*,\\s*(?:and\\s+)?|\\s+and\\s+");
    private static final Pattern OTHERS = Pattern.compile("^other\\b.*", Pattern.CASE_INSENSITIVE);

    private final Gazetteer gazetteer;
    private final SentenceSplitter sentences = SentenceSplitter.english();

    public CaravanReports(Gazetteer gazetteer) {
        this.gazetteer = requireNonNull(gazetteer, "gazetteer is null");
    }

    /** The caravan report in an article, if it has at least a size or a departure place. */
    public Optional<CaravanReport> find(String text, LocalDate published) {
        Optional<SizeEstimate> size = Optional.empty();
        Optional<Place> origin = Optional.empty();
        Optional<LocalDate> departed = Optional.empty();
        Set<String> nationalities = new LinkedHashSet<>();
        boolean others = false;
        Set<String> quotes = new LinkedHashSet<>();
        for (String sentence :
                sentences.split(text).stream().map(Sentence::text).toList()) {
            if (!ABOUT_A_GROUP.matcher(sentence).find()) {
                continue;
            }
            Matcher sizeMatch = SIZE.matcher(sentence);
            if (size.isEmpty() && sizeMatch.find()) {
                long count = Long.parseLong(sizeMatch.group(2).replace(",", ""));
                String qualifier =
                        sizeMatch.group(1) == null ? "" : sizeMatch.group(1).toLowerCase(Locale.ROOT);
                size = Optional.of(SizeEstimate.of(count, qualifier, NEWS_REPORT));
                quotes.add(sentence);
            }
            Matcher departure = DEPARTURE.matcher(sentence);
            if (origin.isEmpty() && departure.find()) {
                origin = firstKnownPlace(departure.group(2));
                if (origin.isPresent()) {
                    departed = DateWords.find(sentence, published);
                    quotes.add(sentence);
                }
            }
            Matcher from = FROM_COUNTRIES.matcher(sentence);
            while (from.find()) {
                for (String item : LIST_SEPARATOR.split(from.group(1).strip())) {
                    if (OTHERS.matcher(item).matches()) {
                        others = true;
                        continue;
                    }
                    Optional<DimensionValue> country = Vocabulary.standard().find(Dimension.CITIZENSHIP, item);
                    if (country.isPresent()) {
                        nationalities.add(country.get().slug());
                        quotes.add(sentence);
                    }
                }
            }
        }
        if (size.isEmpty() && origin.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CaravanReport(
                size, origin, departed, new ArrayList<>(nationalities), others, published, new ArrayList<>(quotes)));
    }

    private Optional<Place> firstKnownPlace(String text) {
        Matcher names = CAPITALISED.matcher(text);
        while (names.find()) {
            String name = names.group();
            // Countries and nationalities are not where a group sets out from.
            if (Vocabulary.standard().find(Dimension.CITIZENSHIP, name).isPresent()) {
                continue;
            }
            Optional<Place> place = gazetteer.find(name);
            if (place.isPresent()) {
                return place;
            }
        }
        return Optional.empty();
    }
}
