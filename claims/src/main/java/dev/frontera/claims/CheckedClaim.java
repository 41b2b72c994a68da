package dev.frontera.claims;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One claim found in the text and checked: what was claimed, how it was read, the official
 * figure, the verdict and why. {@code start} and {@code end} are character offsets of the
 * claimed phrase in the whole input. A claim about two periods yields one item per period.
 *
 * @param kind {@code statistic}: a figure checked against the encounter data; {@code distance}: a distance to the
 *     border checked against the computed distances (measure {@code distance-to-border}, the straight-line distance
 *     as {@code official}, the road estimate as an alternative, each with its method as the release)
 * @param value the number claimed; empty for a record claim without a number
 * @param qualifier {@code exact}, {@code about}, {@code over}, {@code at_least}, {@code under},
 *     {@code up_to}, {@code change}, {@code ratio}, {@code record_high} or {@code record_low}
 * @param measure a measure slug ({@code usbp-encounters}) or what the data do not hold ({@code got-aways}, {@code other})
 * @param period the period label as in {@code frontera query}: {@code 2023-11}, {@code FY2023}, {@code A..B}
 * @param filters dimension parameter names to slugs: {@code citizenship: [mexico]}
 * @param official the newest official figure for the reading used
 * @param officialAtPublication the figure as published on the article's date, when it differs
 */
public record CheckedClaim(
        String kind,
        String sentence,
        int start,
        int end,
        String text,
        OptionalDouble value,
        String qualifier,
        String measure,
        String region,
        String period,
        boolean perDay,
        Map<String, List<String>> filters,
        Optional<Figure> official,
        Optional<Figure> officialAtPublication,
        Verdict verdict,
        String explanation,
        List<Alternative> alternatives) {

    public CheckedClaim {
        requireNonNull(kind, "kind is null");
        requireNonNull(sentence, "sentence is null");
        requireNonNull(text, "text is null");
        requireNonNull(value, "value is null");
        requireNonNull(qualifier, "qualifier is null");
        requireNonNull(measure, "measure is null");
        requireNonNull(region, "region is null");
        requireNonNull(period, "period is null");
        filters = Map.copyOf(filters);
        requireNonNull(official, "official is null");
        requireNonNull(officialAtPublication, "officialAtPublication is null");
        requireNonNull(verdict, "verdict is null");
        requireNonNull(explanation, "explanation is null");
        alternatives = List.copyOf(alternatives);
    }
}
