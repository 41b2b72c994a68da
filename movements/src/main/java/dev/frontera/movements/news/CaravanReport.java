package dev.frontera.movements.news;

import static java.util.Objects.requireNonNull;

import dev.frontera.movements.gazetteer.Place;
import dev.frontera.movements.sightings.MovementStatus;
import dev.frontera.movements.sightings.NewMovement;
import dev.frontera.movements.sightings.NewSighting;
import dev.frontera.movements.sightings.SizeEstimate;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What an article says about a caravan, for a person to confirm before it is stored: its size as
 * the article gave it, where and when it set out, and the nationalities named.
 *
 * @param nationalities citizenship slugs, in the article's order
 * @param othersMentioned whether the article adds "and other nations"
 * @param quotes the sentences each fact was read from
 */
public record CaravanReport(
        Optional<SizeEstimate> size,
        Optional<Place> origin,
        Optional<LocalDate> departed,
        List<String> nationalities,
        boolean othersMentioned,
        LocalDate published,
        List<String> quotes) {
    public CaravanReport {
        requireNonNull(size, "size is null");
        requireNonNull(origin, "origin is null");
        requireNonNull(departed, "departed is null");
        requireNonNull(published, "published is null");
        nationalities = List.copyOf(nationalities);
        quotes = List.copyOf(quotes);
    }

    /** The movement this report proposes, named by the person confirming it. */
    public Optional<NewMovement> proposedMovement(String name) {
        return origin.map(place -> new NewMovement(
                name, departed.orElse(published), place.englishName(), nationalities, MovementStatus.MOVING));
    }

    /** The sighting this report proposes: the departure, at its place and date, with the size given. */
    public Optional<NewSighting> proposedSighting(String sourceUrl) {
        return origin.map(place -> NewSighting.at(
                departed.orElse(published), place.englishName(), size, sourceUrl, String.join(" ", quotes)));
    }
}
