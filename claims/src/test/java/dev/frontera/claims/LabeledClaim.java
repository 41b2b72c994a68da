package dev.frontera.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One claim of the shared labelled set (fixtures/claims/dev.jsonl): the text to check, its
 * publication date as written, where it was published (the unit of the held-out folds), the
 * phrase that makes the claim, and the label a careful reader gave it.
 */
record LabeledClaim(String id, String inputText, String published, String source, String claimedText, String label) {

    /** The shared set under FRONTERA_SHARED (else ../../shared), if present. */
    static Optional<Path> devSet() {
        String configured = System.getenv("FRONTERA_SHARED");
        Path root = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
        Path path = root.resolve("fixtures")
                .resolve("claims")
                .resolve("dev.jsonl")
                .toAbsolutePath()
                .normalize();
        return Files.exists(path) ? Optional.of(path) : Optional.empty();
    }

    /** Every claim of the file except those labelled ambiguous, which the standard leaves out of scoring. */
    static List<LabeledClaim> read(Path file) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<LabeledClaim> claims = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode row = mapper.readTree(line);
                String label = row.get("label").asText();
                if (label.equals("ambiguous")) {
                    continue;
                }
                String url = row.path("url").asText("");
                // A few rows name no address: the outlet and title then stand for the source.
                String source = url.isBlank()
                        ? row.path("outlet").asText("") + "|"
                                + row.path("title").asText("")
                        : url;
                claims.add(new LabeledClaim(
                        row.get("id").asText(),
                        row.get("input_text").asText(),
                        row.get("published").asText(),
                        source,
                        row.path("claimed_text").asText(""),
                        label));
            }
        }
        return claims;
    }

    /** Whether the label says the claim is wrong. */
    boolean wrong() {
        return label.equals("inaccurate") || label.equals("misleading");
    }

    /** Whether the record can settle it (the labels the scorer counts towards recall). */
    boolean checkable() {
        return !label.equals("unverifiable");
    }

    /** Where the claimed phrase starts in the input, or -1. */
    int phraseStart() {
        return claimedText.isEmpty() ? -1 : inputText.indexOf(claimedText);
    }
}
