package dev.frontera.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.frontera.core.FronteraException;
import dev.frontera.core.query.OfficialRecord;
import dev.frontera.data.PublishedRecord;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Runs the shared labelled claims (fixtures/claims/dev.jsonl) through a checker and reports
 * verdict accuracy and reading accuracy (measure, region, period). Claims labelled ambiguous are
 * left out, as the standard says. Wire it to the real query engine:
 * {@code ClaimsEvaluation.run(engine, ClaimsEvaluation.devSet().orElseThrow())}.
 */
public final class ClaimsEvaluation {
    /** The outcome: how many claims were scored, found, judged right and read right. */
    public record Report(int scored, int found, int verdictsRight, int readingsRight, List<String> misses) {
        public double verdictAccuracy() {
            return scored == 0 ? 0 : verdictsRight / (double) scored;
        }

        public double readingAccuracy() {
            return scored == 0 ? 0 : readingsRight / (double) scored;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d claims scored, %d found; verdict accuracy %.3f, reading accuracy %.3f", scored, found,
                    verdictAccuracy(), readingAccuracy());
        }
    }

    private ClaimsEvaluation() {}

    /** dev.jsonl under FRONTERA_SHARED (else ../../shared), if present. */
    public static Optional<Path> devSet() {
        String configured = System.getenv("FRONTERA_SHARED");
        Path root = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
        Path path = root.resolve("fixtures").resolve("claims").resolve("dev.jsonl").toAbsolutePath().normalize();
        return Files.exists(path) ? Optional.of(path) : Optional.empty();
    }

    public static Report run(OfficialRecord record, Path devJsonl) throws IOException {
        ClaimChecker checker = ClaimChecker.create(record);
        ObjectMapper mapper = new ObjectMapper();
        int scored = 0;
        int found = 0;
        int verdicts = 0;
        int readings = 0;
        List<String> misses = new java.util.ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(devJsonl, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode row = mapper.readTree(line);
                String label = row.get("label").asText();
                if (label.equals("ambiguous")) {
                    continue;
                }
                scored++;
                String published = row.get("published").asText();
                LocalDate date = published.equals("unknown") ? LocalDate.of(2024, 9, 1) : ClaimJson.parsePublished(published);
                List<CheckedClaim> claims;
                try {
                    claims = checker.check(row.get("input_text").asText(), date).claims();
                } catch (FronteraException e) {
                    misses.add("%s error %s".formatted(row.get("id").asText(), e.getMessage()));
                    continue;
                }
                Optional<CheckedClaim> claim = match(claims, row.get("claimed_text").asText(), row.get("expected"));
                if (claim.isEmpty()) {
                    misses.add("%s NOT FOUND [%s] want %s %s".formatted(row.get("id").asText(), row.get("claimed_text").asText(), label,
                            row.get("expected")));
                    continue;
                }
                found++;
                boolean verdictRight = claim.get().verdict().slug().equals(label);
                boolean readingRight = sameReading(claim.get(), row.get("expected"));
                if (verdictRight) {
                    verdicts++;
                }
                if (readingRight) {
                    readings++;
                }
                if (!verdictRight || !readingRight) {
                    CheckedClaim got = claim.get();
                    misses.add("%s %s%s [%s] want %s %s | got %s %s %s %s per_day=%s %s | %s".formatted(row.get("id").asText(),
                            verdictRight ? "" : "VERDICT ", readingRight ? "" : "READING", row.get("claimed_text").asText(), label,
                            row.get("expected"), got.verdict().slug(), got.measure(), got.region(), got.period(), got.perDay(),
                            got.filters(), got.explanation()));
                }
            }
        }
        return new Report(scored, found, verdicts, readings, misses);
    }

    private static Optional<CheckedClaim> match(List<CheckedClaim> claims, String claimedText, JsonNode expected) {
        String want = claimedText.toLowerCase(Locale.ROOT);
        String period = expected.get("period").asText();
        return claims.stream()
                .filter(c -> want.contains(c.text().toLowerCase(Locale.ROOT)) || c.text().toLowerCase(Locale.ROOT).contains(want))
                .sorted((a, b) -> Boolean.compare(!period.contains(a.period()), !period.contains(b.period())))
                .findFirst();
    }

    private static boolean sameReading(CheckedClaim claim, JsonNode expected) {
        String measure = switch (expected.get("measure").asText()) {
            case "usbp_encounters" -> "usbp-encounters";
            case "ofo_encounters" -> "ofo-encounters";
            case "title42_expulsions" -> "expulsions";
            case "got_aways" -> "got-aways";
            default -> expected.get("measure").asText();
        };
        return claim.measure().equals(measure) && claim.region().equals(expected.get("region").asText())
                && expected.get("period").asText().contains(asMonths(claim.period()));
    }

    /** A fiscal year to date ("FY2020-YTD..2020-01") in the labels' month-range form ("2019-10..2020-01"). */
    private static String asMonths(String period) {
        java.util.regex.Matcher ytd = java.util.regex.Pattern.compile("^FY(\\d{4})-YTD\\.\\.(\\d{4}-\\d{2})$").matcher(period);
        return ytd.matches() ? "%d-10..%s".formatted(Integer.parseInt(ytd.group(1)) - 1, ytd.group(2)) : period;
    }

    /** Prints the report against the real published record, with every claim read or judged wrongly. */
    public static void main(String[] args) throws IOException {
        Path devJsonl = devSet().orElseThrow(() -> new IllegalStateException("dev.jsonl not found; set FRONTERA_SHARED"));
        Report report = run(PublishedRecord.full(), devJsonl);
        report.misses().forEach(System.out::println);
        System.out.println(report);
    }
}
