package dev.frontera.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.frontera.claims.extract.Qualifier;
import dev.frontera.claims.verify.Tolerance;
import dev.frontera.core.FronteraException;
import dev.frontera.core.dimension.Dimension;
import dev.frontera.core.period.PeriodParser;
import dev.frontera.core.query.Answer;
import dev.frontera.core.query.Measure;
import dev.frontera.core.query.OfficialRecord;
import dev.frontera.core.query.Query;
import dev.frontera.data.PublishedRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Proposes an expected verdict for each count claim of our own set from the official record, asked
 * with the claim's EXPECTED reading (not what the checker reads), plus the figures of the readings
 * often confused with it, for a person to review before writing a verdict into the set. Not a test.
 * Run: {@code java ... dev.frontera.claims.OwnSetVerdicts}.
 */
public final class OwnSetVerdicts {
    private OwnSetVerdicts() {}

    public static void main(String[] args) throws IOException {
        OfficialRecord record = PublishedRecord.full();
        ObjectMapper mapper = new ObjectMapper();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                OwnSetVerdicts.class.getResourceAsStream("extraction-set.jsonl"), StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode row = mapper.readTree(line);
                LocalDate published = LocalDate.parse(row.get("published").asText());
                int index = 0;
                for (JsonNode claim : row.get("claims")) {
                    System.out.printf(Locale.ROOT, "%s#%d %s | %s%n", row.get("id").asText(), index++, propose(record, claim,
                            row.get("text").asText(), published), row.get("text").asText());
                }
            }
        }
    }

    private static String propose(OfficialRecord record, JsonNode claim, String text, LocalDate published) {
        String qualifierName = claim.get("qualifier").asText();
        if (claim.get("value").isNull() || List.of("change", "ratio", "record_high", "record_low").contains(qualifierName)) {
            return "REVIEW " + qualifierName + " " + claim;
        }
        String measureName = claim.get("measure").asText();
        if (measureName.equals("got-aways") || measureName.equals("other")) {
            return "unverifiable (not in the record)";
        }
        Qualifier qualifier = switch (qualifierName) {
            case "under" -> text.toLowerCase(Locale.ROOT).matches("(?s).*\\b(nearly|almost)\\b.*") ? Qualifier.NEARLY : Qualifier.UNDER;
            case "at_least" -> Qualifier.AT_LEAST;
            case "up_to" -> Qualifier.UP_TO;
            default -> Qualifier.valueOf(qualifierName.toUpperCase(Locale.ROOT));
        };
        double value = claim.get("value").asDouble();
        boolean perDay = claim.get("per_day").asBoolean();
        Measure measure = Measure.parse(measureName);
        String region = claim.get("region").asText();
        String written = figure(record, claim, measure, region, perDay, published, qualifier, value);
        String otherMeasure = figure(record, claim, measure == Measure.USBP_ENCOUNTERS ? Measure.ENCOUNTERS : Measure.USBP_ENCOUNTERS,
                region, perDay, published, qualifier, value);
        String otherRegion = figure(record, claim, measure, region.equals("nationwide") ? "southwest" : "nationwide", perDay, published,
                qualifier, value);
        return "%s %s %s %s | as written %s | other measure %s | other region %s".formatted(qualifier, value, measureName,
                claim.get("period").asText(), written, otherMeasure, otherRegion);
    }

    private static String figure(OfficialRecord record, JsonNode claim, Measure measure, String region, boolean perDay,
            LocalDate published, Qualifier qualifier, double value) {
        Map<Dimension, Set<String>> filters = new EnumMap<>(Dimension.class);
        claim.get("filters").fields().forEachRemaining(entry -> {
            Set<String> values = new HashSet<>();
            entry.getValue().forEach(v -> values.add(v.asText()));
            filters.put(Dimension.byParameter(entry.getKey()).orElseThrow(), values);
        });
        if (!region.equals("nationwide") && !filters.containsKey(Dimension.AREA)) {
            filters.put(Dimension.REGION, Set.of(region));
        }
        try {
            Query query = new Query(measure, filters, PeriodParser.parse(claim.get("period").asText()), List.of(), Optional.empty(), perDay,
                    Optional.of(published));
            Answer answer;
            try {
                answer = record.answer(query);
            } catch (FronteraException e) {
                answer = record.answer(query.withAsOf(Optional.empty()));
            }
            double official = perDay ? answer.total() / (double) answer.period().days() : answer.total();
            boolean fits = Tolerance.fitsCount(qualifier, value, unit(value), official, perDay, answer.rounded() ? answer.period().length() : 0);
            return "%s=%.1f%s".formatted(fits ? "FITS" : "fails", official, answer.rounded() ? "(r)" : "");
        } catch (FronteraException e) {
            return "unverifiable: " + e.getMessage().substring(0, Math.min(80, e.getMessage().length()));
        }
    }

    /** The last significant digit of a figure as written: 191,113 -> 1; 1,200,000 -> 100,000. */
    private static double unit(double value) {
        double unit = 1;
        while (value != 0 && value % (unit * 10) == 0) {
            unit *= 10;
        }
        return unit;
    }
}
