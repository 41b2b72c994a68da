package dev.frontera.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Articles made by combining real sentences: the shared dev set's inputs (when present) and our
 * own extraction set, drawn with a fixed seed, five to twelve sentences each, in paragraphs, each
 * article dated by its first sentence's publication date. Deterministic for a given seed.
 */
final class ClaimCorpus {
    record Article(String text, LocalDate published) {}

    private record Line(String text, LocalDate published) {}

    private ClaimCorpus() {}

    static List<Article> generate(int articles, long seed) throws IOException {
        List<Line> lines = sentences();
        Random random = new Random(seed);
        List<Article> corpus = new ArrayList<>(articles);
        for (int i = 0; i < articles; i++) {
            int count = 5 + random.nextInt(8);
            StringBuilder text = new StringBuilder();
            LocalDate published = null;
            for (int j = 0; j < count; j++) {
                Line line = lines.get(random.nextInt(lines.size()));
                published = published == null ? line.published() : published;
                text.append(line.text()).append("\n\n");
            }
            corpus.add(new Article(text.toString(), published));
        }
        return corpus;
    }

    private static List<Line> sentences() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<Line> lines = new ArrayList<>();
        try (InputStream own = ClaimCorpus.class.getResourceAsStream("extraction-set.jsonl");
                BufferedReader in = new BufferedReader(new InputStreamReader(own, StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                JsonNode row = mapper.readTree(line);
                lines.add(new Line(
                        row.get("text").asText(),
                        ClaimJson.parsePublished(row.get("published").asText())));
            }
        }
        Optional<Path> dev = LabeledClaim.devSet();
        if (dev.isPresent()) {
            for (String line : Files.readAllLines(dev.get(), StandardCharsets.UTF_8)) {
                JsonNode row = mapper.readTree(line);
                String published = row.get("published").asText();
                lines.add(new Line(
                        row.get("input_text").asText().replace("\n\n", " "),
                        published.equals("unknown") ? LocalDate.of(2024, 9, 1) : ClaimJson.parsePublished(published)));
            }
        }
        return lines;
    }
}
